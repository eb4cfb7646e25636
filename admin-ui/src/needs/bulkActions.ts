import { httpClient } from '../providers/httpClient';

export type BulkResult = { id: string; ok: true; status: string } | { id: string; ok: false; error: { code: string; message: string } };

/** One case action on many cases; the API applies it case by case and answers for each. */
export async function bulkCaseAction(action: 'claim' | 'assign', ids: string[], body: object = {}): Promise<BulkResult[]> {
  const { json } = await httpClient(`/api/needs-bulk/${action}`, { method: 'POST', body: JSON.stringify({ ids, ...body }) });
  return json as BulkResult[];
}

/** The first refusal's reason and how many were refused, for one notification. */
export function summarise(results: BulkResult[]): { done: number; refused: number; firstReason?: string } {
  const refused = results.filter((r): r is Extract<BulkResult, { ok: false }> => !r.ok);
  return { done: results.length - refused.length, refused: refused.length, firstReason: refused[0]?.error.message };
}
