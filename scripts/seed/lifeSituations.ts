import type { Prisma, PrismaClient } from '../../prisma/client';
import { LIFE_SITUATIONS } from '../../prisma/seed/data/lifeSituations';

/**
 * The shipped life situations, created once by code: a situation an admin has edited keeps the
 * admin's rule when the seed runs again.
 */
export async function seedLifeSituations(prisma: PrismaClient): Promise<void> {
  for (const [position, { measureCodes, rule, ...situation }] of LIFE_SITUATIONS.entries()) {
    const data = { ...situation, position, measureCodes: [...measureCodes], rule: rule as unknown as Prisma.InputJsonObject };
    await prisma.lifeSituation.upsert({ where: { code: situation.code }, create: data, update: {} });
  }
}
