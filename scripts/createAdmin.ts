import { hashPassword, passwordPolicy } from '../api/auth/passwords';
import { createPrismaClient } from '../prisma/client';
import { loadConfig } from '../shared/config';

/**
 * Bootstraps an administrator: `ADMIN_PASSWORD=… npm run create-admin -- <username> "<full name>"`.
 * The password comes from the environment, never from a default, and must pass the policy.
 */
async function main() {
  const [username, fullName = 'Администратор'] = process.argv.slice(2);
  const password = process.env.ADMIN_PASSWORD;
  if (!username || !password) throw new Error('Usage: ADMIN_PASSWORD=<password> npm run create-admin -- <username> ["Full Name"]');
  const checked = passwordPolicy(username).safeParse(password);
  if (!checked.success) throw new Error(`Password refused: ${checked.error.issues.map((i) => i.message).join('; ')}`);
  const config = loadConfig();
  const prisma = createPrismaClient(config.DATABASE_URL);
  const passwordHash = await hashPassword(password);
  await prisma.user.upsert({
    where: { username },
    create: { username, fullName, role: 'ADMIN', passwordHash },
    update: { role: 'ADMIN', passwordHash, failedLogins: 0, lockedUntil: null, active: true },
  });
  await prisma.$disconnect();
  console.log(`Administrator ${username} is ready.`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
