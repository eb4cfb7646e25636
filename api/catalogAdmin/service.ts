import type { Prisma, PrismaClient } from '../../prisma/client';
import type {
  escalationChainInputSchema,
  measureInputSchema,
  municipalityInputSchema,
  organisationInputSchema,
  rejectionReasonInputSchema,
} from '../../shared/schemas/catalogAdmin';
import type { z } from '../../shared/schemas/zod';
import { notFound, unprocessable } from '../http/errors';
import { currentVersion, saveVersion, versioned } from './versions';

type MeasureInput = z.infer<typeof measureInputSchema>;
type OrganisationInput = z.infer<typeof organisationInputSchema>;
type MunicipalityInput = z.infer<typeof municipalityInputSchema>;
type ChainInput = z.infer<typeof escalationChainInputSchema>;
type ReasonInput = z.infer<typeof rejectionReasonInputSchema>;
type Tx = Prisma.TransactionClient;

const measureOf = (m: Prisma.SupportMeasureGetPayload<object>) => ({
  id: m.id,
  code: m.code,
  name: m.name,
  kind: m.kind,
  description: m.description,
  organisationId: m.organisationId,
  acceptWorkingDays: m.acceptWorkingDays,
  resolveWorkingDays: m.resolveWorkingDays,
  reminderWorkingDaysBefore: m.reminderWorkingDaysBefore,
  requiredDocuments: m.requiredDocuments as { code: string; name: string }[],
  relevantPassportSections: m.relevantPassportSections,
  active: m.active,
  version: m.version,
});

const organisationOf = (o: Prisma.OrganisationGetPayload<object>) => ({
  id: o.id,
  code: o.code,
  name: o.name,
  shortName: o.shortName,
  kind: o.kind,
  email: o.email,
  parentId: o.parentId,
  scopeMunicipalityIds: o.scopeMunicipalityIds,
  active: o.active,
});

const municipalityOf = (m: Prisma.MunicipalityGetPayload<object>) => ({
  id: m.id,
  code: m.code,
  name: m.name,
  kind: m.kind,
  region: m.region,
  active: m.active,
});

const reasonOf = (r: Prisma.RejectionReasonGetPayload<object>) => ({ id: r.code, ...r });

/** A unique code taken by another row is a field error, not a crash. */
async function uniqueCode(find: () => Promise<{ id: string } | null>, id: string | null) {
  const other = await find();
  if (other && other.id !== id) throw unprocessable({ code: 'Такой код уже есть в справочнике' });
}

/**
 * The catalog as admins change it: measures, organisations (with their subordinates), municipalities,
 * the escalation chain and the rejection reasons. Each change is one transaction that writes the
 * row and its next version; the route audits the before/after.
 */
export function createCatalogAdmin(prisma: PrismaClient) {
  async function checkOrganisation(tx: Tx, id: string | null, input: OrganisationInput) {
    if (input.parentId) {
      if (input.parentId === id) throw unprocessable({ parentId: 'Организация не может быть подведомственной самой себе' });
      const parent = await tx.organisation.findUnique({ where: { id: input.parentId } });
      if (!parent) throw unprocessable({ parentId: 'Вышестоящая организация не найдена' });
      if (parent.parentId) throw unprocessable({ parentId: 'Вышестоящая организация сама подведомственна: допускается один уровень' });
      if (id && (await tx.organisation.count({ where: { parentId: id } }))) {
        throw unprocessable({ parentId: 'У организации есть свои подведомственные: она не может стать подведомственной' });
      }
    }
    const known = await tx.municipality.count({ where: { id: { in: input.scopeMunicipalityIds } } });
    if (known !== new Set(input.scopeMunicipalityIds).size) throw unprocessable({ scopeMunicipalityIds: 'Муниципалитет не найден' });
  }

  return {
    async measure(id: string) {
      const row = await prisma.supportMeasure.findUnique({ where: { id } });
      if (!row) throw notFound('Мера поддержки');
      return measureOf(row);
    },

    async saveMeasure(id: string | null, input: MeasureInput, actorId: string) {
      return versioned(prisma, async (tx) => {
        const old = id ? await tx.supportMeasure.findUnique({ where: { id } }) : null;
        if (id && !old) throw notFound('Мера поддержки');
        await uniqueCode(() => tx.supportMeasure.findUnique({ where: { code: input.code } }), id);
        if (!(await tx.organisation.findUnique({ where: { id: input.organisationId } }))) {
          throw unprocessable({ organisationId: 'Организация не найдена' });
        }
        const data = { ...input, requiredDocuments: input.requiredDocuments as Prisma.InputJsonArray };
        const before = old ? measureOf(old) : null;
        const version = old ? (await currentVersion(tx, 'SupportMeasure', old.id)) + 1 : 1;
        const row = old
          ? await tx.supportMeasure.update({ where: { id: old.id }, data: { ...data, version } })
          : await tx.supportMeasure.create({ data: { ...data, version } });
        const after = measureOf(row);
        await saveVersion(tx, 'SupportMeasure', row.id, before, after, actorId);
        return { before, after };
      });
    },

    async organisations() {
      return (await prisma.organisation.findMany({ orderBy: { name: 'asc' } })).map(organisationOf);
    },

    async organisation(id: string) {
      const row = await prisma.organisation.findUnique({ where: { id } });
      if (!row) throw notFound('Организация');
      return organisationOf(row);
    },

    async saveOrganisation(id: string | null, input: OrganisationInput, actorId: string) {
      return versioned(prisma, async (tx) => {
        const old = id ? await tx.organisation.findUnique({ where: { id } }) : null;
        if (id && !old) throw notFound('Организация');
        await uniqueCode(() => tx.organisation.findUnique({ where: { code: input.code } }), id);
        await checkOrganisation(tx, id, input);
        const before = old ? organisationOf(old) : null;
        const row = old
          ? await tx.organisation.update({ where: { id: old.id }, data: input })
          : await tx.organisation.create({ data: input });
        const after = organisationOf(row);
        await saveVersion(tx, 'Organisation', row.id, before, after, actorId);
        return { before, after };
      });
    },

    async municipality(id: string) {
      const row = await prisma.municipality.findUnique({ where: { id } });
      if (!row) throw notFound('Муниципалитет');
      return municipalityOf(row);
    },

    async saveMunicipality(id: string | null, input: MunicipalityInput, actorId: string) {
      return versioned(prisma, async (tx) => {
        const old = id ? await tx.municipality.findUnique({ where: { id } }) : null;
        if (id && !old) throw notFound('Муниципалитет');
        await uniqueCode(() => tx.municipality.findUnique({ where: { code: input.code } }), id);
        const before = old ? municipalityOf(old) : null;
        const row = old
          ? await tx.municipality.update({ where: { id: old.id }, data: input })
          : await tx.municipality.create({ data: input });
        const after = municipalityOf(row);
        await saveVersion(tx, 'Municipality', row.id, before, after, actorId);
        return { before, after };
      });
    },

    async escalationChain() {
      const levels = await prisma.escalationLevel.findMany({ orderBy: { level: 'asc' } });
      return { id: 'region' as const, version: await currentVersion(prisma, 'EscalationChain', 'region'), levels };
    },

    /** The chain is one versioned whole: its levels only make sense together. */
    async saveEscalationChain(input: ChainInput, actorId: string) {
      return versioned(prisma, async (tx) => {
        const old = await tx.escalationLevel.findMany({ orderBy: { level: 'asc' } });
        const levels = input.levels.map((l, i) => ({ level: i + 1, ...l }));
        await tx.escalationLevel.deleteMany({});
        await tx.escalationLevel.createMany({ data: levels });
        const version = await saveVersion(tx, 'EscalationChain', 'region', { levels: old }, { levels }, actorId);
        return { before: { levels: old }, after: { id: 'region' as const, version, levels } };
      });
    },

    async rejectionReasons() {
      return (await prisma.rejectionReason.findMany({ orderBy: [{ position: 'asc' }, { code: 'asc' }] })).map(reasonOf);
    },

    async rejectionReason(code: string) {
      const row = await prisma.rejectionReason.findUnique({ where: { code } });
      if (!row) throw notFound('Причина отказа');
      return reasonOf(row);
    },

    async saveRejectionReason(code: string, input: ReasonInput, actorId: string) {
      return versioned(prisma, async (tx) => {
        const old = await tx.rejectionReason.findUnique({ where: { code } });
        if (!old) throw notFound('Причина отказа');
        const row = await tx.rejectionReason.update({ where: { code }, data: input });
        await saveVersion(tx, 'RejectionReason', code, old, row, actorId);
        return { before: reasonOf(old), after: reasonOf(row) };
      });
    },
  };
}
