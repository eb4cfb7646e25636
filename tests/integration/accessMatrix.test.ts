import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { UserRole } from '../../shared/needCase';
import { ROUTE_RULES, ruleKey } from '../../api/access/routeRules';
import { demoDocumentPdf } from '../../scripts/seed/demoDocument';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { nextSnils, userId } from '../support/fixtures';
import { servedRoutes } from '../support/routes';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * Role × route × own/foreign record: the expected answer of every cell. Routes are read from the
 * app itself, so a new route without a rule or without a fixture here fails this test.
 */
let system: TestSystem;
const users: Record<UserRole, string> = {} as Record<UserRole, string>;
type Family =
  | 'passport'
  | 'person'
  | 'relation'
  | 'need'
  | 'measure'
  | 'user'
  | 'subsistence'
  | 'lifeSituation'
  | 'plan'
  | 'campaign'
  // issue 13: catalog rows
  | 'organisation'
  | 'municipality'
  | 'rejectionReason'
  | 'importBatch'
  | 'appeal'
  | 'indicator'
  | 'indicatorImport'
  | 'systemKey';
const ids: Record<'own' | 'foreign', Record<Family, string>> = { own: {} as Record<Family, string>, foreign: {} as Record<Family, string> };
let ownDocument: string;
let foreignDocument: string;
/** Each role's own saved query of the queue: only its author may delete one (the foreign case is in workspacePreferences.test.ts). */
const savedQueries: Partial<Record<UserRole, string>> = {};

async function passportOf(operatorUsername: string) {
  const operator = await system.prisma.user.findUniqueOrThrow({ where: { username: operatorUsername } });
  const person = (key: string) => ({
    key,
    lastName: 'Матрица',
    firstName: key,
    birthDate: '1990-01-01',
    sex: 'FEMALE',
    snils: nextSnils(),
  });
  const res = await system
    .as(operator.id)
    .post('/api/passports')
    .send({
      household: { municipalityId: operator.municipalityId, address: 'адрес' },
      persons: [person('a'), person('b')],
      relations: [{ from: 'a', to: 'b', kind: 'SIBLING' }],
    });
  return {
    passport: res.body.id as string,
    person: res.body.persons[0].id as string,
    relation: res.body.relations[0].id as string,
    operator: operator.id,
  };
}

/** A case whose measure reads incomes: its executors may see the household's poverty assessments. */
async function needOf(operator: string, personId: string, organisationCode: string) {
  const measure = await system.prisma.supportMeasure.findFirstOrThrow({
    where: { organisation: { code: organisationCode }, relevantPassportSections: { has: 'INCOMES' } },
  });
  const res = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'матрица' });
  return res.body.id as string;
}

/** A document of the need, attached by the operator who registered it. */
async function documentOf(operator: string, needId: string) {
  const res = await system
    .as(operator)
    .post(`/api/needs/${needId}/documents`)
    .field('kind', 'other')
    .attach('file', await demoDocumentPdf('матрица'), { filename: 'матрица.pdf' });
  return res.body.id as string;
}

/** A single-window appeal of the passport with one need (issue 13). */
async function appealOf(operator: string, passport: string, personId: string) {
  // Of an organisation the matrix's executor is not in: their case would open the household's assessments to them.
  const measure = await system.prisma.supportMeasure.findFirstOrThrow({ where: { organisation: { code: 'MINCULT' } } });
  const res = await system
    .as(operator)
    .post('/api/appeals')
    .send({ householdId: passport, applicantId: personId, needs: [{ personId, measureId: measure.id, description: 'матрица' }] });
  return res.body.id as string;
}

/** A one-point plan whose case goes to the organisation of the measure. */
async function planOf(operator: string, personId: string, measureCode: string) {
  const measure = await system.prisma.supportMeasure.findUniqueOrThrow({ where: { code: measureCode } });
  const template = await system.prisma.planTemplate.create({
    data: {
      code: `MATRIX_${measureCode}`,
      name: 'Матрица',
      onPredecessorRejected: 'BLOCK',
      points: {
        create: [{ key: 'one', position: 0, title: 'Точка', measureId: measure.id, durationWorkingDays: 5, evidenceDocument: 'Акт' }],
      },
    },
  });
  const res = await system.as(operator).post('/api/plans').send({ personId, templateId: template.id });
  return res.body.id as string;
}

beforeAll(async () => {
  system = await startTestSystem();
  const usernames: Record<UserRole, string> = {
    OPERATOR: 'operator.samara',
    EXECUTOR: 'executor.minsoc',
    SUPERVISOR: 'supervisor.minsoc',
    COORDINATOR: 'coordinator',
    AUDITOR: 'auditor',
    ADMIN: 'admin',
  };
  for (const [role, username] of Object.entries(usernames)) users[role as UserRole] = await userId(system.prisma, username);
  for (const role of ['EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'] as const) {
    const value = { filter: {}, sort: { field: 'activeDueAt', order: 'ASC' }, perPage: 25 };
    savedQueries[role] = (await system.as(users[role]).post('/api/queue/saved-queries').send({ label: 'Матрица', value })).body.id;
  }
  const own = await passportOf('operator.samara');
  const foreign = await passportOf('operator.tolyatti');
  const measure = (await system.prisma.supportMeasure.findFirstOrThrow()).id;
  // PATCH /users/:id with an empty body changes nothing: a harmless target for the matrix.
  const user = await userId(system.prisma, 'executor2.mintrud');
  const subsistence = (await system.prisma.subsistenceMinimum.findFirstOrThrow()).id;
  // A campaign's row without its workflow: enough for the access checks (a command then answers 409).
  const campaign = (
    await system.prisma.campaign.create({
      data: {
        id: '00000000-0000-4000-8000-00000000ca01',
        workflowId: 'campaign-matrix',
        title: 'матрица',
        measureId: measure,
        municipalityId: (await system.prisma.municipality.findFirstOrThrow()).id,
        criterion: { kind: 'POVERTY_BELOW' },
        status: 'COMPLETED',
        createdById: users.COORDINATOR,
      },
    })
  ).id;
  const lifeSituation = (await system.prisma.lifeSituation.findFirstOrThrow()).id;
  // Import batches of either municipality without valid rows: a start then answers 409, no workflow runs.
  const importBatchOf = async (code: string) => {
    const municipality = await system.prisma.municipality.findUniqueOrThrow({ where: { code } });
    const batch = await system.prisma.importBatch.create({
      data: {
        sha256: `matrix-${code}`,
        fileName: 'матрица.csv',
        createdById: users.OPERATOR,
        municipalityId: municipality.id,
        status: 'VALIDATED',
        totalRows: 0,
        validRows: 0,
        workflowId: `import-matrix-${code}`,
      },
    });
    return batch.id;
  };
  const catalogRows = {
    organisation: (await system.prisma.organisation.findFirstOrThrow()).id,
    municipality: (await system.prisma.municipality.findFirstOrThrow()).id,
    rejectionReason: 'OTHER',
  };
  // Indicators are no one's personal record; a system key is revoked by the DELETE cell.
  await system.as(users.ADMIN).get('/api/indicators');
  const indicator = (await system.prisma.indicator.findFirstOrThrow({ where: { code: 'needs_registered' } })).id;
  const systemKey = (await system.as(users.ADMIN).post('/api/system-keys').send({ name: 'матрица' })).body.id as string;
  // A committed file of indicator values, as the API keeps it (its progress is no one's personal record).
  const indicatorImport = (
    await system.prisma.indicatorImport.create({
      data: {
        fileSha256: 'matrix',
        indicatorCode: '',
        fileName: 'матрица.csv',
        createdById: users.ADMIN,
        status: 'COMPLETED',
        totalRows: 0,
        workflowId: '',
      },
    })
  ).id;
  // GET /poverty/reassessments/:region reports a run that exists.
  await system.as(users.COORDINATOR).post('/api/poverty/reassessments').send({ region: 'RU-SAM' });
  ids.own = {
    passport: own.passport,
    person: own.person,
    relation: own.relation,
    need: await needOf(own.operator, own.person, 'MINSOC'),
    plan: await planOf(own.operator, own.person, 'SOC_CONTRACT'),
    measure,
    user,
    subsistence,
    campaign,
    lifeSituation,
    importBatch: await importBatchOf('samara'),
    ...catalogRows,
    appeal: await appealOf(own.operator, own.passport, own.person),
    indicator,
    indicatorImport,
    systemKey,
  };
  ownDocument = await documentOf(own.operator, ids.own.need);
  await mkdir(system.config.MAIL_DIR, { recursive: true });
  await writeFile(path.join(system.config.MAIL_DIR, 'matrix.eml'), 'From: a@b.ru\r\nTo: c@d.ru\r\nSubject: matrix\r\n\r\nbody\r\n');
  ids.foreign = {
    passport: foreign.passport,
    person: foreign.person,
    relation: foreign.relation,
    need: await needOf(foreign.operator, foreign.person, 'MINTRUD'),
    plan: await planOf(foreign.operator, foreign.person, 'EMP_JOB_SEARCH'),
    measure,
    user,
    subsistence,
    campaign,
    lifeSituation,
    importBatch: await importBatchOf('tolyatti'),
    ...catalogRows,
    appeal: await appealOf(foreign.operator, foreign.passport, foreign.person),
    indicator,
    indicatorImport,
    systemKey,
  };
  foreignDocument = await documentOf(foreign.operator, ids.foreign.need);
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const FAMILY_OF: [RegExp, Family][] = [
  [/^\/passports\/:id/, 'passport'],
  [/^\/persons\/:id/, 'person'],
  [/^\/relations\/:id/, 'relation'],
  [/^\/needs\/:id/, 'need'],
  [/^\/plans\/:id/, 'plan'],
  [/^\/support-measures\/:id/, 'measure'],
  [/^\/users\/:id/, 'user'],
  [/^\/households\/:id/, 'passport'],
  [/^\/subsistence-minimums\/:id/, 'subsistence'],
  [/^\/campaigns\/:id/, 'campaign'],
  [/^\/life-situations\/:id/, 'lifeSituation'],
  [/^\/imports\/:id/, 'importBatch'],
  [/^\/organisations\/:id/, 'organisation'],
  [/^\/municipalities\/:id/, 'municipality'],
  [/^\/rejection-reasons\/:id/, 'rejectionReason'],
  [/^\/appeals\/:id/, 'appeal'],
  [/^\/egisso-mappings\/:id/, 'measure'],
  [/^\/indicators\/:id/, 'indicator'],
  [/^\/indicator-imports\/:id/, 'indicatorImport'],
  [/^\/system-keys\/:id/, 'systemKey'],
];

/** Who sees which records, independently of the implementation's scopes. */
function sees(role: UserRole, family: Family, which: 'own' | 'foreign'): boolean {
  const catalog = [
    'measure',
    'user',
    'subsistence',
    'lifeSituation',
    'campaign',
    'organisation',
    'municipality',
    'rejectionReason',
    'indicator',
    'indicatorImport',
    'systemKey',
  ];
  if (catalog.includes(family) || which === 'own') return true;
  return role === 'COORDINATOR' || role === 'AUDITOR';
}

function urlFor(path: string, which: 'own' | 'foreign', role: UserRole): { url: string; family?: Family } {
  if (!path.includes(':')) return { url: `/api${path}` };
  if (path === '/queue/saved-queries/:id') return { url: `/api/queue/saved-queries/${savedQueries[role] ?? ids.own.need}` };
  if (path.endsWith('/:key')) return { url: `/api${path.replace(':key', 'queue.columns')}` };
  // A bulk action names no record in its path: its body (empty here) does, and is refused after the access checks.
  if (!path.includes(':id')) return { url: `/api${path.replace(':action', 'claim').replace(':region', 'RU-SAM')}` };
  // A message the local mail server kept (written by beforeAll); messages are no one's personal record.
  if (path === '/mail/:id') return { url: '/api/mail/matrix' };
  const match = FAMILY_OF.find(([pattern]) => pattern.test(path));
  if (!match) throw new Error(`No fixture for the parameters of ${path}: add one to the access matrix`);
  const [, family] = match;
  // An action with an empty body: it reaches validation (422) only after the access checks.
  const url = path
    .replace(':id', ids[which][family])
    .replace(':documentId', which === 'own' ? ownDocument : foreignDocument)
    .replace(':action', 'reroute')
    .replace(':command', family === 'importBatch' ? 'start' : 'pause');
  return { url: `/api${url}`, family };
}

describe('the access matrix', () => {
  it('answers every role on every route, for its own and for foreign records, as the rules say', async () => {
    const routes = servedRoutes(system.app).filter(
      // The indicator push takes an external system's key, not a user's session (tests/integration/indicators.test.ts).
      (r) =>
        !['/api/health', '/api/ready', '/metrics', '/api/openapi.json', '/indicator-values'].includes(r.path) &&
        !r.path.startsWith('/auth/'),
    );
    expect(routes.length).toBeGreaterThan(20);
    const mismatches: string[] = [];
    // DELETE goes last: it removes the record the other cells use.
    const ordered = [...routes].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const route of ordered) {
      const allowed = ROUTE_RULES[ruleKey(route.method, route.path)];
      expect(allowed).toBeDefined();
      for (const role of Object.keys(users) as UserRole[]) {
        for (const which of ['own', 'foreign'] as const) {
          const { url, family } = urlFor(route.path, which, role);
          if (!family && which === 'foreign') continue;
          const res = await system.as(users[role])[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](url).send({});
          const expected = !allowed.includes(role) ? [403] : family && !sees(role, family, which) ? [404] : 'allowed';
          const ok = expected === 'allowed' ? ![401, 403, 404].includes(res.status) && res.status < 500 : expected.includes(res.status);
          if (!ok) mismatches.push(`${role} ${which} ${route.method} ${route.path} → ${res.status}, expected ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('lets operators merge only within their municipality and admins anywhere', async () => {
    const pair = (survivorId: string, mergedId: string) => ({ survivorId, mergedId });
    const preview = (user: string, survivorId: string, mergedId: string) =>
      system.as(user).get('/api/person-merges/preview').query(pair(survivorId, mergedId));
    expect((await preview(users.OPERATOR, ids.own.person, ids.foreign.person)).status).toBe(404);
    expect((await preview(users.OPERATOR, ids.foreign.person, ids.own.person)).status).toBe(404);
    expect((await system.as(users.OPERATOR).post('/api/person-merges').send(pair(ids.own.person, ids.foreign.person))).status).toBe(404);
    expect((await preview(users.ADMIN, ids.own.person, ids.foreign.person)).status).toBe(200);
    for (const role of ['EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'] as const) {
      expect((await preview(users[role], ids.own.person, ids.foreign.person)).status).toBe(403);
    }
  });

  it('answers requests without a valid token with 401', async () => {
    const request = (await import('supertest')).default;
    expect((await request(system.app).get('/api/queue')).status).toBe(401);
    expect((await request(system.app).get('/api/queue').set('Authorization', 'Bearer not-a-token')).status).toBe(401);
  });

  it('keeps the sign-in routes to this site: refresh and logout refuse a foreign origin or a missing header', async () => {
    const request = (await import('supertest')).default;
    const login = await request(system.app).post('/api/auth/login').send({ username: 'auditor', password: DEMO_PASSWORD });
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
    const bearer = `Bearer ${login.body.accessToken}`;
    expect((await request(system.app).post('/api/auth/refresh').set('Cookie', cookie)).status).toBe(403);
    expect(
      (
        await request(system.app)
          .post('/api/auth/refresh')
          .set('Cookie', cookie)
          .set('X-Requested-With', 'fetch')
          .set('Origin', 'https://evil.example')
      ).status,
    ).toBe(403);
    expect((await request(system.app).post('/api/auth/logout').set('Authorization', bearer)).status).toBe(403);
    expect((await request(system.app).post('/api/auth/logout').set('X-Requested-With', 'fetch')).status).toBe(401);
    expect((await request(system.app).get('/api/queue').set('Authorization', bearer)).status).toBe(200);
  });
});
