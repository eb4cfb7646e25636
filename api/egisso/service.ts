import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../prisma/client';
import { caseNumber } from '../../shared/caseWording';
import type { EgissoFact, EgissoForm } from '../../shared/egisso/facts';
import { egissoXml, validateEgissoFact } from '../../shared/egisso/facts';
import type { Actor } from '../../shared/needCase';
import type { egissoMappingInputSchema } from '../../shared/schemas/egisso';
import type { z } from '../../shared/schemas/zod';
import { needScope } from '../access/scopes';
import { saveVersion, versioned } from '../catalogAdmin/versions';
import { notFound, unprocessable } from '../http/errors';

type MappingInput = z.infer<typeof egissoMappingInputSchema>;
const day = (d: Date) => d.toISOString().slice(0, 10);

const mappingOf = (
  measure: { id: string; code: string; name: string; organisationId: string },
  m: Prisma.EgissoMeasureMappingGetPayload<object> | null,
) => ({
  id: measure.id,
  measureCode: measure.code,
  measureName: measure.name,
  organisationId: measure.organisationId,
  egissoCode: m?.egissoCode ?? null,
  form: m?.form ?? null,
  amount: m ? m.amount.toFixed(2) : null,
  unitCode: m?.unitCode ?? null,
  unitName: m?.unitName ?? null,
});

function assignmentOf(form: EgissoForm, amount: Prisma.Decimal, unitCode: string, unitName: string): EgissoFact['assignmentInfo'] {
  if (form === 'MONEY') return { monetaryForm: { amount: amount.toFixed(2) } };
  const quantity = { amount: amount.toFixed(amount.isInteger() ? 0 : 2), measuryCode: unitCode, measuryName: unitName };
  return form === 'IN_KIND' ? { naturalForm: quantity } : { serviceForm: quantity };
}

/** The EGISSO mapping of our measures (admin-edited, versioned) and the export of facts of provided support. */
export function createEgissoService(prisma: PrismaClient) {
  return {
    async mappings() {
      const [measures, mappings] = await Promise.all([
        prisma.supportMeasure.findMany({ orderBy: { name: 'asc' }, select: { id: true, code: true, name: true, organisationId: true } }),
        prisma.egissoMeasureMapping.findMany(),
      ]);
      const byMeasure = new Map(mappings.map((m) => [m.measureId, m]));
      return measures.map((m) => mappingOf(m, byMeasure.get(m.id) ?? null));
    },

    async mapping(measureId: string) {
      const measure = await prisma.supportMeasure.findUnique({ where: { id: measureId } });
      if (!measure) throw notFound('Мера поддержки');
      return mappingOf(measure, await prisma.egissoMeasureMapping.findUnique({ where: { measureId } }));
    },

    async saveMapping(measureId: string, input: MappingInput, actorId: string) {
      return versioned(prisma, async (tx) => {
        const measure = await tx.supportMeasure.findUnique({ where: { id: measureId } });
        if (!measure) throw notFound('Мера поддержки');
        const old = await tx.egissoMeasureMapping.findUnique({ where: { measureId } });
        const before = old ? mappingOf(measure, old) : null;
        const row = await tx.egissoMeasureMapping.upsert({ where: { measureId }, create: { measureId, ...input }, update: input });
        const after = mappingOf(measure, row);
        await saveVersion(tx, 'EgissoMeasureMapping', measureId, before, after, actorId);
        return { before, after };
      });
    },

    /**
     * Facts of support provided by an organisation between two days (support date, both included):
     * resolved cases of mapped measures. Unmapped measures are counted, not guessed.
     */
    async exportFacts(actor: Actor, filter: { organisationId: string; from: string; to: string }) {
      const organisation = await prisma.organisation.findUnique({ where: { id: filter.organisationId } });
      if (!organisation) throw unprocessable({ organisationId: 'Организация не найдена' });
      const needs = await prisma.need.findMany({
        where: {
          AND: [
            needScope(actor),
            { organisationId: organisation.id, status: 'RESOLVED', supportDate: { gte: new Date(filter.from), lte: new Date(filter.to) } },
          ],
        },
        include: { person: true, measure: { select: { code: true } } },
        orderBy: [{ supportDate: 'asc' }, { id: 'asc' }],
      });
      const mappings = new Map(
        (await prisma.egissoMeasureMapping.findMany({ where: { measureId: { in: [...new Set(needs.map((n) => n.measureId))] } } })).map(
          (m) => [m.measureId, m],
        ),
      );
      const facts: EgissoFact[] = [];
      const unmapped = new Set<string>();
      for (const need of needs) {
        const mapping = mappings.get(need.measureId);
        if (!mapping) {
          unmapped.add(need.measure.code);
          continue;
        }
        const p = need.person;
        const supportDay = day(need.supportDate as Date);
        const fact: EgissoFact = {
          uuid: need.id,
          oszCode: organisation.code,
          lmszId: need.measure.code,
          kmszCode: mapping.egissoCode,
          mszReceiver: {
            SNILS: p.snils.replace(/\D/g, ''),
            FamilyName: p.lastName,
            FirstName: p.firstName,
            ...(p.middleName ? { Patronymic: p.middleName } : {}),
            Gender: p.sex === 'MALE' ? 'Male' : 'Female',
            BirthDate: day(p.birthDate),
          },
          decisionDate: day(need.closedAt ?? (need.supportDate as Date)),
          dateStart: supportDay,
          dateFinish: supportDay,
          assignmentInfo: assignmentOf(mapping.form as EgissoForm, mapping.amount, mapping.unitCode, mapping.unitName),
          reason: `Заявление гражданина, дело ${caseNumber(need.id)}`,
        };
        if (!validateEgissoFact(fact)) {
          throw unprocessable({ [need.id]: `Факт не соответствует схеме: ${JSON.stringify(validateEgissoFact.errors?.[0])}` });
        }
        facts.push(fact);
      }
      const xml = egissoXml(
        { packageId: randomUUID(), oszCode: organisation.code, from: filter.from, to: filter.to, createdAt: new Date().toISOString() },
        facts,
      );
      return { xml, organisation, count: facts.length, unmapped: [...unmapped].sort() };
    },
  };
}
