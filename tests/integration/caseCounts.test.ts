import { randomUUID } from 'node:crypto';
import { createProjectionActivities } from '../../activities/projection';
import { countSeries, openAtEndSeries, resolutionPercentileSeries } from '../../api/indicators/caseCounts';
import type { SeriesQuery } from '../../api/indicators/caseCounts';
import { createPrismaClient, Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { seedReferenceData } from '../../scripts/seed/referenceData';
import { createTestDatabase } from '../../scripts/lib/testDatabase';
import type { Actor, CaseEvent, CaseState, NeedRegistration } from '../../shared/needCase';
import { nextSnils } from '../support/fixtures';

/**
 * The case counts behind the built-in indicators are kept by the projection's transaction (a
 * trigger on the events it inserts). They must equal a full recount and direct SQL over the cases.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let prisma: PrismaClient;
let projection: ReturnType<typeof createProjectionActivities>;
let operator: Actor;
let coordinator: Actor;
let supervisorA: Actor;
let orgA: string;
let orgB: string;
let measures: { id: string; organisationId: string }[];
let municipalities: string[];
let personId: string;

const asActor = (u: { id: string; role: string; organisationId: string | null; municipalityId: string | null }): Actor => ({
  userId: u.id,
  role: u.role as Actor['role'],
  organisationId: u.organisationId,
  municipalityId: u.municipalityId,
});

beforeAll(async () => {
  database = await createTestDatabase('sp_counts');
  prisma = createPrismaClient(database.url);
  await seedReferenceData(prisma, { demoPasswords: false });
  projection = createProjectionActivities({ prisma });
  const users = await prisma.user.findMany();
  const byName = (name: string) => asActor(users.find((u) => u.username === name) ?? users[0]);
  operator = byName('operator.samara');
  coordinator = byName('coordinator');
  const allMeasures = await prisma.supportMeasure.findMany({ orderBy: { code: 'asc' } });
  orgA = allMeasures[0].organisationId;
  orgB = allMeasures.find((m) => m.organisationId !== orgA)?.organisationId as string;
  measures = [allMeasures[0], allMeasures.find((m) => m.organisationId === orgB) as (typeof allMeasures)[number]];
  const supervisor = users.find((u) => u.role === 'SUPERVISOR' && u.organisationId === orgA);
  supervisorA = asActor(supervisor as (typeof users)[number]);
  const other = await prisma.municipality.findFirstOrThrow({ where: { id: { not: operator.municipalityId as string } } });
  municipalities = [operator.municipalityId as string, other.id];
  const person = await prisma.person.create({
    data: {
      lastName: 'Счётная',
      firstName: 'Вера',
      birthDate: new Date('1980-01-01'),
      sex: 'FEMALE',
      snils: nextSnils(),
      municipalityId: municipalities[0],
      address: 'г. Самара',
    },
  });
  personId = person.id;
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

interface CaseSpec {
  registeredAt: string;
  measure: 0 | 1;
  municipality: 0 | 1;
  resolveDueAt: string;
  rerouteTo?: { at: string; organisationId: string };
  escalations?: { at: string; level: number }[];
  close?: { at: string; type: 'RESOLVED' | 'REJECTED' | 'CANCELLED' };
}

/** Writes a case through the projection the way the workflow does: a first batch, then one batch per step. */
async function recordCase(spec: CaseSpec): Promise<string> {
  const measure = measures[spec.measure];
  const reg: NeedRegistration = {
    needId: randomUUID(),
    personId,
    measureId: measure.id,
    organisationId: measure.organisationId,
    municipalityId: municipalities[spec.municipality],
    description: 'помощь',
    registeredBy: operator,
  };
  const state: CaseState = {
    status: 'ASSIGNED',
    organisationId: measure.organisationId,
    assigneeId: null,
    registeredAt: spec.registeredAt,
    acceptDueAt: null,
    resolveDueAt: spec.resolveDueAt,
    activeDueAt: spec.resolveDueAt,
    pausedWorkingDaysLeft: null,
    escalationLevel: 0,
    alarms: [],
    documents: [],
    supportDate: null,
    report: null,
    rejectionReason: null,
    rejectionComment: null,
    closedAt: null,
    seq: 2,
  };
  let seq = 0;
  const ev = (type: CaseEvent['type'], at: string, data: Record<string, unknown> = {}): CaseEvent => ({
    seq: ++seq,
    type,
    actorId: null,
    at,
    data,
  });
  const first = [ev('REGISTERED', spec.registeredAt), ev('ROUTED', spec.registeredAt, { organisationId: measure.organisationId })];
  await projection.recordCaseChange({ registration: reg, events: first, state: { ...state, seq } });
  // A retried first batch (the activity ran twice) must not count twice.
  await projection.recordCaseChange({ registration: reg, events: first, state: { ...state, seq } });
  if (spec.rerouteTo) {
    const e = ev('REROUTED', spec.rerouteTo.at, { organisationId: spec.rerouteTo.organisationId, from: measure.organisationId });
    state.organisationId = spec.rerouteTo.organisationId;
    await projection.recordCaseChange({ registration: reg, events: [e], state: { ...state, seq } });
  }
  for (const escalation of spec.escalations ?? []) {
    const e = ev('ESCALATED', escalation.at, { level: escalation.level });
    await projection.recordCaseChange({ registration: reg, events: [e], state: { ...state, escalationLevel: escalation.level, seq } });
  }
  if (spec.close) {
    const e = ev(spec.close.type, spec.close.at);
    const closed = { ...state, status: spec.close.type, closedAt: spec.close.at, activeDueAt: null, seq };
    await projection.recordCaseChange({ registration: reg, events: [e], state: closed });
    await projection.recordCaseChange({ registration: reg, events: [e], state: closed });
  }
  return reg.needId;
}

const day = (d: number, h = 10) => new Date(Date.UTC(2026, 0, d, h)).toISOString();

async function aggregateRows() {
  return prisma.$queryRaw<unknown[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, "organisationId", "municipalityId", "measureId", kind, detail, count FROM "CaseCount"
     ORDER BY 1, 2, 3, 4, 5, 6`;
}
async function recountRows() {
  return prisma.$queryRaw<unknown[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, "organisationId", "municipalityId", "measureId", kind, detail, count FROM "case_counts_recounted"()
     ORDER BY 1, 2, 3, 4, 5, 6`;
}

/** Needs registered per Samara-time period, counted straight from the cases, as "period|key" → count. */
async function registeredDirect(unit: 'week' | 'month', actorFilter: Prisma.Sql, cutColumn: string | null) {
  const format = unit === 'week' ? 'IYYY-"W"IW' : 'YYYY-MM';
  const rows = await prisma.$queryRaw<{ period: string; key: string | null; n: bigint }[]>`
    SELECT to_char(date_trunc(${unit}, (n."registeredAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Samara'), ${format}) AS period,
           ${Prisma.raw(cutColumn ?? 'NULL::text')} AS key, count(*) AS n
      FROM "Need" n WHERE ${actorFilter} GROUP BY 1, 2`;
  return rows.map((r) => `${r.period}|${r.key}=${r.n}`).sort();
}

describe('case counts kept with the projection', () => {
  beforeAll(async () => {
    // Around the end of January in Samara (UTC+4): 19:59 UTC on the 31st is still January, 20:00 is February.
    await recordCase({ registeredAt: '2026-01-31T19:59:00.000Z', measure: 0, municipality: 0, resolveDueAt: day(40) });
    await recordCase({ registeredAt: '2026-01-31T20:00:00.000Z', measure: 0, municipality: 1, resolveDueAt: day(45) });
    await recordCase({
      registeredAt: day(5),
      measure: 0,
      municipality: 0,
      resolveDueAt: day(15),
      escalations: [
        { at: day(16), level: 1 },
        { at: day(19), level: 2 },
      ],
      close: { at: day(25), type: 'RESOLVED' },
    });
    await recordCase({ registeredAt: day(6), measure: 1, municipality: 0, resolveDueAt: day(20), close: { at: day(9), type: 'RESOLVED' } });
    await recordCase({ registeredAt: day(7), measure: 1, municipality: 1, resolveDueAt: day(20), close: { at: day(8), type: 'REJECTED' } });
    await recordCase({
      registeredAt: day(10),
      measure: 0,
      municipality: 1,
      resolveDueAt: day(30),
      rerouteTo: { at: day(11), organisationId: orgB },
      close: { at: day(14), type: 'RESOLVED' },
    });
    await recordCase({
      registeredAt: day(12),
      measure: 1,
      municipality: 0,
      resolveDueAt: day(30),
      close: { at: day(35), type: 'CANCELLED' },
    });
    for (let i = 0; i < 5; i += 1) {
      await recordCase({
        registeredAt: day(1 + i * 9),
        measure: (i % 2) as 0 | 1,
        municipality: 0,
        resolveDueAt: day(20 + i),
        close: { at: day(3 + i * 11), type: 'RESOLVED' },
      });
    }
  });

  it('equals a full recount, and a recount rewrites the same rows', async () => {
    const kept = await aggregateRows();
    expect(kept.length).toBeGreaterThan(10);
    expect(kept).toEqual(await recountRows());
    await prisma.$queryRaw`SELECT "case_counts_recount"()`;
    expect(await aggregateRows()).toEqual(kept);
  });

  it('counts a retried batch once: registrations equal the cases, closures the closed cases', async () => {
    const [{ registered, closed }] = await prisma.$queryRaw<{ registered: bigint; closed: bigint }[]>`
      SELECT sum(count) FILTER (WHERE kind = 'REGISTERED') AS registered,
             sum(count) FILTER (WHERE kind IN ('RESOLVED', 'REJECTED', 'CANCELLED')) AS closed FROM "CaseCount"`;
    expect(Number(registered)).toBe(await prisma.need.count());
    expect(Number(closed)).toBe(await prisma.need.count({ where: { closedAt: { not: null } } }));
  });

  it('puts a case received at 00:00 Samara time on 1 February into February, one a minute earlier into January', async () => {
    const q: SeriesQuery = { periodicity: 'MONTH', from: '2026-01-01', to: '2026-02-28' };
    const series = await countSeries(prisma, coordinator, q, ['REGISTERED']);
    const direct = await registeredDirect('month', Prisma.sql`TRUE`, null);
    expect(series.map((p) => `${p.period}|${p.key}=${p.value}`)).toEqual(direct);
    const days = await countSeries(prisma, coordinator, { periodicity: 'DAY', from: '2026-01-31', to: '2026-02-01' }, ['REGISTERED']);
    expect(days.map((p) => p.value)).toEqual([1, 1]);
  });

  it('agrees with direct SQL by municipality and by measure, weekly and monthly, within each role’s scope', async () => {
    const cases: [Actor, Prisma.Sql][] = [
      [coordinator, Prisma.sql`TRUE`],
      [operator, Prisma.sql`n."municipalityId" = ${operator.municipalityId}::uuid`],
    ];
    for (const [actor, filter] of cases) {
      for (const [cut, column] of [
        ['municipality', 'n."municipalityId"::text'],
        ['measure', 'n."measureId"::text'],
      ] as const) {
        for (const unit of ['week', 'month'] as const) {
          const q: SeriesQuery = { periodicity: unit === 'week' ? 'WEEK' : 'MONTH', from: '2026-01-01', to: '2026-03-31', cut };
          const series = await countSeries(prisma, actor, q, ['REGISTERED']);
          const direct = await registeredDirect(unit, filter, column);
          expect(series.map((p) => `${p.period}|${p.key}=${p.value}`).sort()).toEqual(direct);
          expect(direct.length).toBeGreaterThan(1);
        }
      }
    }
  });

  it('counts resolutions for the organisation that held the case then, so a rerouted case is the new organisation’s', async () => {
    const q: SeriesQuery = { periodicity: 'YEAR', from: '2026-01-01', to: '2026-12-31', cut: 'organisation' };
    const resolved = await countSeries(prisma, coordinator, q, ['RESOLVED']);
    const direct = await prisma.$queryRaw<{ key: string; n: bigint }[]>`
      SELECT n."organisationId"::text AS key, count(*) AS n FROM "Need" n WHERE n.status = 'RESOLVED' GROUP BY 1 ORDER BY 1`;
    expect(resolved.map((p) => [p.key, p.value])).toEqual(direct.map((r) => [r.key, Number(r.n)]));
    const mine = await countSeries(prisma, supervisorA, { ...q, cut: undefined }, ['RESOLVED']);
    expect(mine).toEqual([{ period: '2026', key: null, label: null, value: Number(direct.find((r) => r.key === orgA)?.n ?? 0) }]);
    const escalations = await countSeries(prisma, coordinator, { ...q, cut: 'level' }, ['ESCALATED']);
    expect(escalations.map((p) => [p.key, p.value])).toEqual([
      ['1', 1],
      ['2', 1],
    ]);
  });

  it('gives median and 90th-percentile days to resolution equal to percentile_disc over the cases', async () => {
    const q: SeriesQuery = { periodicity: 'YEAR', from: '2026-01-01', to: '2026-12-31' };
    for (const fraction of [0.5, 0.9]) {
      const [{ value }] = await resolutionPercentileSeries(prisma, coordinator, q, fraction);
      const [{ direct }] = await prisma.$queryRaw<{ direct: number }[]>`
        SELECT percentile_disc(${fraction}::float8) WITHIN GROUP (ORDER BY floor(extract(epoch FROM n."closedAt" - n."registeredAt") / 86400)) AS direct
          FROM "Need" n WHERE n.status = 'RESOLVED'`;
      expect(value).toBe(Number(direct));
    }
  });

  it('gives the cases open at the end of each month as the cases registered and not closed by then', async () => {
    const series = await openAtEndSeries(prisma, coordinator, { periodicity: 'MONTH', from: '2026-01-01', to: '2026-03-31' });
    for (const point of series) {
      const end = { '2026-01': '2026-01-31T20:00:00Z', '2026-02': '2026-02-28T20:00:00Z', '2026-03': '2026-03-31T20:00:00Z' }[
        point.period
      ] as string;
      const open = await prisma.need.count({
        where: { registeredAt: { lt: new Date(end) }, OR: [{ closedAt: null }, { closedAt: { gte: new Date(end) } }] },
      });
      expect({ period: point.period, open: point.value }).toEqual({ period: point.period, open });
    }
    expect(series.map((p) => p.period)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});
