import { hashPassword } from '../../api/auth/passwords';
import type { PrismaClient } from '../../prisma/client';
import { ESCALATION_CHAIN } from '../../prisma/seed/data/escalationChain';
import { MUNICIPALITIES } from '../../prisma/seed/data/municipalities';
import { ORGANISATIONS } from '../../prisma/seed/data/organisations';
import { SUPPORT_MEASURES } from '../../prisma/seed/data/supportMeasures';
import { demoUsers } from '../../prisma/seed/data/demoUsers';
import { seedLifeSituations } from './lifeSituations';
import { seedSubsistenceMinimums } from './subsistenceMinimums';

/** The password of every demo account (documented in the README; never set in production). */
export const DEMO_PASSWORD = 'Demo-parol-2026';

/**
 * Catalogs and demo users; upserts by business key, so running it again changes nothing. Demo
 * accounts get the demo password only when they have none yet and only outside production.
 */
export async function seedReferenceData(
  prisma: PrismaClient,
  options: { demoPasswords: boolean } = { demoPasswords: true },
): Promise<void> {
  for (const o of ORGANISATIONS) {
    await prisma.organisation.upsert({ where: { code: o.code }, create: o, update: o });
  }
  for (const m of MUNICIPALITIES) {
    await prisma.municipality.upsert({ where: { code: m.code }, create: m, update: m });
  }
  await seedSubsistenceMinimums(prisma);
  const organisations = new Map((await prisma.organisation.findMany()).map((o) => [o.code, o.id]));
  const municipalities = new Map((await prisma.municipality.findMany()).map((m) => [m.code, m.id]));

  for (const { organisationCode, ...measure } of SUPPORT_MEASURES) {
    const data = { ...measure, organisationId: organisations.get(organisationCode) as string };
    await prisma.supportMeasure.upsert({ where: { code: measure.code }, create: data, update: data });
  }
  await seedLifeSituations(prisma);
  for (const level of ESCALATION_CHAIN) {
    await prisma.escalationLevel.upsert({ where: { level: level.level }, create: level, update: level });
  }
  // One hash for the shared demo password keeps seeding fast; real accounts each get their own.
  const demoHash = options.demoPasswords ? await hashPassword(DEMO_PASSWORD) : null;
  for (const { organisationCode, municipalityCode, ...user } of demoUsers([...organisations.keys()], [...municipalities.keys()])) {
    const data = {
      ...user,
      organisationId: organisationCode ? organisations.get(organisationCode) : null,
      municipalityId: municipalityCode ? municipalities.get(municipalityCode) : null,
    };
    await prisma.user.upsert({ where: { username: user.username }, create: { ...data, passwordHash: demoHash }, update: data });
  }
}
