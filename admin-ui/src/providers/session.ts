/** The signed-in session kept in the browser: tokens and the user they belong to. */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: string;
  organisationId: string | null;
  municipalityId: string | null;
}

interface Session {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

const KEY = 'social-passport.session';

export const readSession = (): Session | null => {
  const raw = localStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Session) : null;
};
export const saveSession = (session: Session): void => localStorage.setItem(KEY, JSON.stringify(session));
export const clearSession = (): void => localStorage.removeItem(KEY);
