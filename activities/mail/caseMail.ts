import { renderMail } from '../../templates/email/render';
import type { RenderedMail } from '../../templates/email/render';
import type { CaseNotification } from '../notifications';
import type { caseFacts } from './caseFacts';
import { deadlineDay } from '../../shared/caseWording';
import type { Audience } from './recipients';
import { REJECTION_REASON_NAMES, inSentence, nameOf } from '../../shared/domainNames';

type Facts = Awaited<ReturnType<typeof caseFacts>>;

/** The mail about one case step, worded for its reader. */
export function caseMail(
  notification: CaseNotification,
  facts: Facts,
  audience: Audience,
  extra: { settingsUrl: string; levelTitle?: string },
): RenderedMail {
  const { need } = facts;
  const common = {
    settingsUrl: extra.settingsUrl,
    caseNumber: facts.caseNumber,
    caseUrl: facts.caseUrl,
    measure: facts.measure,
    organisation: facts.organisation,
    // Only the operator who registered the need reads the person's name in a mail.
    person: audience === 'OPERATOR' ? facts.personName : '',
  };
  const due = notification.deadline === 'RESOLVE' ? need.resolveDueAt : (need.acceptDueAt ?? need.resolveDueAt);
  switch (notification.kind) {
    case 'CASE_ROUTED':
      return renderMail('caseRouted', `Новое дело № ${facts.caseNumber}: ${facts.measure}`, {
        ...common,
        dueDate: deadlineDay(need.acceptDueAt),
      });
    case 'REMINDER':
      return renderMail('reminder', `Напоминание о сроке по делу № ${facts.caseNumber}`, {
        ...common,
        dueDate: deadlineDay(due),
        deadlineName: notification.deadline === 'RESOLVE' ? 'срок решения' : 'срок принятия в работу',
      });
    case 'ESCALATION':
      return renderMail('escalation', `Эскалация (уровень ${notification.level}): дело № ${facts.caseNumber} просрочено`, {
        ...common,
        level: notification.level,
        levelTitle: extra.levelTitle ?? '',
        dueDate: deadlineDay(due),
      });
    case 'INFO_REQUESTED':
      return renderMail('infoRequested', `Запрошена информация по делу № ${facts.caseNumber}`, common);
    case 'CASE_CLOSED': {
      const resolved = need.status === 'RESOLVED';
      return renderMail('caseClosed', `${resolved ? 'Поддержка оказана' : 'Отказ'}: дело № ${facts.caseNumber}`, {
        ...common,
        outcome: resolved ? 'поддержка оказана' : 'в поддержке отказано',
        reason: resolved
          ? ''
          : [need.rejectionReason ? inSentence(nameOf(REJECTION_REASON_NAMES, need.rejectionReason)) : '', need.rejectionComment ?? '']
              .filter(Boolean)
              .join('. '),
      });
    }
  }
}
