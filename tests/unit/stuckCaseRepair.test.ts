import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type Long from 'long';
import { summariseFailure } from '../../api/failures/failureKind';
import { CaseHistory } from '../../api/failures/caseHistory';
import type { StuckCase } from '../../api/failures/stuckCases';
import { planRepair, printable } from '../../scripts/lib/caseRepair';

const prismaError = (detail: string) => ({
  message: `Invalid \`tx.need.createMany()\` invocation:\n{ description: "Иванова Мария, тел. 8-927-000-00-00" }\n${detail}`,
  applicationFailureInfo: { type: 'PrismaClientKnownRequestError' },
});

describe('the failure shown in «Сбои»', () => {
  it('names a text the database refuses without repeating any of the data', () => {
    const summary = summariseFailure(prismaError('invalid byte sequence for encoding "UTF8": 0x00'));
    expect(summary).toEqual({
      kind: 'INVALID_DATA',
      message: 'База данных не принимает данные шага: invalid byte sequence for encoding "UTF8": 0x00',
    });
  });

  it('finds the database error in a wrapped cause', () => {
    const failure = { message: 'Activity task failed', cause: prismaError('violates check constraint "need_description_check"') };
    expect(summariseFailure(failure).kind).toBe('INVALID_DATA');
  });

  it('tells an unavailable database apart, and says only the error type of anything else', () => {
    expect(summariseFailure({ message: "Can't reach database server at 127.0.0.1:5432" }).kind).toBe('DATABASE_UNAVAILABLE');
    expect(summariseFailure(prismaError('something about Иванова'))).toEqual({
      kind: 'OTHER',
      message: 'Ошибка шага: PrismaClientKnownRequestError',
    });
  });
});

describe('the repair plan', () => {
  const stuck = (kind: StuckCase['failure']['kind']): StuckCase => ({
    workflowId: 'need-1',
    runId: 'r',
    needId: '1',
    step: 'ACTIVITY',
    activityId: '3',
    activityType: 'recordCaseChange',
    attempt: 5,
    failure: { kind, message: '' },
    stuckSince: null,
    lastFailureAt: null,
    organisationId: null,
    history: new CaseHistory({ events: [] }),
  });

  it('leaves alone a step that fails because the database is unavailable or for another reason', () => {
    expect(planRepair(stuck('DATABASE_UNAVAILABLE'), true).kind).toBe('SKIP');
    expect(planRepair(stuck('OTHER'), true).kind).toBe('SKIP');
    expect(planRepair({ ...stuck('INVALID_DATA'), needId: null }, true).kind).toBe('SKIP');
  });
});

/** A history in Temporal's own shape, built from [id, kind, details] steps. */
type Step =
  | [number, 'taskCompleted']
  | [number, 'accepted', string, string]
  | [number, 'scheduled', string, string]
  | [number, 'activityCompleted', number]
  | [number, 'updateCompleted', string];
const payloads = (...values: unknown[]) => ({ payloads: values.map((v) => defaultPayloadConverter.toPayload(v)) });
const executor = { userId: 'u-executor', role: 'EXECUTOR', organisationId: 'o', municipalityId: null };

function historyOf(steps: Step[]): temporal.api.history.v1.IHistory {
  const events: temporal.api.history.v1.IHistoryEvent[] = steps.map(([id, kind, a, b]) => {
    const eventId = id as unknown as Long;
    if (kind === 'taskCompleted') return { eventId, workflowTaskCompletedEventAttributes: {} };
    if (kind === 'accepted') {
      return {
        eventId,
        workflowExecutionUpdateAcceptedEventAttributes: {
          acceptedRequest: { meta: { updateId: a as string }, input: { name: 'comment', args: payloads({ actor: executor, text: b }) } },
        },
      };
    }
    if (kind === 'scheduled') {
      const events = [{ seq: 4, type: 'COMMENTED', actorId: executor.userId, at: '2026-12-01T00:00:00Z', data: { text: b } }];
      return {
        eventId,
        activityTaskScheduledEventAttributes: {
          activityId: a as string,
          activityType: { name: 'recordCaseChange' },
          input: payloads({ events }),
        },
      };
    }
    if (kind === 'activityCompleted') return { eventId, activityTaskCompletedEventAttributes: { scheduledEventId: a as unknown as Long } };
    return { eventId, workflowExecutionUpdateCompletedEventAttributes: { meta: { updateId: a as string } } };
  });
  return { events };
}

const stuckOn = (activityId: string, steps: Step[]): StuckCase => ({
  workflowId: 'need-1',
  runId: 'r',
  needId: '1',
  step: 'ACTIVITY',
  activityId,
  activityType: 'recordCaseChange',
  attempt: 5,
  failure: { kind: 'INVALID_DATA', message: '' },
  stuckSince: null,
  lastFailureAt: null,
  organisationId: null,
  history: new CaseHistory(historyOf(steps)),
});

describe('the reset point of an action the database refuses', () => {
  it('is the workflow task before the action was accepted; the action and those accepted after it are dropped', () => {
    const plan = planRepair(
      stuckOn('6', [
        [10, 'taskCompleted'],
        [11, 'accepted', 'a', 'записано'],
        [12, 'scheduled', '5', 'записано'],
        [13, 'activityCompleted', 12],
        [14, 'updateCompleted', 'a'],
        [17, 'taskCompleted'],
        [18, 'accepted', 'b', 'x\u0000'],
        [19, 'scheduled', '6', 'x\u0000'],
        [22, 'taskCompleted'],
        [23, 'accepted', 'c', 'в очереди'],
      ]),
      true,
    );
    expect(plan.kind === 'RESET' && [plan.toEventId, plan.dropped.map((u) => u.updateId)]).toEqual([17, ['b', 'c']]);
  });

  it('is refused when an action accepted in the same workflow task was already recorded: its events would be lost', () => {
    const plan = planRepair(
      stuckOn('6', [
        [10, 'taskCompleted'],
        [11, 'accepted', 'a', 'записано'],
        [12, 'accepted', 'b', 'x\u0000'],
        [13, 'scheduled', '5', 'записано'],
        [14, 'activityCompleted', 13],
        [15, 'updateCompleted', 'a'],
        [18, 'taskCompleted'],
        [19, 'scheduled', '6', 'x\u0000'],
      ]),
      true,
    );
    expect(plan).toEqual({ kind: 'SKIP', reason: 'после точки сброса уже записаны события случая' });
  });
});

describe('the dropped input as recorded', () => {
  it('writes NUL, lone surrogates, invisible and bidi characters as \\u escapes', () => {
    expect(printable({ text: 'x\u0000\ud800\u202e\u200bя' })).toBe('{"text":"x\\u0000\\ud800\\u202e\\u200bя"}');
  });
});
