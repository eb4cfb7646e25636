import { localDate } from '../../shared/calendar/workingDays';
import { demoDocumentPdf } from '../../scripts/seed/demoDocument';
import { measureWithDocuments, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * The workspace shows the actions the API lists in `allowedActions`; this checks, case by case and
 * user by user, that the list is exactly what the case workflow then accepts.
 */
let system: TestSystem;
let users: Record<string, string>;
let personId: string;
let measure: Awaited<ReturnType<typeof measureWithDocuments>>;
let otherOrganisationId: string;

beforeAll(async () => {
  system = await startTestSystem();
  const usernames = {
    operator: 'operator.samara',
    executor: 'executor.minsoc',
    colleague: 'executor2.minsoc',
    supervisor: 'supervisor.minsoc',
    coordinator: 'coordinator',
    auditor: 'auditor',
    outsider: 'executor.mintrud',
  };
  users = {};
  for (const [name, username] of Object.entries(usernames)) users[name] = await userId(system.prisma, username);
  measure = await measureWithDocuments(system.prisma, 'MINSOC');
  personId = await registerPerson(system, 'operator.samara');
  otherOrganisationId = (await system.prisma.organisation.findFirstOrThrow({ where: { NOT: { id: measure.organisationId } } })).id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const ok = (res: { status: number; body: unknown }, expected = 200) => {
  if (res.status !== expected) throw new Error(`setup step failed: ${res.status} ${JSON.stringify(res.body)}`);
};

const upload = (as: string, needId: string, kind: string) =>
  demoDocumentPdf(kind).then((pdf) =>
    system
      .as(as)
      .post(`/api/needs/${needId}/documents`)
      .field('kind', kind)
      .attach('file', pdf, { filename: `${kind}.pdf` }),
  );

/** Builds a fresh case in the named situation through the API, as people would. */
const situations: Record<string, (id: string) => Promise<void>> = {
  queued: async () => {},
  claimed: async (id) => ok(await system.as(users.executor).post(`/api/needs/${id}/claim`).send({})),
  inProgress: async (id) => {
    await situations.claimed(id);
    ok(await system.as(users.executor).post(`/api/needs/${id}/accept`).send({}));
  },
  documented: async (id) => {
    await situations.inProgress(id);
    for (const doc of measure.requiredDocuments as { code: string }[]) ok(await upload(users.executor, id, doc.code), 201);
  },
  waitingInfo: async (id) => {
    await situations.inProgress(id);
    ok(await system.as(users.executor).post(`/api/needs/${id}/requestInfo`).send({ question: 'Нужна справка' }));
  },
  resolved: async (id) => {
    await situations.documented(id);
    ok(
      await system
        .as(users.executor)
        .post(`/api/needs/${id}/resolve`)
        .send({ supportDate: localDate(new Date()), report: 'Оказана' }),
    );
  },
};

async function caseIn(situation: string): Promise<string> {
  const registered = await system
    .as(users.operator)
    .post('/api/needs')
    .send({ personId, measureId: measure.id, description: 'Нужна помощь' });
  ok(registered, 201);
  await situations[situation](registered.body.id);
  return registered.body.id;
}

/** Tries the action for real: true when the case accepted it. */
async function tryAction(action: string, as: string, id: string): Promise<boolean> {
  if (action === 'attachDocument') return (await upload(as, id, 'other')).status === 201;
  const bodies: Record<string, object> = {
    claim: {},
    accept: {},
    assign: { assigneeId: users.colleague },
    requestInfo: { question: 'Нужна справка' },
    provideInfo: { answer: 'Справка приложена' },
    comment: { text: 'Комментарий' },
    resolve: { supportDate: localDate(new Date()), report: 'Поддержка оказана' },
    reject: { reason: 'OTHER', comment: 'Причина' },
    cancel: { reason: 'Заявитель отказался' },
    reroute: { organisationId: otherOrganisationId, reason: 'Не наш профиль' },
  };
  const res = await system.as(as).post(`/api/needs/${id}/${action}`).send(bodies[action]);
  if (res.status >= 500) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.status === 200;
}

const ACTIONS = [
  'claim',
  'assign',
  'accept',
  'requestInfo',
  'provideInfo',
  'attachDocument',
  'comment',
  'resolve',
  'reject',
  'cancel',
  'reroute',
];

describe("a case's allowedActions are exactly what its workflow accepts", () => {
  it.each(Object.keys(situations))(
    'for every user of a case %s',
    async (situation) => {
      const mismatches: string[] = [];
      let offeredSomething = false;
      // Each user works cases of their own, so the users go at the same time.
      await Promise.all(
        Object.entries(users).map(async ([name, user]) => {
          let id = await caseIn(situation);
          const shown = await system.as(user).get(`/api/needs/${id}`);
          const allowed: string[] = shown.status === 200 ? shown.body.allowedActions : [];
          offeredSomething ||= allowed.length > 0;
          for (const action of ACTIONS) {
            const accepted = await tryAction(action, user, id);
            if (accepted !== allowed.includes(action))
              mismatches.push(`${name} ${action}: offered ${allowed.includes(action)}, accepted ${accepted}`);
            if (accepted) id = await caseIn(situation); // the action changed the case: try the next one on a fresh copy
          }
        }),
      );
      expect(mismatches.sort()).toEqual([]);
      expect(offeredSomething).toBe(situation !== 'resolved');
    },
    300_000,
  );
});
