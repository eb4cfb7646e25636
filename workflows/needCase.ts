import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineUpdate,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor, CaseState, NeedCaseInput } from '../shared/needCase';
import { CaseProcess } from './caseProcess';
import type { CaseAction, CaseActionType } from './caseRules';
import { msUntil } from './clock';

type By<T = unknown> = T & { actor: Actor };
type PayloadOf<K extends CaseActionType> = Omit<Extract<CaseAction, { type: K }>, 'type'>;

/** The Update that carries one case action, named after it; its payload is the action's, plus the acting user. */
const caseUpdate = <K extends CaseActionType>(type: K) => defineUpdate<CaseState, [By<PayloadOf<K>>]>(type);

/** Answers once the case is recorded and routed; sent together with the start (update-with-start). */
export const registeredUpdate = defineUpdate<CaseState>('registered');
export const claimUpdate = caseUpdate('claim');
export const assignUpdate = caseUpdate('assign');
export const acceptUpdate = caseUpdate('accept');
export const requestInfoUpdate = caseUpdate('requestInfo');
export const provideInfoUpdate = caseUpdate('provideInfo');
export const attachDocumentUpdate = caseUpdate('attachDocument');
export const removeDocumentUpdate = caseUpdate('removeDocument');
export const commentUpdate = caseUpdate('comment');
export const resolveUpdate = caseUpdate('resolve');
export const rejectUpdate = caseUpdate('reject');
export const cancelUpdate = caseUpdate('cancel');
export const rerouteUpdate = caseUpdate('reroute');
export const unclaimUpdate = caseUpdate('unclaim');
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
  unclaim: unclaimUpdate,
} as const satisfies Record<CaseActionType, unknown>;

/**
 * One need of one person, from registration to support given, refused or withdrawn:
 * route it to the responsible organisation, wait for its people to act or for a deadline,
 * remind before each deadline and escalate up the chain after it.
 */
export async function needCase(input: NeedCaseInput): Promise<CaseState> {
  // Cases started before this patch keep accepting a repeated claim by the holder, as they did.
  const theCase = new CaseProcess(input, { claimByHolderRefused: patched('claim-by-holder-refused') });
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
