import type { AuthProvider } from 'react-admin';
import { httpClient } from './httpClient';
import { SAME_SITE_HEADERS, currentSession } from './refresh';
import { clearSession, readSession, saveSession } from './session';

const SIGNED_OUT = 'ra.auth.auth_check_error';

/** Sign-in against /api/auth: the role decides the menu and the workspace. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(body.error?.message ?? 'ra.auth.sign_in_error');
    saveSession(body);
  },
  async logout() {
    // Through httpClient: an access token that expired while the tab sat idle is renewed first, so the
    // server really ends the sign-in and clears the cookie (a reload would otherwise sign back in).
    if (readSession()) await httpClient('/api/auth/logout', { method: 'POST', headers: SAME_SITE_HEADERS }).catch(() => undefined);
    clearSession();
  },
  async checkAuth() {
    if (!(await currentSession())) throw new Error(SIGNED_OUT);
  },
  async checkError(error: { status?: number }) {
    if (error.status === 401) {
      clearSession();
      throw new Error(SIGNED_OUT);
    }
  },
  async getIdentity() {
    const user = (await currentSession())?.user;
    if (!user) throw new Error(SIGNED_OUT);
    return {
      id: user.id,
      fullName: user.fullName,
      role: user.role,
      municipalityId: user.municipalityId,
      organisationId: user.organisationId,
    };
  },
  async getPermissions() {
    return (await currentSession())?.user.role;
  },
};
