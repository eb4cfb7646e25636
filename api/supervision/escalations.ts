import type { PrismaClient } from '../../prisma/client';
import type { EscalationTarget } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';

/** The chain level that reaches each overseeing role; auditors see every escalation. */
const TARGET_OF_ROLE: Partial<Record<Actor['role'], EscalationTarget>> = {
  SUPERVISOR: 'ORGANISATION_HEAD',
  COORDINATOR: 'REGIONAL_COORDINATOR',
};

/** From which escalation level a case waits for this actor (the level of the chain that names their role). */
export async function escalationThreshold(prisma: PrismaClient, actor: Actor): Promise<number> {
  const target = TARGET_OF_ROLE[actor.role];
  if (!target) return 1;
  const level = await prisma.escalationLevel.findFirst({ where: { target }, orderBy: { level: 'asc' } });
  return level?.level ?? 1;
}
