import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import { documentStoreFrom } from '../../api/documents/storage';
import { startRegionReassessment } from '../../api/poverty/reassess';
import { loadConfig } from '../../shared/config';
import { loadProductionCalendar } from '../../shared/calendar/loadProductionCalendar';
import type { Actor } from '../../shared/needCase';
import { createPrismaClient } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { insertFamily, seedId } from './familyRows';
import type { NeedJourney } from './needJourneys';
import { walkNeed } from './needJourneys';
import { seedReferenceData } from './referenceData';
import { generateFamilies } from '../../prisma/seed/data/syntheticFamilies';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import { localDate } from '../../shared/calendar/workingDays';
import { receivedDayFor } from './receivedDay';

const RANDOM_SEED = 42;
const PARALLEL_NEEDS = 8;

const actorOf = (u: { id: string; role: Actor['role']; organisationId: string | null; municipalityId: string | null }): Actor => ({
  userId: u.id,
  role: u.role,
  organisationId: u.organisationId,
  municipalityId: u.municipalityId,
});

async function demoJourneys(prisma: PrismaClient, calendar: ProductionCalendar, families: number): Promise<NeedJourney[]> {
  const today = localDate(new Date());
  const [municipalities, measures, users] = await Promise.all([
    prisma.municipality.findMany(),
    prisma.supportMeasure.findMany(),
    prisma.user.findMany({ where: { role: { in: ['OPERATOR', 'EXECUTOR'] } }, orderBy: { username: 'asc' } }),
  ]);
  const municipalityId = new Map(municipalities.map((m) => [m.code, m.id]));
  const measureByCode = new Map(measures.map((m) => [m.code, m]));
  const operatorOf = new Map(users.filter((u) => u.role === 'OPERATOR').map((u) => [u.municipalityId, actorOf(u)]));
  const executorOf = new Map(users.filter((u) => u.role === 'EXECUTOR').map((u) => [u.organisationId, actorOf(u)]));

  const journeys: NeedJourney[] = [];
  let written = 0;
  for (const family of generateFamilies(families, RANDOM_SEED)) {
    const familyMunicipality = municipalityId.get(family.municipalityCode) as string;
    if (await insertFamily(prisma, family, familyMunicipality)) written += 1;
    family.needs.forEach((n, i) => {
      const measure = measureByCode.get(n.measureCode);
      if (!measure) throw new Error(`Unknown measure in seed: ${n.measureCode}`);
      // Late on the accept deadline while nobody has accepted it; on the resolve deadline after that.
      const deadline = n.targetStatus === 'ASSIGNED' ? measure.acceptWorkingDays : measure.resolveWorkingDays;
      journeys.push({
        idempotencyKey: `seed:${family.key}:${i}`,
        personId: seedId(n.personKey),
        measureId: measure.id,
        description: `${measure.name}: обращение семьи`,
        targetStatus: n.targetStatus,
        receivedAt: n.lateWorkingDays === undefined ? undefined : receivedDayFor(calendar, today, deadline, n.lateWorkingDays),
        operator: operatorOf.get(familyMunicipality) as Actor,
        executor: executorOf.get(measure.organisationId) as Actor,
      });
    });
  }
  console.log(`  families: ${written} written, ${families - written} already present`);
  return journeys;
}

async function main() {
  const config = loadConfig();
  const prisma = createPrismaClient(config.DATABASE_URL);
  const calendar = loadProductionCalendar(config.PRODUCTION_CALENDAR_FILE);
  await seedReferenceData(prisma, { demoPasswords: config.NODE_ENV !== 'production' });
  const journeys = await demoJourneys(prisma, calendar, config.SEED_FAMILIES);

  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const ctx = { prisma, temporal, config, calendar, logger: pino({ level: 'warn' }) };
  const store = documentStoreFrom(config);
  for (let i = 0; i < journeys.length; i += PARALLEL_NEEDS) {
    await Promise.all(journeys.slice(i, i + PARALLEL_NEEDS).map((j) => walkNeed(ctx, store, j)));
  }
  console.log(`  needs: ${journeys.length} at their demo status (registered now or by an earlier run)`);
  await startRegionReassessment(temporal, { region: 'RU-SAM', onlyStale: true }); // the new families' poverty assessments
  await connection.close();
  await prisma.$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
