import { defineConfig } from 'prisma/config';
import { OfflinePrismaPg } from './prisma/pgAdapter';

// Prisma 6.19.3 with the WebAssembly schema engine: nothing is downloaded (see docs/ARCHITECTURE.md).
// The CLI is always run by our scripts with DATABASE_URL set (a placeholder for `generate`).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL must be set for Prisma migrations');
    return new OfflinePrismaPg(url);
  },
});
