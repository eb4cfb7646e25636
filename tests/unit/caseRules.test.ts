import { randomUUID } from 'node:crypto';
import type { NeedStatus } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import type { CaseContext } from '../../workflows/caseRules';
import { allowedActionsFor, refusalOf } from '../../workflows/caseRules';

const ORG = randomUUID();
const MUNICIPALITY = randomUUID();
const actor = (role: Actor['role'], organisationId: string | null = null, municipalityId: string | null = null): Actor => ({
  userId: randomUUID(),
  role,
  organisationId,
  municipalityId,
});
const executor = actor('EXECUTOR', ORG);
const colleague = actor('EXECUTOR', ORG);
const supervisor = actor('SUPERVISOR', ORG);
const outsider = actor('EXECUTOR', randomUUID());
const operator = actor('OPERATOR', null, MUNICIPALITY);
const coordinator = actor('COORDINATOR');
const auditor = actor('AUDITOR');

function caseIn(status: NeedStatus, assigneeId: string | null = null, documentKinds: string[] = []): CaseContext {
  return {
    state: {
      status,
      organisationId: ORG,
      assigneeId,
      documents: documentKinds.map((kind) => ({ id: randomUUID(), kind, deletedAt: null })),
    },
    registration: { municipalityId: MUNICIPALITY },
    requiredDocuments: ['act'],
    today: '2026-03-02',
    claimByHolderRefused: true,
  };
}

describe('the case rules (one function for the workflow, the API and the workspace)', () => {
  it('refuses a claim by the executor who already holds the case, and lets a case nobody holds be claimed', () => {
    expect(refusalOf({ type: 'claim' }, executor, caseIn('ASSIGNED', executor.userId))).toMatchObject({ failure: 'InvalidTransition' });
    expect(refusalOf({ type: 'claim' }, supervisor, caseIn('IN_PROGRESS', supervisor.userId))).toMatchObject({
      failure: 'InvalidTransition',
    });
    expect(refusalOf({ type: 'claim' }, executor, caseIn('ASSIGNED'))).toBeNull();
  });

  it('still accepts a repeated claim in cases started before that rule (their histories must replay)', () => {
    expect(refusalOf({ type: 'claim' }, executor, { ...caseIn('ASSIGNED', executor.userId), claimByHolderRefused: false })).toBeNull();
  });

  it('offers an executor to take, accept, reject or reroute a case waiting in the queue, and to add documents', () => {
    expect(allowedActionsFor(executor, caseIn('ASSIGNED'))).toEqual(['claim', 'accept', 'attachDocument', 'comment', 'reject', 'reroute']);
  });

  it('offers the holder of a case in progress to ask, resolve once the documents are there, or reject', () => {
    expect(allowedActionsFor(executor, caseIn('IN_PROGRESS', executor.userId))).toEqual([
      'requestInfo',
      'attachDocument',
      'comment',
      'reject',
      'reroute',
      'unclaim',
    ]);
    expect(allowedActionsFor(executor, caseIn('IN_PROGRESS', executor.userId, ['act']))).toContain('resolve');
  });

  it('offers a colleague of the holder nothing that works the case', () => {
    expect(allowedActionsFor(colleague, caseIn('IN_PROGRESS', executor.userId))).toEqual(['attachDocument', 'comment', 'reroute']);
  });

  it('lets the holder or the supervisor give a held case back to the queue, and nobody a case nobody holds', () => {
    expect(allowedActionsFor(executor, caseIn('ASSIGNED', executor.userId))).toContain('unclaim');
    expect(allowedActionsFor(supervisor, caseIn('IN_PROGRESS', executor.userId))).toContain('unclaim');
    expect(allowedActionsFor(colleague, caseIn('IN_PROGRESS', executor.userId))).not.toContain('unclaim');
    expect(refusalOf({ type: 'unclaim' }, executor, caseIn('ASSIGNED'))?.message).toBe(
      'Дело и так в общей очереди: исполнитель не назначен',
    );
    expect(allowedActionsFor(executor, caseIn('RESOLVED', executor.userId))).not.toContain('unclaim');
  });

  it('offers the supervisor to assign and take over', () => {
    expect(allowedActionsFor(supervisor, caseIn('IN_PROGRESS', executor.userId))).toEqual(
      expect.arrayContaining(['claim', 'assign', 'requestInfo', 'reject']),
    );
  });

  it('offers the operator of the municipality to answer, withdraw, comment and add documents; a NEW case can be withdrawn', () => {
    expect(allowedActionsFor(operator, caseIn('WAITING_INFO', executor.userId))).toEqual([
      'provideInfo',
      'attachDocument',
      'comment',
      'cancel',
    ]);
    expect(allowedActionsFor(operator, caseIn('NEW'))).toEqual(['cancel']);
  });

  it('offers nothing on a closed case, nothing to an auditor and nothing to another organisation but comments', () => {
    expect(allowedActionsFor(executor, caseIn('RESOLVED', executor.userId))).toEqual([]);
    expect(allowedActionsFor(auditor, caseIn('IN_PROGRESS'))).toEqual([]);
    expect(allowedActionsFor(outsider, caseIn('ASSIGNED'))).toEqual([]);
    expect(allowedActionsFor(coordinator, caseIn('ASSIGNED'))).toEqual(['comment', 'reroute']);
  });
});
