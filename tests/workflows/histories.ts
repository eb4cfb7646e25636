import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';

/**
 * Recorded histories of closed and open cases, replayed against the current workflow code.
 * Append-only: each workflow version records under its own label (`v1-00.json`, `v2-00.json`, ...);
 * a recorded file is never rewritten (tests/workflows/historiesGuard.test.ts checks it).
 */
export const HISTORIES_DIR = path.join(__dirname, 'histories');

const labelOf = (file: string) => file.replace(/-\d+\.json$/, '');

export function recordedLabels(): string[] {
  const files = readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json'));
  return [...new Set(files.map(labelOf))].sort();
}

/**
 * The label to record under: the next free `<family>N` — `v1`, `v2`, … for the case workflow,
 * `poverty-v1`, … for the poverty workflows. HISTORY_LABEL names the case workflow's label instead.
 */
export function nextHistoryLabel(family = 'v', requested = family === 'v' ? process.env.HISTORY_LABEL : undefined): string {
  const label = new RegExp(`^${family}(\\d+)$`);
  const labels = recordedLabels();
  if (requested) {
    if (!label.test(requested)) throw new Error(`HISTORY_LABEL must look like ${family}2, ${family}3, ...: got ${requested}`);
    if (labels.includes(requested)) throw new Error(`histories labelled ${requested} exist already; recorded histories are append-only`);
    return requested;
  }
  const highest = Math.max(0, ...labels.map((l) => Number(label.exec(l)?.[1] ?? 0)));
  return `${family}${highest + 1}`;
}

export async function saveHistories(client: Client, workflowIds: string[], label: string): Promise<void> {
  for (const [i, workflowId] of workflowIds.entries()) {
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    // 'wx' fails instead of overwriting a history recorded before.
    writeFileSync(path.join(HISTORIES_DIR, `${label}-${String(i).padStart(2, '0')}.json`), historyToJSON(history), { flag: 'wx' });
  }
}

export function loadHistories(): { workflowId: string; history: ReturnType<typeof historyFromJSON> }[] {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ workflowId: f, history: historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES_DIR, f), 'utf8'))) }));
}
