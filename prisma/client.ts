import { PrismaClient } from './generated/client';
import { OfflinePrismaPg } from './pgAdapter';

export { Prisma, PrismaClient } from './generated/client';

/** The one way a process builds its Prisma client: the driver adapter with the offline fixes. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new OfflinePrismaPg(databaseUrl) });
}
