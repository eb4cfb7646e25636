/**
 * Workflow time. Inside the workflow sandbox `Date` is replaced by the deterministic time of the
 * current workflow task, so this reads history, not the machine clock (and replays identically).
 */
export const workflowNow = (): Date => new Date();

export const msUntil = (iso: string): number => new Date(iso).getTime() - workflowNow().getTime();
