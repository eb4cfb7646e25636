import type { PrismaClient } from '../../prisma/client';
import { PLAN_TEMPLATES } from '../../prisma/seed/data/planTemplates';

/** Plan templates by code, their points replaced as a whole: a template is data, edited in its file. */
export async function seedPlanTemplates(prisma: PrismaClient): Promise<void> {
  const measures = new Map((await prisma.supportMeasure.findMany({ select: { id: true, code: true } })).map((m) => [m.code, m.id]));
  const organisations = new Map((await prisma.organisation.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id]));
  for (const { points, ...template } of PLAN_TEMPLATES) {
    await prisma.$transaction(async (tx) => {
      const { id } = await tx.planTemplate.upsert({ where: { code: template.code }, create: template, update: template });
      await tx.planTemplatePoint.deleteMany({ where: { templateId: id } });
      await tx.planTemplatePoint.createMany({
        data: points.map(({ measureCode, organisationCode, ...point }, position) => ({
          ...point,
          position,
          templateId: id,
          measureId: measureCode ? (measures.get(measureCode) as string) : null,
          organisationId: organisationCode ? (organisations.get(organisationCode) as string) : null,
        })),
      });
    });
  }
}
