import { writeFileSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { PrismaClient } from '../prisma/client';
import type { SessionService } from '../api/auth/sessions';
import { duplicateSql } from '../api/register/duplicates';
import { IMPORT_COLUMNS } from '../shared/register/importTemplate';
import { formatSnils, snilsCheckNumber } from '../shared/snils';
import { percentile } from './stats';

const LAST = [
  'Иванова',
  'Смирнова',
  'Кузнецова',
  'Попова',
  'Васильева',
  'Петрова',
  'Соколова',
  'Михайлова',
  'Новикова',
  'Фёдорова',
  'Морозова',
  'Волкова',
  'Алексеева',
  'Лебедева',
  'Семёнова',
  'Егорова',
  'Павлова',
  'Козлова',
  'Степанова',
  'Николаева',
];
const FIRST = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Юлия', 'Екатерина', 'Дарья', 'Алёна'];
const MIDDLE = ['Ивановна', 'Петровна', 'Сергеевна', 'Андреевна', 'Алексеевна', 'Дмитриевна', 'Николаевна', 'Владимировна'];

const snilsOf = (n: number) => {
  const digits = String(n).padStart(9, '0');
  return formatSnils(`${digits}${String(snilsCheckNumber(digits)).padStart(2, '0')}`);
};

/** `count` template rows, four persons a family, SNILS from `firstSnils` on. */
export function importCsv(count: number, firstSnils: number): string {
  const header = IMPORT_COLUMNS.map((c) => c.header).join(';');
  const lines = [header];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(1950, 0, 1) + ((i * 7919) % 25_000) * 86_400_000).toISOString().slice(0, 10);
    const row: Record<string, string> = {
      family: `f${Math.floor(i / 4)}`,
      municipality: 'samara',
      address: `г. Самара ул. Импортная д. ${Math.floor(i / 4)}`,
      lastName: LAST[i % LAST.length],
      firstName: FIRST[(i >> 2) % FIRST.length],
      middleName: MIDDLE[(i >> 4) % MIDDLE.length],
      birthDate: day,
      sex: 'Ж',
      snils: snilsOf(firstSnils + i),
      phone: '+79270000000',
      incomeSource: 'Зарплата',
      incomeAmount: String(15_000 + (i % 40) * 1000),
      incomePeriod: '2026-10',
    };
    lines.push(IMPORT_COLUMNS.map((c) => row[c.key] ?? '').join(';'));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * (g) An import of `rows` rows through the API: upload (read and checked per row), then the
 * importBatch workflow, while the API is polled for progress — next to a bare server-side COPY of
 * the same file into a table of text columns.
 */
export async function measureImport(opts: {
  apiUrl: string;
  prisma: PrismaClient;
  sessions: SessionService;
  databaseUrl: string;
  rows: number;
}) {
  const operator = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const { accessToken } = await opts.sessions.issue(operator, '127.0.0.1');
  const auth = { authorization: `Bearer ${accessToken}` };
  const csv = importCsv(opts.rows, 500_000_000);
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
  let started = performance.now();
  const uploaded = await fetch(`${opts.apiUrl}/api/imports`, { method: 'POST', headers: auth, body: form });
  if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);
  const uploadMs = performance.now() - started;
  const { id } = (await uploaded.json()) as { id: string };
  started = performance.now();
  await fetch(`${opts.apiUrl}/api/imports/${id}/start`, { method: 'POST', headers: auth });
  const polls: number[] = [];
  for (;;) {
    const polled = performance.now();
    const batch = (await (await fetch(`${opts.apiUrl}/api/imports/${id}`, { headers: auth })).json()) as {
      status: string;
      processedRows: number;
    };
    polls.push(performance.now() - polled);
    if (batch.status === 'COMPLETED') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const importMs = performance.now() - started;

  const file = path.join(os.tmpdir(), `bench-import-${process.pid}.csv`);
  writeFileSync(file, csv);
  chmodSync(file, 0o644);
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1 });
  let copyMs: number | null = null;
  let copyError: string | null = null;
  try {
    const columns = IMPORT_COLUMNS.map((c) => `"${c.key}" text`).join(', ');
    await pool.query(`CREATE TABLE bench_import_copy (${columns})`);
    started = performance.now();
    await pool.query(`COPY bench_import_copy FROM '${file}' WITH (FORMAT csv, DELIMITER ';', HEADER true)`);
    copyMs = performance.now() - started;
    await pool.query('DROP TABLE bench_import_copy');
  } catch (err) {
    copyError = (err as Error).message;
  } finally {
    await pool.end();
    rmSync(file, { force: true });
  }
  return { uploadMs, importMs, copyMs, copyError, pollP95: percentile(polls, 95), polls: polls.length };
}

/** Persons up to `total` in all, written by one SQL statement: 20 × 12 × 8 names over 70 years of birth dates. */
export async function fillPersons(prisma: PrismaClient, total: number) {
  const have = await prisma.person.count();
  if (have >= total) return;
  const samara = await prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } });
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Person" (id, "lastName", "firstName", "middleName", "birthDate", sex, snils, "municipalityId", address, "updatedAt")
     SELECT gen_random_uuid(), ($1::text[])[1 + i % 20], ($2::text[])[1 + (i / 20) % 12], ($3::text[])[1 + (i / 240) % 8],
            date '1950-01-01' + ((i::bigint * 7907) % 25550)::int, 'FEMALE', 'bench-person-' || i, $4::uuid, '', now()
       FROM generate_series(1, $5::int) AS i`,
    LAST,
    FIRST,
    MIDDLE,
    samara.id,
    total - have,
  );
  await prisma.$executeRawUnsafe('ANALYZE "Person"');
}

/**
 * (h) GET /api/duplicates (a name with a typo or е for ё, and a birth date) over the whole register,
 * next to the bare SQL of the same query on one connection.
 */
export async function measureDuplicates(opts: {
  apiUrl: string;
  prisma: PrismaClient;
  sessions: SessionService;
  databaseUrl: string;
  requests: number;
}) {
  const coordinator = await opts.prisma.user.findUniqueOrThrow({ where: { username: 'coordinator' } });
  const { accessToken } = await opts.sessions.issue(coordinator, '127.0.0.1');
  const sample = await opts.prisma.$queryRaw<{ lastName: string; firstName: string; middleName: string | null; birthDate: string }[]>`
    SELECT "lastName", "firstName", "middleName", to_char("birthDate", 'YYYY-MM-DD') AS "birthDate" FROM "Person" TABLESAMPLE SYSTEM (1) LIMIT ${opts.requests}`;
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 1 });
  const endpoint: number[] = [];
  const bare: number[] = [];
  for (const [i, p] of sample.entries()) {
    // Every other query drops a letter of the last name, the others write е for ё.
    const lastName = i % 2 === 0 ? p.lastName.slice(0, 3) + p.lastName.slice(4) : p.lastName.replace(/ё/g, 'е');
    const query = { lastName, firstName: p.firstName, middleName: p.middleName ?? undefined, birthDate: p.birthDate };
    let started = performance.now();
    const res = await fetch(`${opts.apiUrl}/api/duplicates?${new URLSearchParams(query as Record<string, string>)}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (res.status !== 200) throw new Error(`duplicates failed: ${res.status} ${await res.text()}`);
    await res.json();
    endpoint.push(performance.now() - started);
    const sql = duplicateSql(query, undefined);
    started = performance.now();
    await pool.query(sql.text, sql.values);
    bare.push(performance.now() - started);
  }
  await pool.end();
  return {
    persons: await opts.prisma.person.count(),
    endpoint: { p50: percentile(endpoint, 50), p95: percentile(endpoint, 95) },
    bare: { p50: percentile(bare, 50), p95: percentile(bare, 95) },
  };
}
