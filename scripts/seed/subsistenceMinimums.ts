import type { PrismaClient } from '../../prisma/client';
import { SUBSISTENCE_MINIMUMS } from '../../prisma/seed/data/subsistenceMinimums';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Adds the shipped subsistence-minimum values that are missing; a row someone has edited since is left as it is. */
export async function seedSubsistenceMinimums(prisma: PrismaClient): Promise<void> {
  for (const row of SUBSISTENCE_MINIMUMS) {
    const data = { ...row, effectiveFrom: day(row.effectiveFrom), actDate: row.actDate ? day(row.actDate) : null };
    await prisma.subsistenceMinimum.upsert({
      where: { region_effectiveFrom_group: { region: row.region, effectiveFrom: data.effectiveFrom, group: row.group } },
      create: data,
      update: {},
    });
  }
}
