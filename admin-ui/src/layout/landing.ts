/**
 * Where each role lands after signing in: the one place to change it (role home pages replace these
 * routes when they come). Supervisors and auditors start from what they oversee, not from a queue.
 */
export const LANDING: Record<string, string> = {
  OPERATOR: '/passports',
  EXECUTOR: '/needs',
  SUPERVISOR: '/supervision',
  COORDINATOR: '/supervision',
  AUDITOR: '/supervision',
  ADMIN: '/users',
};

export const landingOf = (role: string | undefined) => LANDING[role ?? ''] ?? '/needs';
