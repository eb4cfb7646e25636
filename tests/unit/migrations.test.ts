import { prismaCli } from '../../scripts/lib/migrate';
import { createTestDatabase } from '../../scripts/lib/testDatabase';
import { createPrismaClient, Prisma } from '../../prisma/client';

/**
 * Guards the pinned Prisma 6.19.3 + WebAssembly engine + adapter fixes: migrations apply and
 * report clean on a fresh database, the schema matches them (through a real shadow database),
 * and the runtime client works through the adapter subclass.
 */
/** Shadow databases on the server; another run's leftovers are not this run's. */
async function shadowDatabases(url: string): Promise<string[]> {
  const prisma = createPrismaClient(url);
  try {
    const rows = await prisma.$queryRaw<{ datname: string }[]>`
      SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%' ORDER BY datname`;
    return rows.map((row) => row.datname);
  } finally {
    await prisma.$disconnect();
  }
}

describe('Prisma migrations on PostgreSQL without native engines', () => {
  it('reports the migrations applied and no drift between schema and migrations (through the shadow database)', async () => {
    const db = await createTestDatabase('sp_migrate');
    try {
      const shadowsBefore = await shadowDatabases(db.url);
      const status = await prismaCli(db.url, ['migrate', 'status']);
      expect(status.stdout).toMatch(/Database schema is up to date/);
      const diff = await prismaCli(db.url, [
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema-datamodel',
        'prisma/schema.prisma',
        '--exit-code',
      ]);
      expect(diff.stdout).toMatch(/No difference detected|empty migration/i);
      // The adapter's shadow database was another database (the real one kept no trace) and is gone.
      expect(await shadowDatabases(db.url)).toEqual(shadowsBefore);
      const prisma = createPrismaClient(db.url);
      const [{ tables }] = await prisma.$queryRaw<
        { tables: bigint }[]
      >`SELECT count(*) AS tables FROM pg_tables WHERE schemaname = 'public'`;
      await prisma.$disconnect();
      expect(Number(tables)).toBe(51); // 50 models and _prisma_migrations, nothing added by the diff
    } finally {
      await db.drop();
    }
  }, 120_000);

  it('runs transactions and reports unique violations through the adapter', async () => {
    const db = await createTestDatabase('sp_adapter');
    const prisma = createPrismaClient(db.url);
    try {
      const org = { code: 'X', name: 'X', shortName: 'X', kind: 'MINISTRY' as const, email: 'x@example.org' };
      await prisma.$transaction(async (tx) => {
        await tx.organisation.create({ data: org });
      });
      const duplicate = await prisma.organisation.create({ data: org }).catch((e: unknown) => e);
      expect(duplicate).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      expect((duplicate as Prisma.PrismaClientKnownRequestError).code).toBe('P2002');
      const rolledBack = await prisma
        .$transaction(async (tx) => {
          await tx.organisation.create({ data: { ...org, code: 'Y' } });
          throw new Error('abort');
        })
        .catch(() => 'rolled back');
      expect(rolledBack).toBe('rolled back');
      expect(await prisma.organisation.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
      await db.drop();
    }
  });
});
