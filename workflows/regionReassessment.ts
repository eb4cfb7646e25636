import { allHandlersFinished, condition, continueAsNew, defineQuery, setHandler, workflowInfo } from '@temporalio/workflow';
import { localDate } from '../shared/calendar/localDate';
import { workflowNow } from './clock';
import { batchAssessor, householdAssessor } from './povertyProxies';

export interface ReassessmentState {
  date: string;
  total: number;
  afterId: string | null;
  processed: number;
  changed: number;
  failed: number;
}

export interface RegionReassessmentInput {
  version: 1;
  region: string;
  /** The assessment date; the run's start date (Samara time) when absent. */
  date?: string;
  /** Only households marked as changed since their last assessment. */
  onlyStale: boolean;
  batchSize?: number;
  /** Carried over by continue-as-new. */
  state?: ReassessmentState;
}

export interface ReassessmentProgress extends ReassessmentState {
  region: string;
  done: boolean;
}

export const reassessmentProgressQuery = defineQuery<ReassessmentProgress>('progress');

export const regionReassessmentWorkflowId = (region: string) => `reassess-${region}`;

const DEFAULT_BATCH = 500;
/** Batches per run before continuing as new, so the history of a region of any size stays small. */
const BATCHES_PER_RUN = 100;

/**
 * Re-assesses every household of a region (after a change of the subsistence-minimum table, or to
 * sweep households whose change signal was lost), batch by batch in household id order. Progress
 * lives in the workflow, so it survives a worker restart; the query reports it.
 */
export async function regionReassessment(input: RegionReassessmentInput): Promise<ReassessmentProgress> {
  const batchSize = input.batchSize ?? DEFAULT_BATCH;
  let done = false;
  let state: ReassessmentState = input.state ?? {
    date: input.date ?? localDate(workflowNow()),
    total: 0,
    afterId: null,
    processed: 0,
    changed: 0,
    failed: 0,
  };
  setHandler(reassessmentProgressQuery, () => ({ ...state, region: input.region, done }));
  if (!input.state) state.total = await householdAssessor.countHouseholds({ region: input.region, onlyStale: input.onlyStale });

  for (let batches = 1; ; batches++) {
    const batch = await batchAssessor.assessHouseholdBatch({
      region: input.region,
      date: state.date,
      afterId: state.afterId,
      limit: batchSize,
      onlyStale: input.onlyStale,
    });
    state = {
      ...state,
      afterId: batch.lastId ?? state.afterId,
      processed: state.processed + batch.processed,
      changed: state.changed + batch.changed,
      failed: state.failed + batch.failed,
    };
    if (batch.processed < batchSize) break;
    if (batches >= BATCHES_PER_RUN || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof regionReassessment>({ ...input, state });
    }
  }
  done = true;
  await condition(allHandlersFinished);
  return { ...state, region: input.region, done };
}
