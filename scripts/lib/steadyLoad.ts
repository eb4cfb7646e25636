import { randomInt } from 'node:crypto';
import { formatSnils, snilsCheckNumber } from '../../shared/snils';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Answer {
  status: number;
  body: unknown;
  /** How many times the request was sent (1 when the first API process answered). */
  attempts: number;
}

/** The error code of an API error body, if it is one. */
const codeOf = (body: unknown): string | undefined => (body as { error?: { code?: string } } | null)?.error?.code;

/**
 * A client that sends request n to API process n mod N and, when that process is gone (the
 * connection fails) or answers 503, sends the very same request (same Idempotency-Key) to the
 * next one. A 409 IDEMPOTENCY_KEY_IN_USE (a dead process's request still holds its key) is asked
 * again a few times and then taken as the answer: the first request's outcome stands.
 */
export class FailoverClient {
  constructor(private readonly urls: string[]) {}

  async send(n: number, method: string, path: string, token: string, body?: unknown, key?: string): Promise<Answer> {
    let inUse = 0;
    for (let attempt = 0; ; attempt++) {
      const url = this.urls[(n + attempt) % this.urls.length];
      try {
        const res = await fetch(`${url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const answer = { status: res.status, body: await res.json().catch(() => null), attempts: attempt + 1 };
        const keyHeld = res.status === 409 && codeOf(answer.body) === 'IDEMPOTENCY_KEY_IN_USE' && ++inUse <= 5;
        if (res.status !== 503 && !keyHeld) return answer;
      } catch {
        // connection refused or reset: the process died; the same request goes to the next one
      }
      if (attempt >= 40) throw new Error(`${method} ${path} got no answer after ${attempt + 1} attempts`);
      await delay(Math.min(1_000, 100 * (attempt + 1)));
    }
  }
}

export interface LoadActors {
  operatorToken: string;
  executorToken: string;
  personId: string;
  measureId: string;
}

export interface LoadResult {
  /** Idempotency-Key of every registration sent, with its final answer. */
  registrations: { key: string; answer: Answer }[];
  claims: { key: string; needId: string; answer: Answer }[];
  queueReads: Answer[];
}

/**
 * A steady load for `durationMs` from `lanes` concurrent users: each lane registers a case, has
 * the executor claim it (both with Idempotency-Keys) and reads the executor's queue, request after
 * request alternating between the API processes. `tag` goes into every description and key.
 */
export async function steadyLoad(
  client: FailoverClient,
  actors: LoadActors,
  options: { tag: string; durationMs: number; lanes: number },
): Promise<LoadResult> {
  const result: LoadResult = { registrations: [], claims: [], queueReads: [] };
  const until = Date.now() + options.durationMs;
  let next = 0;
  const lane = async () => {
    while (Date.now() < until) {
      const i = next++;
      const key = `${options.tag}-reg-${i}`;
      const body = { personId: actors.personId, measureId: actors.measureId, description: `Нагрузка ${options.tag}` };
      const registered = await client.send(3 * i, 'POST', '/api/needs', actors.operatorToken, body, key);
      result.registrations.push({ key, answer: registered });
      const needId = (registered.body as { id?: string } | null)?.id;
      if (needId) {
        const claimKey = `${options.tag}-claim-${i}`;
        const claimed = await client.send(3 * i + 1, 'POST', `/api/needs/${needId}/claim`, actors.executorToken, {}, claimKey);
        result.claims.push({ key: claimKey, needId, answer: claimed });
      }
      result.queueReads.push(await client.send(3 * i + 2, 'GET', '/api/queue?limit=25', actors.executorToken));
    }
  };
  await Promise.all(Array.from({ length: options.lanes }, lane));
  return result;
}

/** Signs in through the API (the password step) and returns the access token. */
export async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Registers a one-person passport through the API (a fresh SNILS each time); returns the person id. */
export async function registerLoadPerson(url: string, operatorToken: string, municipalityId: string): Promise<string> {
  const digits = String(randomInt(2_000_000, 999_999_999)).padStart(9, '0');
  const res = await fetch(`${url}/api/passports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${operatorToken}` },
    body: JSON.stringify({
      household: { municipalityId, address: 'г. Самара, ул. Ленинская, д. 1, кв. 1' },
      persons: [
        {
          key: 'p1',
          lastName: 'Нагрузкина',
          firstName: 'Мария',
          middleName: 'Петровна',
          birthDate: '1985-04-12',
          sex: 'FEMALE',
          snils: formatSnils(`${digits}${String(snilsCheckNumber(digits)).padStart(2, '0')}`),
          contacts: [],
          debts: [],
          incomes: [],
        },
      ],
      relations: [],
    }),
  });
  const body = (await res.json()) as { persons: { id: string }[] };
  if (res.status !== 201) throw new Error(`passport not created: ${res.status} ${JSON.stringify(body)}`);
  return body.persons[0].id;
}
