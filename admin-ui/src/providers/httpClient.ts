import { HttpError, fetchUtils } from 'react-admin';
import { clearSession, readSession, saveSession } from './session';

/** Renews the access token with the refresh token; false when the session has ended. */
export async function refreshed(): Promise<boolean> {
  const session = readSession();
  if (!session) return false;
  const res = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ refreshToken: session.refreshToken }),
  });
  if (!res.ok) return false;
  saveSession(await res.json());
  return true;
}

/** fetchJson with the bearer token; an expired access token is renewed once with the refresh token. */
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
