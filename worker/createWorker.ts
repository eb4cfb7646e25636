import { NativeConnection, Worker } from '@temporalio/worker';
import { TASK_QUEUE } from '../shared/needCase';
import type { createActivities } from './activities';

export interface WorkerOptions {
  temporalAddress: string;
  namespace: string;
  activities: ReturnType<typeof createActivities>;
  taskQueue?: string;
  /** Open cases kept in memory (WORKER_MAX_CACHED_WORKFLOWS); the SDK's default depends on the machine's memory. */
  maxCachedWorkflows?: number;
  /** How long activities in flight may finish after shutdown was asked for (ms). */
  shutdownGraceTime?: number;
}

/** A worker for the needCase workflow; the workflows are bundled from their folder by path. */
export async function createWorker(options: WorkerOptions): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue ?? TASK_QUEUE,
    workflowsPath: require.resolve('../workflows'),
    activities: options.activities,
    shutdownGraceTime: options.shutdownGraceTime ?? 0,
    ...(options.maxCachedWorkflows !== undefined && { maxCachedWorkflows: options.maxCachedWorkflows }),
  });
  return { worker, connection };
}
