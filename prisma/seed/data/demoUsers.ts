import type { UserRole } from '../../../shared/needCase';

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

/** Every body, the Governor's department included (it handles volunteer help), has a supervisor and two executors. */
export function demoUsers(organisationCodes: string[], municipalityCodes: string[]): (DemoUserSeed & { email: string })[] {
  return withEmails([
    { username: 'admin', fullName: 'Администратор системы', role: 'ADMIN' },
    { username: 'auditor', fullName: 'Аудитор Проверкин Иван Петрович', role: 'AUDITOR' },
    { username: 'coordinator', fullName: 'Координатор Губернская Анна Сергеевна', role: 'COORDINATOR', organisationCode: 'DVP' },
    ...organisationCodes.flatMap((code): DemoUserSeed[] => [
      { username: `supervisor.${code.toLowerCase()}`, fullName: `Руководитель ${code}`, role: 'SUPERVISOR', organisationCode: code },
      { username: `executor.${code.toLowerCase()}`, fullName: `Исполнитель ${code}`, role: 'EXECUTOR', organisationCode: code },
      { username: `executor2.${code.toLowerCase()}`, fullName: `Исполнитель-2 ${code}`, role: 'EXECUTOR', organisationCode: code },
    ]),
    ...municipalityCodes.map((code): DemoUserSeed => ({
      username: `operator.${code}`,
      fullName: `Оператор ${code}`,
      role: 'OPERATOR',
      municipalityCode: code,
    })),
  ]);
}

const withEmails = (users: DemoUserSeed[]) => users.map((u) => ({ ...u, email: demoEmail(u.username) }));
