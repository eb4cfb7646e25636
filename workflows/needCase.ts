import { allHandlersFinished, condition, continueAsNew, defineQuery, defineUpdate, setHandler, workflowInfo } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor, CaseDocument, CaseState, NeedCaseInput } from '../shared/needCase';
import type { RejectionReason } from '../shared/domain';
import { CaseProcess } from './caseProcess';
import type { CaseAction } from './caseRules';
import { msUntil } from './clock';

type By<T = unknown> = T & { actor: Actor };

/** Answers once the case is recorded and routed; sent together with the start (update-with-start). */
export const registeredUpdate = defineUpdate<CaseState>('registered');
export const claimUpdate = defineUpdate<CaseState, [By]>('claim');
export const assignUpdate = defineUpdate<CaseState, [By<{ assigneeId: string; assigneeOrganisationId: string }>]>('assign');
export const acceptUpdate = defineUpdate<CaseState, [By]>('accept');
export const requestInfoUpdate = defineUpdate<CaseState, [By<{ question: string }>]>('requestInfo');
export const provideInfoUpdate = defineUpdate<CaseState, [By<{ answer: string }>]>('provideInfo');
export const attachDocumentUpdate = defineUpdate<CaseState, [By<{ document: CaseDocument }>]>('attachDocument');
export const removeDocumentUpdate = defineUpdate<CaseState, [By<{ documentId: string }>]>('removeDocument');
export const commentUpdate = defineUpdate<CaseState, [By<{ text: string }>]>('comment');
export const resolveUpdate = defineUpdate<CaseState, [By<{ supportDate: string; report: string }>]>('resolve');
export const rejectUpdate = defineUpdate<CaseState, [By<{ reason: RejectionReason; comment: string }>]>('reject');
export const cancelUpdate = defineUpdate<CaseState, [By<{ reason: string }>]>('cancel');
export const rerouteUpdate = defineUpdate<CaseState, [By<{ organisationId: string; reason: string }>]>('reroute');
export const caseStateQuery = defineQuery<CaseState>('caseState');

/** Every case action, by the update that carries it. */
export const CASE_ACTION_UPDATES = {
  claim: claimUpdate,
  assign: assignUpdate,
  accept: acceptUpdate,
  requestInfo: requestInfoUpdate,
  provideInfo: provideInfoUpdate,
  attachDocument: attachDocumentUpdate,
  removeDocument: removeDocumentUpdate,
  comment: commentUpdate,
  resolve: resolveUpdate,
  reject: rejectUpdate,
  cancel: cancelUpdate,
  reroute: rerouteUpdate,
} as const;

/**
 * One need of one person, from registration to support given, refused or withdrawn:
 * route it to the responsible organisation, wait for its people to act or for a deadline,
 * remind before each deadline and escalate up the chain after it.
 */
export async function needCase(input: NeedCaseInput): Promise<CaseState> {
  const theCase = new CaseProcess(input);
  let busy = false;

  // Steps never interleave: each waits for the previous one's records to be written.
  const exclusively = async <T>(step: () => Promise<T>): Promise<T> => {
    await condition(() => !busy);
    busy = true;
    try {
      return await step();
    } finally {
      busy = false;
    }
  };

  setHandler(caseStateQuery, () => theCase.state);
  setHandler(registeredUpdate, async () => {
    await condition(() => theCase.routed);
    return theCase.state;
  });
  for (const [type, update] of Object.entries(CASE_ACTION_UPDATES)) {
    const actionOf = ({ actor: _actor, ...payload }: By) => ({ type, ...payload }) as CaseAction;
    setHandler(
      update as UpdateDefinition<CaseState, [By]>,
      (request: By) =>
        exclusively(async () => {
          theCase.assertAllowed(actionOf(request), request.actor); // the state may have moved since validation
          await theCase.perform(actionOf(request), request.actor);
          return theCase.state;
        }),
      { validator: (request: By) => theCase.assertAllowed(actionOf(request), request?.actor) },
    );
  }

  if (!theCase.routed) await exclusively(() => theCase.register());

  while (!theCase.isClosed) {
    const seen = theCase.state.seq;
    const next = theCase.state.alarms[0];
    const changed = next
      ? await condition(() => theCase.state.seq !== seen, Math.max(msUntil(next.at), 1))
      : await condition(() => theCase.state.seq !== seen).then(() => true);
    if (!changed) {
      await exclusively(async () => {
        if (theCase.state.seq === seen) await theCase.fireAlarm(next);
      });
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(() => !busy && allHandlersFinished());
      await continueAsNew<typeof needCase>({ ...input, carriedState: theCase.state });
    }
  }

  await condition(allHandlersFinished);
  return theCase.state;
}
