import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import Long from 'long';
import type { Prisma, PrismaClient } from '../../prisma/client';
import type { OpenUpdate } from '../../api/failures/caseHistory';
import type { StuckCase } from '../../api/failures/stuckCases';
import { findStuckCases } from '../../api/failures/stuckCases';

/** What the repair does to one stuck case. */
export type RepairPlan =
  { kind: 'RESET'; toEventId: number; dropped: OpenUpdate[] } | { kind: 'TERMINATE' } | { kind: 'SKIP'; reason: string };

const PROJECTION_ACTIVITY = 'recordCaseChange';

/**
 * Decides the repair from the workflow's own history. Only a step the database refuses because of
 * what it was given is repaired: an action is undone by resetting the workflow to the workflow task
 * before the action was accepted (the action's input is dropped, nothing recorded is lost); a
 * registration that could never be written is ended, since no need row exists for it.
 */
export function planRepair(stuck: StuckCase, needRecorded: boolean): RepairPlan {
  if (!stuck.needId) return { kind: 'SKIP', reason: 'не процесс случая' };
  if (stuck.step === 'WORKFLOW_TASK') return { kind: 'SKIP', reason: 'падает код процесса: нужна правка кода, не данных' };
  if (stuck.failure.kind !== 'INVALID_DATA') return { kind: 'SKIP', reason: `сбой не из-за данных шага: ${stuck.failure.message}` };
  const scheduled = stuck.history.scheduledActivity(stuck.activityId ?? '');
  if (!scheduled) return { kind: 'SKIP', reason: 'шаг не найден в истории процесса' };
  if (!needRecorded && scheduled.events.some((e) => e.type === 'REGISTERED')) return { kind: 'TERMINATE' };

  const running = stuck.history.openUpdatesBefore(scheduled.eventId).find((u) => u.name !== 'registered');
  const stepActor = scheduled.events[scheduled.events.length - 1]?.actorId;
  if (!running || !running.actor || running.actor.userId !== stepActor) {
    return { kind: 'SKIP', reason: 'сбойный шаг не действие пользователя (напоминание или эскалация): нужен разбор' };
  }
  const toEventId = stuck.history.workflowTaskCompletedBefore(running.acceptedEventId);
  if (toEventId === null) return { kind: 'SKIP', reason: 'нет точки для сброса перед действием' };
  // Resetting past a written projection step or an answered action would lose what the case recorded.
  if (stuck.history.completedActivityAfter(toEventId, PROJECTION_ACTIVITY) || stuck.history.completedUpdatesAfter(toEventId).length > 0) {
    return { kind: 'SKIP', reason: 'после точки сброса уже записаны события случая' };
  }
  const dropped = stuck.history.openUpdatesBefore(Number.MAX_SAFE_INTEGER).filter((u) => u.acceptedEventId > toEventId);
  return { kind: 'RESET', toEventId, dropped };
}

// JSON.stringify already writes C0 controls and lone surrogates as \uXXXX; these it leaves as they are.
const INVISIBLE_OR_BIDI: [number, number][] = [
  [0x7f, 0x9f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/** JSON with control, invisible and bidi characters written as \uXXXX: PostgreSQL stores it and a reader sees them. */
export function printable(value: unknown): string {
  return [...(JSON.stringify(value) ?? 'null')]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      return INVISIBLE_OR_BIDI.some(([from, to]) => code >= from && code <= to) ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    })
    .join('');
}

export interface RepairOutcome {
  workflowId: string;
  plan: RepairPlan;
  newRunId?: string;
  auditId?: string;
}

/** Applies a plan and records it in the audit log (actor: the system); the dropped input is kept there, escaped. */
export async function applyRepair(temporal: Client, prisma: PrismaClient, stuck: StuckCase, plan: RepairPlan): Promise<RepairOutcome> {
  const outcome: RepairOutcome = { workflowId: stuck.workflowId, plan };
  if (plan.kind === 'SKIP') return outcome;
  const reason = `repair-cases: ${stuck.failure.message}`;
  if (plan.kind === 'RESET') {
    const response = await temporal.workflowService.resetWorkflowExecution({
      namespace: temporal.options.namespace,
      workflowExecution: { workflowId: stuck.workflowId, runId: stuck.runId },
      reason,
      workflowTaskFinishEventId: Long.fromNumber(plan.toEventId),
      requestId: randomUUID(),
      resetReapplyExcludeTypes: [proto.api.enums.v1.ResetReapplyExcludeType.RESET_REAPPLY_EXCLUDE_TYPE_UPDATE],
    });
    outcome.newRunId = response.runId ?? undefined;
  } else {
    await temporal.workflow.getHandle(stuck.workflowId, stuck.runId).terminate(reason);
  }
  const changes = {
    repair: plan.kind,
    workflowId: stuck.workflowId,
    runId: stuck.runId,
    newRunId: outcome.newRunId ?? null,
    activityType: stuck.activityType,
    attempts: stuck.attempt,
    failure: stuck.failure.message,
    resetToEventId: plan.kind === 'RESET' ? plan.toEventId : null,
    dropped:
      plan.kind === 'RESET'
        ? plan.dropped.map((u) => ({ update: u.name, updateId: u.updateId, actorId: u.actor?.userId ?? null, input: printable(u.input) }))
        : [{ update: 'registration', input: printable(stuck.history.startInput?.registration ?? null) }],
  };
  const entry = await prisma.auditLog.create({
    data: {
      actorRole: 'SYSTEM',
      action: 'CASE_REPAIRED',
      entity: 'Need',
      entityId: stuck.needId,
      changes: changes as Prisma.InputJsonObject,
    },
  });
  outcome.auditId = entry.id.toString();
  return outcome;
}

/** One line per case for the command's output: what was (or would be) done, without case data. */
export function describeOutcome(outcome: RepairOutcome, dryRun: boolean): string {
  const { plan } = outcome;
  const head = `${outcome.workflowId}:`;
  const audit = outcome.auditId ? ` (AuditLog #${outcome.auditId})` : '';
  if (plan.kind === 'SKIP') return `${head} не исправляется автоматически — ${plan.reason}`;
  if (plan.kind === 'TERMINATE') {
    return `${head} ${dryRun ? 'будет завершён' : 'завершён'}: регистрация не может быть записана, заявки в базе нет${audit}`;
  }
  const dropped = plan.dropped.map((u) => `${u.name} от ${u.actor?.userId ?? '?'}`).join(', ');
  const run = outcome.newRunId ? `, новый запуск ${outcome.newRunId}` : '';
  return `${head} ${dryRun ? 'будет сброшен' : 'сброшен'} к событию ${plan.toEventId}${run}; отброшены действия: ${dropped}${audit}`;
}

/** Finds the stuck cases and repairs each one that can be (or, with dryRun, only says what it would do). */
export async function repairStuckCases(temporal: Client, prisma: PrismaClient, dryRun: boolean): Promise<RepairOutcome[]> {
  const stuck = await findStuckCases(temporal);
  const needIds = stuck.map((s) => s.needId).filter((id): id is string => id !== null);
  const recorded = new Set((await prisma.need.findMany({ where: { id: { in: needIds } }, select: { id: true } })).map((n) => n.id));
  const outcomes: RepairOutcome[] = [];
  for (const s of stuck) {
    const plan = planRepair(s, s.needId !== null && recorded.has(s.needId));
    outcomes.push(dryRun ? { workflowId: s.workflowId, plan } : await applyRepair(temporal, prisma, s, plan));
  }
  return outcomes;
}
