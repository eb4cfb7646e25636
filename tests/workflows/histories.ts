import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';

/** Recorded histories of closed and open cases, replayed against the current workflow code. */
export const HISTORIES_DIR = path.join(__dirname, 'histories');

export async function saveHistories(client: Client, workflowIds: string[], label: string): Promise<void> {
  mkdirSync(HISTORIES_DIR, { recursive: true });
  for (const [i, workflowId] of workflowIds.entries()) {
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    writeFileSync(path.join(HISTORIES_DIR, `${label}-${String(i).padStart(2, '0')}.json`), historyToJSON(history));
  }
}

export function loadHistories(): { workflowId: string; history: ReturnType<typeof historyFromJSON> }[] {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ workflowId: f, history: historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES_DIR, f), 'utf8'))) }));
}
