import type { TestSystem } from './system';

/** Upload, read and wait for import batches through the API as one user, the way the «Загрузка семей» page does. */
export function importsAs(system: TestSystem, userId: string) {
  const batch = async (id: string) => (await system.as(userId).get(`/api/imports/${id}`)).body;
  return {
    upload: (file: Buffer, name: string) => system.as(userId).post('/api/imports').attach('file', file, name),
    batch,
    start: (id: string) => system.as(userId).post(`/api/imports/${id}/start`),
    /** Polls the batch until the import workflow has finished it. */
    async completed(id: string, timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while ((await batch(id)).status !== 'COMPLETED') {
        if (Date.now() > until) throw new Error(`timed out waiting for import ${id}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
