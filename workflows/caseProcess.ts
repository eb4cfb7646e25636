import { ApplicationFailure, isCancellation, log, patched } from '@temporalio/workflow';
import type { CaseNotification } from '../activities/notifications';
import { FINAL_STATUSES } from '../shared/domain';
import { localDate } from '../shared/calendar/localDate';
import { CASE_FAILURES, initialCaseState } from '../shared/needCase';
import type { Actor, Alarm, CaseDocument, CaseEvent, CaseEventType, CaseState, DeadlineKind, NeedCaseInput } from '../shared/needCase';
import { calendar, notifications, projection, projectionInTask, projectionInTaskBriefly } from './activityProxies';
import type { CaseAction, CaseContext } from './caseRules';
import { refusalOf } from './caseRules';
import { workflowNow } from './clock';

/** The life of one case: its state, the steps that change it, and the record of each step. */
export class CaseProcess {
  state: CaseState;
  /** True once the case is recorded and routed: registration has answered the operator. */
  routed: boolean;
  private unrecorded: CaseEvent[] = [];
  /** While registering: records go through a local activity, in the same workflow task (see activityProxies). */
  private recordInTask = false;

  constructor(
    private readonly input: NeedCaseInput,
    private readonly rules: Pick<CaseContext, 'claimByHolderRefused'>,
  ) {
    this.state = input.carriedState ?? initialCaseState(workflowNow().toISOString(), input.registration.organisationId);
    this.routed = Boolean(input.carriedState);
  }

  get isClosed(): boolean {
    return FINAL_STATUSES.includes(this.state.status);
  }

  /** Throws the refusal as a non-retryable failure the API turns into 403/409/422. */
  assertAllowed(action: CaseAction, actor: Actor): void {
    if (!actor?.userId || !actor.role) {
      throw ApplicationFailure.nonRetryable('Не указан пользователь, выполняющий действие', 'InvalidCaseInput');
    }
    const refusal = refusalOf(action, actor, {
      state: this.state,
      registration: this.input.registration,
      requiredDocuments: this.input.policy.requiredDocuments,
      today: localDate(workflowNow()),
      ...this.rules,
    });
    if (refusal) throw ApplicationFailure.nonRetryable(refusal.message, refusal.failure);
  }

  async register(): Promise<void> {
    const { registration, policy } = this.input;
    const receivedAt = this.receivedAt();
    if (receivedAt) this.state.registeredAt = receivedAt;
    this.note('REGISTERED', registration.registeredBy.userId, { measureId: registration.measureId, ...(receivedAt && { receivedAt }) });
    const due = await calendar.planDeadlines({
      from: this.state.registeredAt,
      acceptWorkingDays: policy.acceptWorkingDays,
      resolveWorkingDays: policy.resolveWorkingDays,
    });
    this.recordInTask = patched('registration-in-one-task');
    await this.routeTo(registration.organisationId, due, 'ROUTED', null, {});
    this.recordInTask = false;
    if (!receivedAt) {
      this.routed = true;
      return this.notify('CASE_ROUTED', {});
    }
    // A late-entered application may be overdue already: its escalations happen now, level by level,
    // and registration answers with the case as it then stands.
    await this.notify('CASE_ROUTED', {});
    const now = workflowNow().getTime();
    while (this.state.alarms[0] && new Date(this.state.alarms[0].at).getTime() <= now) await this.fireAlarm(this.state.alarms[0]);
    this.routed = true;
  }

  /** The instant the deadlines run from when the application was received before it was entered; never later than now. */
  private receivedAt(): string | null {
    const { receivedAt } = this.input;
    if (!receivedAt || !patched('application-received-date')) return null;
    const received = new Date(receivedAt);
    if (Number.isNaN(received.getTime())) {
      throw ApplicationFailure.nonRetryable('Неверная дата получения заявления', CASE_FAILURES.invalidInput);
    }
    return new Date(Math.min(received.getTime(), workflowNow().getTime())).toISOString();
  }

  async perform(action: CaseAction, actor: Actor): Promise<void> {
    const now = workflowNow().toISOString();
    const s = this.state;
    switch (action.type) {
      case 'claim':
        s.assigneeId = actor.userId;
        return this.record('CLAIMED', actor.userId, {});
      case 'assign':
        s.assigneeId = action.assigneeId;
        return this.record('ASSIGNED', actor.userId, { assigneeId: action.assigneeId });
      case 'accept':
        s.status = 'IN_PROGRESS';
        s.assigneeId ??= actor.userId;
        await this.measureAgainst('RESOLVE', s.resolveDueAt);
        return this.record('ACCEPTED', actor.userId, {});
      case 'requestInfo':
        s.pausedWorkingDaysLeft = await calendar.pauseDeadline({ now, dueAt: s.resolveDueAt as string });
        s.status = 'WAITING_INFO';
        await this.measureAgainst('RESOLVE', null);
        await this.record('INFO_REQUESTED', actor.userId, { question: action.question });
        return this.notify('INFO_REQUESTED', {});
      case 'provideInfo':
        s.resolveDueAt = await calendar.resumeDeadline({ now, workingDaysLeft: s.pausedWorkingDaysLeft ?? 0 });
        s.pausedWorkingDaysLeft = null;
        s.status = 'IN_PROGRESS';
        await this.measureAgainst('RESOLVE', s.resolveDueAt);
        return this.record('INFO_PROVIDED', actor.userId, { answer: action.answer });
      case 'attachDocument': {
        const document = this.versioned(action.document);
        s.documents.push(document);
        return this.record('DOCUMENT_ATTACHED', actor.userId, { document });
      }
      case 'removeDocument': {
        const document = s.documents.find((d) => d.id === action.documentId) as CaseDocument;
        Object.assign(document, { deletedAt: now, deletedById: actor.userId });
        return this.record('DOCUMENT_REMOVED', actor.userId, { documentId: document.id, fileName: document.fileName });
      }
      case 'comment':
        return this.record('COMMENTED', actor.userId, { text: action.text });
      case 'resolve':
        Object.assign(s, { supportDate: action.supportDate, report: action.report });
        return this.close('RESOLVED', actor, { supportDate: action.supportDate, report: action.report });
      case 'reject':
        Object.assign(s, { rejectionReason: action.reason, rejectionComment: action.comment });
        return this.close('REJECTED', actor, { reason: action.reason, comment: action.comment });
      case 'cancel':
        return this.close('CANCELLED', actor, { reason: action.reason });
      case 'reroute': {
        const due = await calendar.planDeadlines({
          from: now,
          acceptWorkingDays: this.input.policy.acceptWorkingDays,
          resolveWorkingDays: this.input.policy.resolveWorkingDays,
        });
        const from = s.organisationId;
        await this.routeTo(action.organisationId, due, 'REROUTED', actor.userId, { from, reason: action.reason });
        return this.notify('CASE_ROUTED', {});
      }
      case 'unclaim':
        return this.unclaim(actor);
    }
  }

  /**
   * Back to the organisation's queue: nobody holds the case, its status and deadlines stay as they are.
   * Behind a patch: histories recorded before unclaim existed never sent it, new ones mark where it came in.
   */
  private async unclaim(actor: Actor): Promise<void> {
    if (!patched('case-unclaim')) {
      throw ApplicationFailure.nonRetryable('Действие недоступно для этого дела', CASE_FAILURES.invalidTransition);
    }
    const from = this.state.assigneeId;
    this.state.assigneeId = null;
    await this.record('UNCLAIMED', actor.userId, { from });
  }

  /** A new document starts its own series; a new version continues the series of the one it replaces. */
  private versioned(document: CaseDocument): CaseDocument {
    const previous = document.replacesId ? this.state.documents.find((d) => d.id === document.replacesId) : undefined;
    if (!previous) return { ...document, seriesId: document.id, version: 1 };
    const seriesId = previous.seriesId ?? previous.id;
    // Numbered after the newest version of the series, even when an older one is the one replaced.
    const latest = Math.max(...this.state.documents.filter((d) => (d.seriesId ?? d.id) === seriesId).map((d) => d.version ?? 1));
    return { ...document, kind: previous.kind, seriesId, version: latest + 1 };
  }

  async fireAlarm(alarm: Alarm): Promise<void> {
    this.state.alarms = this.state.alarms.filter((a) => a !== alarm);
    if (alarm.kind === 'ESCALATION') this.state.escalationLevel = alarm.level ?? this.state.escalationLevel;
    const type = alarm.kind === 'REMINDER' ? 'REMINDER' : 'ESCALATED';
    await this.record(type, null, { deadline: alarm.deadline, level: alarm.level, target: alarm.target });
    await this.notify(alarm.kind, { deadline: alarm.deadline, level: alarm.level, target: alarm.target });
  }

  private async routeTo(
    organisationId: string,
    due: { acceptDueAt: string; resolveDueAt: string },
    type: CaseEventType,
    actorId: string | null,
    data: Record<string, unknown>,
  ): Promise<void> {
    Object.assign(this.state, { organisationId, status: 'ASSIGNED', assigneeId: null, ...due });
    await this.measureAgainst('ACCEPT', due.acceptDueAt);
    await this.record(type, actorId, { ...data, organisationId });
  }

  private async close(status: 'RESOLVED' | 'REJECTED' | 'CANCELLED', actor: Actor, data: Record<string, unknown>) {
    this.state.status = status;
    this.state.closedAt = workflowNow().toISOString();
    this.state.pausedWorkingDaysLeft = null;
    await this.measureAgainst('RESOLVE', null);
    await this.record(status, actor.userId, data);
    await this.notify('CASE_CLOSED', {});
  }

  /** Switch the deadline the case is measured against; escalation starts over for a new deadline. */
  private async measureAgainst(deadline: DeadlineKind, dueAt: string | null): Promise<void> {
    this.state.activeDueAt = dueAt;
    this.state.escalationLevel = 0;
    this.state.alarms = dueAt
      ? await calendar.planAlarms({
          setAt: workflowNow().toISOString(),
          dueAt,
          deadline,
          reminderWorkingDaysBefore: this.input.policy.reminderWorkingDaysBefore,
          escalationChain: this.input.policy.escalationChain,
        })
      : [];
  }

  /** Numbers an event; it is written with the next record(), together with the state after it. */
  private note(type: CaseEventType, actorId: string | null, data: Record<string, unknown>): void {
    this.state.seq += 1;
    this.unrecorded.push({ seq: this.state.seq, type, actorId, at: workflowNow().toISOString(), data });
  }

  private async record(type: CaseEventType, actorId: string | null, data: Record<string, unknown>): Promise<void> {
    this.note(type, actorId, data);
    const events = this.unrecorded;
    this.unrecorded = [];
    const change = { registration: this.input.registration, events, state: this.state };
    if (!this.recordInTask) return projection.recordCaseChange(change);
    if (!patched('in-task-record-falls-back')) return projectionInTask.recordCaseChange(change);
    try {
      await projectionInTaskBriefly.recordCaseChange(change);
    } catch (err) {
      // A local activity's last failure arrives as its own error, not wrapped in ActivityFailure.
      if (isCancellation(err)) throw err;
      await projection.recordCaseChange(change);
    }
  }

  private async notify(kind: CaseNotification['kind'], extra: Partial<CaseNotification>): Promise<void> {
    const { needId } = this.input.registration;
    try {
      await notifications.notifyCase({
        idempotencyKey: `${needId}:${this.state.seq}:${kind}`,
        needId,
        organisationId: this.state.organisationId,
        assigneeId: this.state.assigneeId,
        kind,
        ...extra,
      });
    } catch (err) {
      // A notification that cannot be delivered is logged; the case itself goes on.
      log.warn('case notification failed', { needId, kind, error: String(err) });
    }
  }
}
