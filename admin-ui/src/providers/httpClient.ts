import { HttpError, fetchUtils } from 'react-admin';
import { refreshed } from './refresh';
import { clearSession, readSession } from './session';

/** fetchJson with the bearer token; an expired access token is renewed once with the refresh cookie. */
export async function httpClient(url: string, options: fetchUtils.Options = {}): ReturnType<typeof fetchUtils.fetchJson> {
  const send = () => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    const token = readSession()?.accessToken;
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
  try {
    return await send().catch(async (error: HttpError) => {
      if (error.status !== 401 || !(await refreshed())) throw error;
      return send();
    });
  } catch (error) {
    const { status, body } = error as HttpError;
    if (status === 401) clearSession();
    // The API answers { error: { message, fields } }; react-admin shows `errors` on the form's fields.
    const apiError = (body as { error?: { message: string; fields?: Record<string, string> } })?.error;
    throw apiError ? new HttpError(apiError.message, status, { errors: apiError.fields ?? {} }) : error;
  }
}
