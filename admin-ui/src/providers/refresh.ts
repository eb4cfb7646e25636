import { clearSession, readSession, saveSession } from './session';

/** Sent with refresh and logout: the API refuses them without it, so another site cannot use the cookie. */
export const SAME_SITE_HEADERS = { 'X-Requested-With': 'fetch' };

let pending: Promise<boolean> | null = null;

const sendRefresh = () =>
  fetch('/api/auth/refresh', { method: 'POST', headers: SAME_SITE_HEADERS, credentials: 'same-origin' }).catch(() => null);

async function exchangeCookie(): Promise<boolean> {
  // Tabs share the cookie: refreshing one at a time across tabs, each sends the cookie the previous one set,
  // so two tabs waking up together never present a rotated token (which would end the sign-in).
  const res = navigator.locks ? await navigator.locks.request('social-passport.refresh', sendRefresh) : await sendRefresh();
  // 204: no refresh cookie, the browser is signed out.
  if (!res || res.status !== 200) {
    clearSession();
    return false;
  }
  saveSession(await res.json());
  return true;
}

/**
 * A new access token for the refresh cookie; false when the session has ended. Callers at the same moment
 * share one request: the refresh token works once, and sending it twice would end the session.
 */
export function refreshed(): Promise<boolean> {
  pending ??= exchangeCookie().finally(() => {
    pending = null;
  });
  return pending;
}

let restored: Promise<boolean> | null = null;

/**
 * The session in memory, or the one the refresh cookie gives back after a reload; null when signed out.
 * The cookie is asked once per page load: react-admin checks the session several times while it starts,
 * and a signed-out visit must reach the sign-in form without a round trip for each.
 */
export async function currentSession() {
  if (!readSession()) await (restored ??= refreshed());
  return readSession();
}
