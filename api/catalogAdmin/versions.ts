import type { Prisma, PrismaClient } from '../../prisma/client';
import type { CatalogEntity } from '../../shared/schemas/catalogAdmin';
import { conflict } from '../http/errors';

type Tx = Prisma.TransactionClient;
type Snapshot = Record<string, unknown>;

const plain = (value: unknown): Prisma.InputJsonObject => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;

/**
 * Saves one change of a catalog row as its next version. The row as it was before its first change
 * (the seed, or what existed before versioning) becomes version 1, so no earlier state is ever lost.
 * Two admins saving the same row at once collide on (entity, entityId, version): the second gets 409.
 */
export async function saveVersion(
  tx: Tx,
  entity: CatalogEntity,
  entityId: string,
  before: Snapshot | null,
  after: Snapshot,
  changedById: string,
): Promise<number> {
  const last = await tx.catalogVersion.findFirst({ where: { entity, entityId }, orderBy: { version: 'desc' } });
  let version = last?.version ?? 0;
  if (!last && before) {
    version = 1;
    await tx.catalogVersion.create({ data: { entity, entityId, version, data: plain(before), changedById: null } });
  }
  await tx.catalogVersion.create({ data: { entity, entityId, version: version + 1, data: plain(after), changedById } });
  return version + 1;
}

/** The current version number of a row: 1 while it has never been changed through the admin pages. */
export async function currentVersion(prisma: PrismaClient | Tx, entity: CatalogEntity, entityId: string): Promise<number> {
  const last = await prisma.catalogVersion.findFirst({
    where: { entity, entityId },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  return last?.version ?? 1;
}

/** Runs a versioned change in one transaction; a lost race for the version number is a 409. */
export async function versioned<T>(prisma: PrismaClient, change: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await prisma.$transaction(change);
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') throw conflict('Запись только что изменил другой администратор: обновите страницу');
    throw err;
  }
}

/** The fields whose values differ between two versions, for the history page. */
export function changesBetween(before: Snapshot | undefined, after: Snapshot) {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...fields]
    .filter((f) => JSON.stringify(before?.[f]) !== JSON.stringify(after[f]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
}

/** The versions of the catalog rows, newest first, each with what it changed against the one before. */
export async function catalogHistory(
  prisma: PrismaClient,
  filter: { entity?: CatalogEntity; entityId?: string },
  page: { skip: number; take: number },
) {
  const where = { entity: filter.entity, entityId: filter.entityId };
  const [rows, total] = await Promise.all([
    prisma.catalogVersion.findMany({ where, orderBy: [{ changedAt: 'desc' }, { id: 'desc' }], ...page }),
    prisma.catalogVersion.count({ where }),
  ]);
  const previous = await prisma.catalogVersion.findMany({
    where: { OR: rows.filter((r) => r.version > 1).map((r) => ({ entity: r.entity, entityId: r.entityId, version: r.version - 1 })) },
  });
  const key = (r: { entity: string; entityId: string; version: number }) => `${r.entity}:${r.entityId}:${r.version}`;
  const before = new Map(previous.map((p) => [key(p), p.data as Snapshot]));
  return {
    total,
    rows: rows.map((r) => ({
      id: String(r.id),
      entity: r.entity as CatalogEntity,
      entityId: r.entityId,
      version: r.version,
      data: r.data as Snapshot,
      changedAt: r.changedAt.toISOString(),
      changedById: r.changedById,
      changes: changesBetween(before.get(key({ ...r, version: r.version - 1 })), r.data as Snapshot),
    })),
  };
}
