import type { Prisma, PrismaClient } from '../../prisma/client';
import { currentVersion } from '../catalogAdmin/versions';

type Measure = { id: string; version: number; requiredDocuments: unknown };
type Level = { level: number; target: string; afterWorkingDays: number; title: string };

/** The catalog versions a case starts under: the measure's and the escalation chain's. */
export async function chainNow(prisma: PrismaClient) {
  const [levels, version] = await Promise.all([
    prisma.escalationLevel.findMany({ orderBy: { level: 'asc' } }),
    currentVersion(prisma, 'EscalationChain', 'region'),
  ]);
  return { levels, version };
}

/**
 * Keeps, beside the workflow input, the policy a case starts with, so the case page and its printouts
 * show the documents and chain of that version after an admin changes the catalog. Written before the
 * workflow starts and keyed by the need id, so a retried registration writes it once.
 */
export async function recordNeedPolicy(
  prisma: PrismaClient,
  needId: string,
  measure: Measure,
  chain: { levels: Level[]; version: number },
) {
  await prisma.needPolicy.createMany({
    data: {
      needId,
      measureId: measure.id,
      measureVersion: measure.version,
      chainVersion: chain.version,
      requiredDocuments: measure.requiredDocuments as Prisma.InputJsonArray,
      escalationChain: chain.levels as unknown as Prisma.InputJsonArray,
    },
    skipDuplicates: true,
  });
}
