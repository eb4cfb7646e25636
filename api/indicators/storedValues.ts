import type { PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { municipalitiesInScope } from './scope';

/**
 * The values stored for a custom indicator within the actor's territories, each with where it came
 * from: the file (name, SHA-256, row) and who loaded it, or the external system that pushed it.
 */
export async function storedValues(prisma: PrismaClient, actor: Actor, indicatorId: string, page: { skip: number; take: number }) {
  const allowed = municipalitiesInScope(actor);
  const where = { indicatorId, ...(allowed === null ? {} : { municipalityId: { in: allowed } }) };
  const [rows, total] = await Promise.all([
    prisma.indicatorValue.findMany({ where, orderBy: [{ period: 'desc' }, { municipalityId: 'asc' }], ...page }),
    prisma.indicatorValue.count({ where }),
  ]);
  const idsOf = (pick: (v: (typeof rows)[number]) => string | null) => [...new Set(rows.map(pick).filter((id): id is string => !!id))];
  const [municipalities, users, keys] = await Promise.all([
    prisma.municipality.findMany({ where: { id: { in: idsOf((v) => v.municipalityId) } } }),
    prisma.user.findMany({ where: { id: { in: idsOf((v) => v.loadedById) } } }),
    prisma.systemApiKey.findMany({ where: { id: { in: idsOf((v) => v.systemKeyId) } } }),
  ]);
  const territory = new Map(municipalities.map((m) => [m.id, m.name]));
  const loader = new Map(users.map((u) => [u.id, u.fullName]));
  const system = new Map(keys.map((k) => [k.id, k.name]));
  const values = rows.map((v) => ({
    id: v.id,
    period: v.period,
    municipalityId: v.municipalityId,
    territory: territory.get(v.municipalityId) ?? v.municipalityId,
    value: Number(v.value),
    origin: v.origin as 'FILE' | 'PUSH',
    fileName: v.fileName,
    fileSha256: v.fileSha256,
    rowNumber: v.rowNumber,
    loadedBy: v.loadedById ? (loader.get(v.loadedById) ?? null) : null,
    systemKey: v.systemKeyId ? (system.get(v.systemKeyId) ?? null) : null,
    loadedAt: v.loadedAt.toISOString(),
  }));
  return { values, total };
}
