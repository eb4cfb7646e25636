import type { SessionService } from '../api/auth/sessions';
import type { PrismaClient } from '../prisma/client';
import { percentile } from './stats';

/** `rows` values of one monthly indicator over every municipality and consecutive months, as a CSV. */
function valuesCsv(codes: string[], rows: number): string {
  const lines = ['Территория;Период;Значение'];
  for (let i = 0; i < rows; i++) {
    const month = Math.floor(i / codes.length);
    lines.push(`${codes[i % codes.length]};${1800 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')};${i % 9973}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A file of custom indicator values committed through the API: the request that checks and keeps it,
 * the indicatorImport workflow that writes it, and the catalog read meanwhile (the API is not held).
 */
export async function measureIndicatorImport(opts: { apiUrl: string; prisma: PrismaClient; sessions: SessionService; rows: number }) {
  const coordinator = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'coordinator' } });
  const auth = { authorization: `Bearer ${(await opts.sessions.issue(coordinator, '127.0.0.1')).accessToken}` };
  const code = `bench_values_${opts.rows}`;
  await opts.prisma.indicator.upsert({
    where: { code },
    create: {
      code,
      name: 'Показатель для замеров',
      unit: 'ед.',
      periodicity: 'MONTH',
      cuts: ['municipality'],
      goodDirection: 'UP',
      source: 'CUSTOM',
    },
    update: {},
  });
  const codes = (await opts.prisma.municipality.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map((m) => m.code);
  const form = new FormData();
  form.append('file', new Blob([valuesCsv(codes, opts.rows)], { type: 'text/csv' }), 'bench-values.csv');
  form.append('mapping', JSON.stringify({ territory: 'Территория', period: 'Период', value: 'Значение' }));
  form.append('indicatorCode', code);
  form.append('commit', 'true');
  let started = performance.now();
  const committed = await fetch(`${opts.apiUrl}/api/indicator-imports`, { method: 'POST', headers: auth, body: form });
  if (committed.status !== 202) throw new Error(`commit failed: ${committed.status} ${await committed.text()}`);
  const commitMs = performance.now() - started;
  const { id } = (await committed.json()) as { id: string };
  started = performance.now();
  const catalogReads: number[] = [];
  for (;;) {
    const read = performance.now();
    await (await fetch(`${opts.apiUrl}/api/indicators`, { headers: auth })).arrayBuffer();
    catalogReads.push(performance.now() - read);
    const progress = (await (await fetch(`${opts.apiUrl}/api/indicator-imports/${id}`, { headers: auth })).json()) as { status: string };
    if (progress.status === 'COMPLETED') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { commitMs, importMs: performance.now() - started, catalogP95: percentile(catalogReads, 95), catalogReads: catalogReads.length };
}
