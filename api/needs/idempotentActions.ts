import { createHash } from 'node:crypto';
import type { Prisma } from '../../prisma/client';
import type { ApiContext } from '../context';
import { errorBody, toHttpError } from '../http/errorMiddleware';
import { HttpError } from '../http/errors';

export interface Answer {
  status: number;
  body: unknown;
}

interface Request {
  userId: string;
  needId: string;
  action: string;
  key: string | undefined;
  body: unknown;
}

export const IDEMPOTENCY_KEY_MAX = 200;

const hashOf = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? {}))
    .digest('hex');

/** A first request that never finished (its API process died) stops holding its key after this long. */
const abandonedAfterMs = (ctx: ApiContext) => ctx.config.UPDATE_DEADLINE_MS + 60_000;

/**
 * Runs a case action once per Idempotency-Key (per user, case and action) and keeps its answer in
 * PostgreSQL, so a repeated request, to this or another API process, gets the first answer back
 * (status and body) without a second event. While the first request runs, a repeat is refused with
 * 409 IDEMPOTENCY_KEY_IN_USE. Answers of 5xx (503 past the Update deadline) are not kept: the
 * outcome is unknown, and the client's retry with the same key runs the action again.
 */
export async function answerOnce(ctx: ApiContext, request: Request, run: () => Promise<Answer>): Promise<Answer> {
  if (request.key === undefined) return run();
  if (request.key.length === 0 || request.key.length > IDEMPOTENCY_KEY_MAX) {
    throw new HttpError(400, 'BAD_IDEMPOTENCY_KEY', `Idempotency-Key: от 1 до ${IDEMPOTENCY_KEY_MAX} символов`);
  }
  const id = { userId: request.userId, needId: request.needId, action: request.action, key: request.key };
  const requestHash = hashOf(request.body);
  const stored = ctx.prisma.idempotentCaseAction;
  const where = { userId_needId_action_key: id };

  const { count } = await stored.createMany({ data: [{ ...id, requestHash }], skipDuplicates: true });
  if (count === 0) {
    const first = await stored.findUnique({ where });
    if (first && first.requestHash !== requestHash) {
      throw new HttpError(422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key уже использован для другого запроса');
    }
    if (first?.status != null) return { status: first.status, body: first.body };
    const takenOver = await stored.updateMany({
      where: { ...id, status: null, createdAt: { lt: new Date(Date.now() - abandonedAfterMs(ctx)) } },
      data: { createdAt: new Date() },
    });
    if (first && takenOver.count === 0) {
      throw new HttpError(409, 'IDEMPOTENCY_KEY_IN_USE', 'Запрос с этим Idempotency-Key ещё выполняется: повторите его позже');
    }
    // The first one's row vanished (it ended in 5xx): this request is the first now.
    if (!first) return answerOnce(ctx, request, run);
  }

  let answer: Answer;
  try {
    answer = await run();
  } catch (err) {
    const httpError = toHttpError(err);
    if (httpError.status >= 500) {
      await stored.delete({ where });
      throw err;
    }
    answer = { status: httpError.status, body: errorBody(httpError) };
  }
  await stored.update({ where, data: { status: answer.status, body: answer.body as Prisma.InputJsonValue } });
  return answer;
}
