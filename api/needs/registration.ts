import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import type { Actor, NeedCaseInput } from '../../shared/needCase';
import { NEED_CASE_INPUT_VERSION } from '../../shared/needCase';
import { casePolicyOf, startNeedCase } from '../../shared/needs/startNeedCase';
import { PLAN_TASK_MEASURE_CODE, PLAN_TASK_ONLY_IN_PLANS } from '../../shared/plans/plan';
import type { z } from '../../shared/schemas/zod';
import type { needRegisterSchema } from '../../shared/schemas/need';
import { receivedInstant } from '../../shared/schemas/receivedAt';
import type { ApiContext } from '../context';
import { personScope } from '../access/scopes';
import { conflict, unprocessable } from '../http/errors';
import { failpoint } from '../http/failpoint';
import { withinUpdateDeadline } from './updateDeadline';
import { chainNow, recordNeedPolicy } from './policySnapshot';
import type { NeedView } from './view';
import { findNeed, loadNeed } from './view';

const IDEMPOTENCY_NAMESPACE = '5b0c1c53-3d5e-4b8e-9a43-8d1f1c2a7e10';

/** The same key from the same user always names the same need, so a retried request finds it. */
export const needIdFor = (actor: Actor, idempotencyKey: string | undefined): string =>
  idempotencyKey ? uuidv5(`${actor.userId}:${idempotencyKey}`, IDEMPOTENCY_NAMESPACE) : randomUUID();

type Registration = z.infer<typeof needRegisterSchema>;

function sameRegistration(need: NeedView, body: Registration): boolean {
  return need.person.id === body.personId && need.measure.id === body.measureId && need.description === body.description;
}

async function casePolicyFor(ctx: ApiContext, actor: Actor, body: Registration) {
  const [person, measure, chain] = await Promise.all([
    ctx.prisma.person.findFirst({
      where: { AND: [{ id: body.personId }, personScope(actor)] },
      select: { id: true, municipalityId: true },
    }),
    ctx.prisma.supportMeasure.findUnique({ where: { id: body.measureId } }),
    chainNow(ctx.prisma),
  ]);
  const fields: Record<string, string> = {};
  if (!person) fields.personId = 'Человек не найден';
  if (!measure || !measure.active) fields.measureId = 'Мера поддержки не найдена';
  else if (measure.code === PLAN_TASK_MEASURE_CODE) fields.measureId = PLAN_TASK_ONLY_IN_PLANS;
  if (!person || !measure || Object.keys(fields).length > 0) throw unprocessable(fields);
  return { person, measure, chain, policy: casePolicyOf(measure, chain.levels) };
}

/**
 * Registers a need by starting its workflow and waiting, in the same call, until the workflow has
 * recorded and routed it. Only the workflow writes the need row, so there is never a row without
 * a workflow; the workflow id comes from the need id, which an Idempotency-Key makes repeatable,
 * so a retry after a crash finds the same workflow instead of starting a second one.
 */
export async function registerNeed(
  ctx: ApiContext,
  actor: Actor,
  body: Registration,
  idempotencyKey?: string,
): Promise<{ need: NeedView; created: boolean }> {
  return registerNeedWithId(ctx, actor, body, needIdFor(actor, idempotencyKey));
}

/** The same, for a need whose id the caller derived (the needs of a single-window appeal, issue 13). */
export async function registerNeedWithId(
  ctx: ApiContext,
  actor: Actor,
  body: Registration,
  needId: string,
): Promise<{ need: NeedView; created: boolean }> {
  const existing = await findNeed(ctx.prisma, actor, needId);
  if (existing) return { need: replayed(existing, body), created: false };

  const { person, measure, chain, policy } = await casePolicyFor(ctx, actor, body);
  await recordNeedPolicy(ctx.prisma, needId, measure, chain);
  failpoint(ctx.config, 'need-registration:before-start');
  const receivedAt = receivedInstant(body.receivedAt);
  const input: NeedCaseInput = {
    version: NEED_CASE_INPUT_VERSION,
    registration: {
      needId,
      personId: person.id,
      measureId: measure.id,
      organisationId: measure.organisationId,
      municipalityId: person.municipalityId,
      description: body.description,
      registeredBy: actor,
    },
    policy,
    ...(receivedAt && { receivedAt }),
  };
  await withinUpdateDeadline(ctx, () => startNeedCase(ctx.temporal, input));
  failpoint(ctx.config, 'need-registration:after-start');
  return { need: replayed(await loadNeed(ctx.prisma, actor, needId), body), created: true };
}

function replayed(need: NeedView, body: Registration): NeedView {
  if (!sameRegistration(need, body)) throw conflict('Idempotency-Key уже использован для другой потребности');
  return need;
}
