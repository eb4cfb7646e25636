import type { AuthProvider } from 'react-admin';
import { clearSession, readSession, saveSession } from './session';

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
    const session = readSession();
    clearSession();
    if (session)
      await fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${session.accessToken}` } }).catch(
        () => undefined,
      );
  },
  async checkAuth() {
    if (!readSession()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: { status?: number }) {
    if (error.status === 401) {
      clearSession();
      throw new Error('ra.auth.auth_check_error');
    }
  },
  async getIdentity() {
    const user = readSession()?.user;
    if (!user) throw new Error('ra.auth.auth_check_error');
    return {
      id: user.id,
      fullName: user.fullName,
      role: user.role,
      municipalityId: user.municipalityId,
      organisationId: user.organisationId,
    };
  },
  async getPermissions() {
    return readSession()?.user.role;
  },
};
