import { localDate } from '../../shared/calendar/workingDays';
import type { Entitlement } from '../../shared/eligibility/entitlements';
import { entitlementsOf } from '../../shared/eligibility/entitlements';
import { householdFacts } from '../../shared/eligibility/facts';
import { factsSelect, loadSituations } from '../../shared/eligibility/loadFacts';
import type { Actor } from '../../shared/needCase';
import type { EntitlementView, entitlementRegisterSchema } from '../../shared/schemas/lifeSituation';
import type { z } from '../../shared/schemas/zod';
import { householdScope } from '../access/scopes';
import type { ApiContext } from '../context';
import { notFound, unprocessable } from '../http/errors';
import { findNeed } from '../needs/view';
import type { NeedView } from '../needs/view';
import { needIdFor, registerNeed } from '../needs/registration';

const fullName = (p: { lastName: string; firstName: string; middleName: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

/** The need's description says why it was opened: the situation and the conditions that held. */
const descriptionOf = (e: Entitlement) =>
  `Положено семье — ${e.situationName}: ${e.conditions
    .filter((c) => c.held)
    .map((c) => c.label.toLowerCase())
    .join('; ')}`;

/** The key of one chosen measure within a request: the request's Idempotency-Key, the measure, the person. */
export const itemKey = (requestKey: string, item: { measureCode: string; personId: string }) =>
  `${requestKey}:${item.measureCode}:${item.personId}`;

/** «Положено семье»: what a household qualifies for and has not received, and registering it in one step. */
export function createEntitlementService(ctx: ApiContext) {
  const { prisma } = ctx;

  async function evaluate(actor: Actor, householdId: string, today: string) {
    const household = await prisma.household.findFirst({
      where: { AND: [{ id: householdId }, householdScope(actor)] },
      select: { ...factsSelect, members: { select: { ...factsSelect.members.select, lastName: true, firstName: true, middleName: true } } },
    });
    if (!household) throw notFound('Паспорт');
    const found = entitlementsOf(await loadSituations(prisma), householdFacts(household, today));
    const measures = await prisma.supportMeasure.findMany({
      where: { code: { in: [...new Set(found.map((e) => e.measureCode))] }, active: true },
      include: { organisation: { select: { shortName: true } } },
    });
    const measureByCode = new Map(measures.map((m) => [m.code, m]));
    const personById = new Map(household.members.map((p) => [p.id, p]));
    // A measure switched off in the catalog is not offered, whatever a rule says.
    return found
      .filter((e) => measureByCode.has(e.measureCode))
      .map((e) => ({ entitlement: e, measure: measureByCode.get(e.measureCode)!, person: personById.get(e.personId)! }));
  }

  return {
    /** 404 for a passport the actor may not see, before anything else about the request is judged. */
    async assertVisible(actor: Actor, householdId: string) {
      const found = await prisma.household.count({ where: { AND: [{ id: householdId }, householdScope(actor)] } });
      if (found === 0) throw notFound('Паспорт');
    },

    async list(actor: Actor, householdId: string, now = new Date()) {
      const evaluatedOn = localDate(now);
      const rows = await evaluate(actor, householdId, evaluatedOn);
      const entitlements: EntitlementView[] = rows.map(({ entitlement: e, measure, person }) => ({
        situation: { code: e.situationCode, name: e.situationName },
        measure: { id: measure.id, code: measure.code, name: measure.name, organisationName: measure.organisation.shortName },
        person: { id: person.id, fullName: fullName(person) },
        conditions: e.conditions,
      }));
      return { householdId, evaluatedOn, entitlements };
    },

    /**
     * Registers the chosen measures, each as a need workflow. A chosen measure whose need this request
     * key already made is answered with that need; any other must still be owed to the family.
     */
    async register(actor: Actor, householdId: string, body: z.infer<typeof entitlementRegisterSchema>, requestKey: string) {
      const owed = await evaluate(actor, householdId, localDate(new Date()));
      const plan: { item: (typeof body.items)[number]; key: string; existing: NeedView | null; owed?: (typeof owed)[number] }[] = [];
      const fields: Record<string, string> = {};
      for (const [i, item] of body.items.entries()) {
        const key = itemKey(requestKey, item);
        const existing = await findNeed(prisma, actor, needIdFor(actor, key));
        const match = owed.find(
          (o) =>
            o.entitlement.situationCode === item.situationCode &&
            o.entitlement.measureCode === item.measureCode &&
            o.person.id === item.personId,
        );
        if (!existing && !match) fields[`items.${i}`] = 'Эта мера семье сейчас не положена или уже зарегистрирована';
        plan.push({ item, key, existing, owed: match });
      }
      if (Object.keys(fields).length > 0) throw unprocessable(fields, 'Часть выбранных мер зарегистрировать нельзя');

      const registered: { measureCode: string; personId: string; created: boolean; need: NeedView }[] = [];
      for (const { item, key, existing, owed: match } of plan) {
        if (existing) {
          registered.push({ ...pick(item), created: false, need: existing });
          continue;
        }
        const { need, created } = await registerNeed(
          ctx,
          actor,
          { personId: item.personId, measureId: match!.measure.id, description: descriptionOf(match!.entitlement) },
          key,
        );
        registered.push({ ...pick(item), created, need });
      }
      return registered;
    },
  };
}

const pick = (item: { measureCode: string; personId: string }) => ({ measureCode: item.measureCode, personId: item.personId });
