import { WorkflowUpdateStage } from '@temporalio/client';
import type { Actor } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import { commentUpdate } from '../../workflows/needCase';
import type { createActivities } from '../../worker/activities';
import type { TestSystem } from './system';

type Activities = ReturnType<typeof createActivities>;

/** The projection as it was before text was checked: PostgreSQL refused a NUL and every retry failed the same way. */
export const projectionRefusingNul = (real: Activities): Activities => ({
  ...real,
  async recordCaseChange(input) {
    if (JSON.stringify(input).includes('\\u0000')) throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
    return real.recordCaseChange(input);
  },
});

export async function actorOf(system: TestSystem, userId: string): Promise<Actor> {
  const user = await system.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return { userId: user.id, role: user.role as Actor['role'], organisationId: user.organisationId, municipalityId: user.municipalityId };
}

/** Sends a comment straight to the case's workflow, past the API's text checks, as the old API let through; returns once accepted. */
export async function commentPastTheApi(system: TestSystem, needId: string, userId: string, text: string): Promise<void> {
  await system.temporal.workflow
    .getHandle(needWorkflowId(needId))
    .startUpdate(commentUpdate, { args: [{ actor: await actorOf(system, userId), text }], waitForStage: WorkflowUpdateStage.ACCEPTED });
}

/** Polls until the probe returns something (integration tests wait for servers, never for fixed times). */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
