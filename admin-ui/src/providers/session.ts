/** The signed-in user the access token belongs to. */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: string;
  organisationId: string | null;
  municipalityId: string | null;
}

export interface Session {
  accessToken: string;
  user: SessionUser;
}

/**
 * The session lives in this module's memory only: nothing a script injected into the page could read from
 * storage. A reload starts empty and gets a new access token with the HttpOnly refresh cookie (see refresh.ts).
 */
let current: Session | null = null;

export const readSession = (): Session | null => current;
export const saveSession = (session: Session): void => {
  current = { accessToken: session.accessToken, user: session.user };
};
export const clearSession = (): void => {
  current = null;
};
