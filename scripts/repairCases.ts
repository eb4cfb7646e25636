import { Client, Connection } from '@temporalio/client';
import { createPrismaClient } from '../prisma/client';
import { loadConfig } from '../shared/config';
import { describeOutcome, repairStuckCases } from './lib/caseRepair';

/**
 * `npm run repair-cases [-- --dry-run]`: finds the cases whose step keeps failing (the «Сбои»
 * list) and repairs those whose step the database refuses because of its input.
 */
async function main() {
  const dryRun = process.argv.includes('--dry-run');
  const config = loadConfig();
  const prisma = createPrismaClient(config.DATABASE_URL);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  try {
    const outcomes = await repairStuckCases(temporal, prisma, dryRun);
    if (outcomes.length === 0) console.log('Сбойных случаев нет.');
    for (const outcome of outcomes) console.log(describeOutcome(outcome, dryRun));
  } finally {
    await connection.close();
    await prisma.$disconnect();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
