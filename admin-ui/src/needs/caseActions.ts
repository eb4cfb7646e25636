import { isOpen } from '../../../shared/domain';

/** Which actions the case page offers, by the case's status and the user's role (the API decides again). */
export type CaseActionName = 'claim' | 'accept' | 'requestInfo' | 'provideInfo' | 'resolve' | 'reject' | 'cancel' | 'assign' | 'reroute';

export interface ActionField {
  name: string;
  kind: 'text' | 'date' | 'reason' | 'assignee' | 'organisation';
}

export const ACTION_FIELDS: Record<CaseActionName, ActionField[]> = {
  claim: [],
  accept: [],
  requestInfo: [{ name: 'question', kind: 'text' }],
  provideInfo: [{ name: 'answer', kind: 'text' }],
  resolve: [
    { name: 'supportDate', kind: 'date' },
    { name: 'report', kind: 'text' },
  ],
  reject: [
    { name: 'reason', kind: 'reason' },
    { name: 'comment', kind: 'text' },
  ],
  cancel: [{ name: 'reason', kind: 'text' }],
  assign: [{ name: 'assigneeId', kind: 'assignee' }],
  reroute: [
    { name: 'organisationId', kind: 'organisation' },
    { name: 'reason', kind: 'text' },
  ],
};

const STAFF = ['EXECUTOR', 'SUPERVISOR'];

export function actionsFor(
  status: string,
  role: string | undefined,
  assigneeId: string | null,
  userId: string | undefined,
): CaseActionName[] {
  const staff = STAFF.includes(role ?? '');
  const mine = assigneeId === null || assigneeId === userId || role === 'SUPERVISOR';
  const open = isOpen(status);
  const actions: CaseActionName[] = [];
  if (staff && open && assigneeId !== userId) actions.push('claim');
  if (role === 'SUPERVISOR' && open) actions.push('assign');
  if (staff && mine && status === 'ASSIGNED') actions.push('accept');
  if (staff && mine && status === 'IN_PROGRESS') actions.push('requestInfo', 'resolve');
  if (staff && mine && open) actions.push('reject');
  if ((role === 'SUPERVISOR' || role === 'COORDINATOR') && open) actions.push('reroute');
  if (role === 'OPERATOR' && status === 'WAITING_INFO') actions.push('provideInfo');
  if (role === 'OPERATOR' && open) actions.push('cancel');
  return actions;
}
