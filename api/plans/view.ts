import type { PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import type { z } from '../../shared/schemas/zod';
import type { planSchema } from '../../shared/schemas/plan';
import { planScope } from '../access/scopes';
import { notFound } from '../http/errors';

export type PlanView = z.infer<typeof planSchema>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The plan page: the projection rows, with each point's measure, organisation and its case's escalation. */
export async function findPlan(prisma: PrismaClient, actor: Actor, planId: string): Promise<PlanView | null> {
  const plan = await prisma.supportPlan.findFirst({
    where: { AND: [{ id: planId }, planScope(actor)] },
    include: {
      template: { select: { id: true, name: true } },
      person: { select: { id: true, lastName: true, firstName: true, middleName: true } },
      points: { orderBy: { position: 'asc' } },
    },
  });
  if (!plan) return null;
  const [measures, organisations, needs] = await Promise.all([
    prisma.supportMeasure.findMany({ where: { id: { in: plan.points.map((p) => p.measureId) } }, select: { id: true, name: true } }),
    prisma.organisation.findMany({ where: { id: { in: plan.points.map((p) => p.organisationId) } }, select: { id: true, name: true } }),
    prisma.need.findMany({ where: { id: { in: plan.points.map((p) => p.needId) } }, select: { id: true, escalationLevel: true } }),
  ]);
  const measure = new Map(measures.map((m) => [m.id, m]));
  const organisation = new Map(organisations.map((o) => [o.id, o]));
  const escalation = new Map(needs.map((n) => [n.id, n.escalationLevel]));
  const { person } = plan;
  return {
    id: plan.id,
    template: plan.template,
    person: { id: person.id, fullName: [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ') },
    status: plan.status as PlanView['status'],
    onPredecessorRejected: plan.onPredecessorRejected,
    startedAt: plan.startedAt.toISOString(),
    plannedEndAt: plan.plannedEndAt.toISOString(),
    closedAt: iso(plan.closedAt),
    latePoints: plan.latePoints,
    escalationLevel: Math.max(0, ...escalation.values()),
    criticalPath: plan.criticalPath,
    points: plan.points.map((p) => ({
      key: p.key,
      title: p.title,
      needId: p.needId,
      measure: measure.get(p.measureId)!,
      organisation: organisation.get(p.organisationId)!,
      durationWorkingDays: p.durationWorkingDays,
      evidenceDocument: p.evidenceDocument,
      predecessors: p.predecessors,
      status: p.status as PlanView['points'][number]['status'],
      plannedStartAt: p.plannedStartAt.toISOString(),
      plannedDueAt: p.plannedDueAt.toISOString(),
      startedAt: iso(p.startedAt),
      closedAt: iso(p.closedAt),
      late: p.late,
      onCriticalPath: plan.criticalPath.includes(p.key),
      escalationLevel: escalation.get(p.needId) ?? 0,
    })),
  };
}

export async function loadPlan(prisma: PrismaClient, actor: Actor, planId: string): Promise<PlanView> {
  const plan = await findPlan(prisma, actor, planId);
  if (!plan) throw notFound('План сопровождения');
  return plan;
}
