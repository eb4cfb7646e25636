import type { PrismaClient } from '../../prisma/client';

/** The kinds of mail a user can switch off (DIGEST is the daily overdue list). */
export const MAIL_KINDS = ['CASE_ROUTED', 'REMINDER', 'ESCALATION', 'INFO_REQUESTED', 'CASE_CLOSED', 'DIGEST'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** Kinds a user who chose the digest receives only inside it, not one mail each. */
const FOLDED_INTO_DIGEST: MailKind[] = ['CASE_ROUTED', 'REMINDER', 'ESCALATION'];

export interface Preference {
  disabledKinds: string[];
  digestInsteadOfSingle: boolean;
}

export const DEFAULT_PREFERENCE: Preference = { disabledKinds: [], digestInsteadOfSingle: false };

export async function preferencesOf(prisma: PrismaClient, userIds: string[]): Promise<Map<string, Preference>> {
  const rows = await prisma.notificationPreference.findMany({ where: { userId: { in: userIds } } });
  return new Map(rows.map((r) => [r.userId, r]));
}

/** Whether a user with this preference gets a single mail of this kind. */
export function wantsSingle(preference: Preference, kind: MailKind): boolean {
  if (preference.disabledKinds.includes(kind)) return false;
  return !(preference.digestInsteadOfSingle && FOLDED_INTO_DIGEST.includes(kind));
}
