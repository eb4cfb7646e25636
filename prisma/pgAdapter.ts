import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { parse } from 'pg-connection-string';
import { PrismaPg } from '@prisma/adapter-pg';

/**
 * @prisma/adapter-pg 6.19.3 with the four defects that the WebAssembly schema engine hits fixed
 * (see docs/ARCHITECTURE.md, "Prisma offline"). Used by the CLI config and by every runtime client.
 */

const PG_CHAR_OID = 18;
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function relabelCatalogTypes<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID || field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/** Defect 1: catalog columns of type "char" and name are rejected by the adapter; report them as text. */
class CatalogTypesAsTextClient extends pg.Client {
  // pg's query has many overloads (promise and callback forms); both are wrapped.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, err ? res : relabelCatalogTypes(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return typeof result?.then === 'function' ? result.then(relabelCatalogTypes) : result;
  }
}

function poolConfig(connectionString: string, database?: string): pg.PoolConfig {
  const fields = parse(connectionString);
  return {
    host: fields.host ?? undefined,
    port: fields.port ? Number(fields.port) : undefined,
    user: fields.user,
    password: fields.password,
    database: database ?? fields.database ?? undefined,
    Client: CatalogTypesAsTextClient,
    allowExitOnIdle: true,
  };
}

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;

/** Defect 4: run a migration script as one simple-protocol query on one connection (atomic, no `;` splitting). */
function runScriptsWhole(adapter: Adapter): Adapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // onError maps pg errors to the engine's error kinds and rethrows
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

export class OfflinePrismaPg extends PrismaPg {
  constructor(
    private readonly connectionString: string,
    database?: string,
  ) {
    super(poolConfig(connectionString, database));
  }

  async connect(): Promise<Adapter> {
    return runScriptsWhole(await super.connect());
  }

  /** Defects 2 and 3: a shadow database that really is another database, dropped after its pool closes. */
  async connectToShadowDb(): Promise<Adapter> {
    const admin = await this.connect();
    const database = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new OfflinePrismaPg(this.connectionString, database).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}
