import { WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { ApiContext } from '../context';
import { ServiceUnavailable } from '../http/errors';

/**
 * Every Update the API sends to a case workflow runs under a deadline (UPDATE_DEADLINE_MS): when the
 * worker is down or the case is stuck, the caller gets 503 with Retry-After instead of a request
 * that never answers. The Update itself may still be delivered later; the routes are safe to retry
 * (an Idempotency-Key, and the case rules, keep a retry from doing the action twice).
 */
export async function withinUpdateDeadline<T>(ctx: ApiContext, send: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + ctx.config.UPDATE_DEADLINE_MS;
  try {
    return await ctx.temporal.withDeadline(deadline, send);
  } catch (err) {
    if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError || Date.now() >= deadline) {
      throw new ServiceUnavailable(
        'Дело сейчас не отвечает: действие не подтверждено, повторите его немного позже',
        Math.ceil(ctx.config.UPDATE_DEADLINE_MS / 1000),
      );
    }
    throw err;
  }
}
