import { allHandlersFinished, condition, defineSignal, setHandler } from '@temporalio/workflow';
import { householdAssessor } from './povertyProxies';

/** A household's members, incomes or categories changed: assess it again. */
export const householdChangedSignal = defineSignal('householdChanged');

export const householdAssessmentWorkflowId = (householdId: string) => `assess-${householdId}`;

/**
 * Re-assesses one household after changes. The API starts it with signal-with-start under the id
 * `assess-<householdId>`, so changes that arrive while it runs join this run: it assesses again until
 * no change is left unseen, then ends. The activity is idempotent (unchanged inputs add no row).
 */
export async function householdAssessment(input: { version: 1; householdId: string }): Promise<number> {
  let pending = true;
  let runs = 0;
  setHandler(householdChangedSignal, () => {
    pending = true;
  });
  while (pending) {
    pending = false;
    await householdAssessor.assessOneHousehold({ householdId: input.householdId });
    runs += 1;
  }
  await condition(allHandlersFinished);
  return runs;
}
