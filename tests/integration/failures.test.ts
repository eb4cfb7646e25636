import type { CaseState, NeedCaseInput } from '../../shared/needCase';
import { NEED_CASE_INPUT_VERSION, TASK_QUEUE, needWorkflowId } from '../../shared/needCase';
import { caseStateQuery, needCase } from '../../workflows/needCase';
import { describeOutcome, repairStuckCases } from '../../scripts/lib/caseRepair';
import { registerPerson, userId } from '../support/fixtures';
import { actorOf, commentPastTheApi, projectionRefusingNul, until } from '../support/stuckCases';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

const NUL = '\u0000';

let system: TestSystem;
let operator: string;
let executor: string;
let coordinator: string;
let admin: string;

beforeAll(async () => {
  system = await startTestSystem({ activities: projectionRefusingNul });
  [operator, executor, coordinator, admin] = await Promise.all(
    ['operator.samara', 'executor.minsoc', 'coordinator', 'admin'].map((u) => userId(system.prisma, u)),
  );
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const actor = (id: string) => actorOf(system, id);

const failureRows = async (who: string) => (await system.as(who).get('/api/failures').expect(200)).body as { needId: string }[];

describe('cases stuck on input the database refuses', () => {
  it('are listed under «Сбои» and repaired by the repair command: the case takes actions again, the registration is ended', async () => {
    const measure = await system.prisma.supportMeasure.findFirstOrThrow({
      where: { organisation: { code: 'MINSOC' } },
      orderBy: { code: 'asc' },
    });
    // A case in progress whose comment with a NUL reached the workflow (the API's check bypassed), and a valid comment queued behind it.
    const personId = await registerPerson(system, 'operator.samara', 'Сбоева');
    const registered = await system
      .as(operator)
      .post('/api/needs')
      .send({ personId, measureId: measure.id, description: 'сбой' })
      .expect(201);
    const needId: string = registered.body.id;
    await system.as(executor).post(`/api/needs/${needId}/accept`).send({}).expect(200);
    await commentPastTheApi(system, needId, executor, `x${NUL}`);
    await commentPastTheApi(system, needId, executor, 'после сбоя');

    // A registration whose description itself cannot be stored: no need row is ever written.
    const orphanId = '0b7c1c5e-8f1a-4c7e-9d2b-3a4f5e6d7c8b';
    const input: NeedCaseInput = {
      version: NEED_CASE_INPUT_VERSION,
      registration: {
        needId: orphanId,
        personId,
        measureId: measure.id,
        organisationId: measure.organisationId,
        municipalityId: (await actor(operator)).municipalityId as string,
        description: `a${NUL}b`,
        registeredBy: await actor(operator),
      },
      policy: { acceptWorkingDays: 3, resolveWorkingDays: 10, reminderWorkingDaysBefore: 1, requiredDocuments: [], escalationChain: [] },
    };
    await system.temporal.workflow.start(needCase, { workflowId: needWorkflowId(orphanId), taskQueue: TASK_QUEUE, args: [input] });

    const rows = await until('both cases in «Сбои»', async () => {
      const found = await failureRows(coordinator);
      return [needId, orphanId].every((id) => found.some((r) => r.needId === id)) ? found : undefined;
    });
    const row = rows.find((r) => r.needId === needId);
    expect(row).toMatchObject({
      workflowId: needWorkflowId(needId),
      step: 'ACTIVITY',
      activityType: 'recordCaseChange',
      failureKind: 'INVALID_DATA',
      organisation: { id: measure.organisationId },
    });
    expect((row as unknown as { attempt: number }).attempt).toBeGreaterThanOrEqual(3);
    expect((row as unknown as { message: string }).message).toContain('0x00');
    expect(JSON.stringify(rows)).not.toMatch(/сбой|x\\u0000|a\\u0000b/);
    expect((await failureRows(admin)).map((r) => r.needId)).toEqual(expect.arrayContaining([needId, orphanId]));
    await system.as(executor).get('/api/failures').expect(403);

    const planned = await repairStuckCases(system.temporal, system.prisma, true);
    expect(planned.find((o) => o.workflowId === needWorkflowId(needId))?.plan.kind).toBe('RESET');
    expect(planned.find((o) => o.workflowId === needWorkflowId(orphanId))?.plan).toEqual({ kind: 'TERMINATE' });
    expect(await system.prisma.auditLog.count({ where: { action: 'CASE_REPAIRED' } })).toBe(0);

    const repaired = await repairStuckCases(system.temporal, system.prisma, false);
    const reset = repaired.find((o) => o.workflowId === needWorkflowId(needId));
    expect(reset?.plan.kind === 'RESET' && reset.plan.dropped.map((u) => u.name)).toEqual(['comment', 'comment']);
    // What the command prints names the steps and the audit entry, never the dropped text.
    const printed = repaired.map((o) => describeOutcome(o, false)).join('\n');
    expect(printed).toMatch(
      new RegExp(`${needWorkflowId(needId)}: сброшен к событию \\d+, новый запуск .+; отброшены действия: comment от ${executor}, comment`),
    );
    expect(printed).toContain(`${needWorkflowId(orphanId)}: завершён`);
    expect(printed).not.toMatch(/после сбоя|\\u0000/);

    // The case answers actions again, its recorded events are intact and the queue row equals the workflow's state.
    await system.as(executor).post(`/api/needs/${needId}/comment`).send({ text: 'снова работает' }).expect(200);
    const state: CaseState = await system.temporal.workflow.getHandle(needWorkflowId(needId)).query(caseStateQuery);
    const events = await system.prisma.needEvent.findMany({ where: { needId }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'REGISTERED'],
      [2, 'ROUTED'],
      [3, 'ACCEPTED'],
      [4, 'COMMENTED'],
    ]);
    expect(events[3].data).toEqual({ text: 'снова работает' });
    const need = await system.prisma.need.findUniqueOrThrow({ where: { id: needId } });
    expect([need.status, need.projectionSeq, need.assigneeId]).toEqual([state.status, state.seq, state.assigneeId]);

    // The registration is ended with the reason; there is still no need row for it.
    const orphan = await system.temporal.workflow.getHandle(needWorkflowId(orphanId)).describe();
    expect(orphan.status.name).toBe('TERMINATED');
    expect(await system.prisma.need.count({ where: { id: orphanId } })).toBe(0);

    // What was dropped is in the audit log, escaped so PostgreSQL stores it.
    const audits = await system.prisma.auditLog.findMany({ where: { action: 'CASE_REPAIRED' }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => [a.entityId, (a.changes as { repair: string }).repair]).sort()).toEqual(
      [
        [needId, 'RESET'],
        [orphanId, 'TERMINATE'],
      ].sort(),
    );
    const resetAudit = audits.find((a) => a.entityId === needId)?.changes as { dropped: { update: string; input: string }[] };
    expect(resetAudit.dropped.map((d) => d.input)).toEqual(['{"text":"x\\u0000"}', '{"text":"после сбоя"}']);

    await until('«Сбои» cleared', async () => {
      const left = await failureRows(coordinator);
      return left.some((r) => r.needId === needId || r.needId === orphanId) ? undefined : left;
    });
  }, 60_000);
});
