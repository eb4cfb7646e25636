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

describe('the dropped input as recorded', () => {
  it('writes NUL, lone surrogates, invisible and bidi characters as \\u escapes', () => {
    expect(printable({ text: 'x\u0000\ud800\u202e\u200bя' })).toBe('{"text":"x\\u0000\\ud800\\u202e\\u200bя"}');
  });
});
