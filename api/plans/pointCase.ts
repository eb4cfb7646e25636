import type { EscalationTarget } from '../../shared/domain';
import type { Actor, NeedCaseInput } from '../../shared/needCase';
import { NEED_CASE_INPUT_VERSION } from '../../shared/needCase';

interface Measure {
  id: string;
  organisationId: string;
  acceptWorkingDays: number;
  reminderWorkingDaysBefore: number;
  requiredDocuments: unknown;
}

export interface TemplatePoint {
  key: string;
  title: string;
  durationWorkingDays: number;
  evidenceDocument: string;
  /** null for a free task. */
  measure: Measure | null;
  /** Who answers for the point; null = the measure's own organisation. */
  organisationId: string | null;
}

/**
 * The case a control point becomes. A point of a measure is a case of that measure; a free task is
 * a case of the generic plan-task measure, described by the point's title and answered for by the
 * point's organisation — so every point is an ordinary case in the queues, the overdue board and the timeline.
 */
export function pointCase(
  point: TemplatePoint,
  plan: {
    templateName: string;
    needId: string;
    personId: string;
    municipalityId: string;
    actor: Actor;
    taskMeasure: Measure;
    escalationChain: { level: number; target: EscalationTarget; afterWorkingDays: number }[];
  },
): NeedCaseInput {
  const measure = point.measure ?? plan.taskMeasure;
  const what = point.measure ? `${plan.templateName}: ${point.title}` : `Задача плана «${plan.templateName}»: ${point.title}`;
  return {
    version: NEED_CASE_INPUT_VERSION,
    registration: {
      needId: plan.needId,
      personId: plan.personId,
      measureId: measure.id,
      organisationId: point.organisationId ?? measure.organisationId,
      municipalityId: plan.municipalityId,
      description: `${what}. Подтверждение: ${point.evidenceDocument}`,
      registeredBy: plan.actor,
    },
    // The point's duration is its case's resolve deadline; acceptance keeps the measure's own term.
    policy: {
      acceptWorkingDays: Math.min(measure.acceptWorkingDays, point.durationWorkingDays),
      resolveWorkingDays: point.durationWorkingDays,
      reminderWorkingDaysBefore: Math.min(measure.reminderWorkingDaysBefore, point.durationWorkingDays - 1),
      requiredDocuments: (measure.requiredDocuments as { code: string }[]).map((d) => d.code),
      escalationChain: plan.escalationChain,
    },
  };
}
