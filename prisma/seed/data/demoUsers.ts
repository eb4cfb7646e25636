import type { UserRole } from '../../../shared/needCase';
import { demoPersonName } from './demoPeopleNames';

/** Demo accounts for every role (demo only; their shared password is set by the seed outside production). */
export interface DemoUserSeed {
  username: string;
  fullName: string;
  role: UserRole;
  organisationCode?: string;
  municipalityCode?: string;
}

/** Demo mailboxes: in the embedded default they land in the local mail server, never outside. */
const demoEmail = (username: string) => `${username}@samregion.example`;

/**
 * Every body, the Governor's department included (it handles volunteer help), has a supervisor and two executors;
 * every municipality an operator. Each is a person with a full name (logins say the role and the place); the codes are
 * sorted first, so the same code set always gives the same people their names.
 */
export function demoUsers(organisationCodes: string[], municipalityCodes: string[]): (DemoUserSeed & { email: string })[] {
  const staff = [...organisationCodes].sort().flatMap((code): Omit<DemoUserSeed, 'fullName'>[] => [
    { username: `supervisor.${code.toLowerCase()}`, role: 'SUPERVISOR', organisationCode: code },
    { username: `executor.${code.toLowerCase()}`, role: 'EXECUTOR', organisationCode: code },
    { username: `executor2.${code.toLowerCase()}`, role: 'EXECUTOR', organisationCode: code },
  ]);
  const operators = [...municipalityCodes].sort().map((code): Omit<DemoUserSeed, 'fullName'> => ({
    username: `operator.${code}`,
    role: 'OPERATOR',
    municipalityCode: code,
  }));
  return withEmails([
    { username: 'admin', fullName: 'Ершов Виталий Олегович', role: 'ADMIN' },
    { username: 'auditor', fullName: 'Проверкин Иван Петрович', role: 'AUDITOR' },
    { username: 'coordinator', fullName: 'Губернская Анна Сергеевна', role: 'COORDINATOR', organisationCode: 'DVP' },
    ...[...staff, ...operators].map((user, i) => ({ ...user, fullName: demoPersonName(i) })),
  ]);
}

const withEmails = (users: DemoUserSeed[]) => users.map((u) => ({ ...u, email: demoEmail(u.username) }));
