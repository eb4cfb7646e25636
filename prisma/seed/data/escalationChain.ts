import type { EscalationLevelSeed } from './types';

export const ESCALATION_CHAIN: EscalationLevelSeed[] = [
  { level: 1, target: 'ASSIGNEE', afterWorkingDays: 0, title: 'Исполнитель' },
  { level: 2, target: 'ORGANISATION_HEAD', afterWorkingDays: 2, title: 'Руководитель органа власти' },
  { level: 3, target: 'REGIONAL_COORDINATOR', afterWorkingDays: 5, title: 'Администрация Губернатора (региональный координатор)' },
];
