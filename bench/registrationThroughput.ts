import type { Client } from '@temporalio/client';
import type { PrismaClient } from '../prisma/client';
import type { SessionService } from '../api/auth/sessions';
import { TASK_QUEUE } from '../shared/needCase';
import { runConcurrently } from './stats';
import { registrationCost } from './registrationCost';

/**
 * (a) Needs registered per second end to end — POST /api/needs answers once the workflow has
 * written the queue row — next to a raw client starting empty workflows on the same server.
 */
export async function measureRegistration(opts: {
  apiUrl: string;
  prisma: PrismaClient;
  temporal: Client;
  sessions: SessionService;
  count: number;
  concurrency: number;
}) {
  const operator = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const person = await opts.prisma.person.findFirstOrThrow({ where: { municipalityId: operator.municipalityId as string } });
  const measure = await opts.prisma.supportMeasure.findFirstOrThrow({ where: { code: 'SOC_CHILD_BENEFIT' } });
  const before = await opts.prisma.need.count();
  const { accessToken } = await opts.sessions.issue(operator, '127.0.0.1');

  let workflowId = '';
  const needsMs = await runConcurrently([...Array(opts.count).keys()], opts.concurrency, async (i) => {
    const res = await fetch(`${opts.apiUrl}/api/needs`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${accessToken}`,
        'idempotency-key': `bench-${Date.now()}-${i}`,
      },
      body: JSON.stringify({ personId: person.id, measureId: measure.id, description: `Бенчмарк ${i}` }),
    });
    if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
    workflowId ||= ((await res.json()) as { workflowId: string }).workflowId;
  });
  const visible = (await opts.prisma.need.count({ where: { status: 'ASSIGNED' } })) - before;
  if (visible < opts.count) throw new Error(`only ${visible} of ${opts.count} needs are in the queue table`);

  const runId = Date.now();
  const emptyMs = await runConcurrently([...Array(opts.count).keys()], opts.concurrency, async (i) => {
    await opts.temporal.workflow.start('emptyWorkflow', { taskQueue: TASK_QUEUE, workflowId: `bench-empty-${runId}-${i}` });
  });
  return {
    needsPerSecond: (opts.count / needsMs) * 1000,
    emptyStartsPerSecond: (opts.count / emptyMs) * 1000,
    cost: await registrationCost(opts.temporal, workflowId),
  };
}
