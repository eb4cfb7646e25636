import { logicProblem } from '../eligibility/rule';
import { needSchema } from './need';
import { nonEmptyText, optionalText, uuidSchema, z } from './zod';

export const LIFE_SITUATION_SUBJECTS = ['HOUSEHOLD', 'MEMBER'] as const;
const subjectSchema = z.enum(LIFE_SITUATION_SUBJECTS, { error: 'Укажите, к кому относится ситуация: к семье или к её члену' });

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const codeSchema = z.string().regex(CODE, { error: 'Код: латинские заглавные буквы, цифры и «_», до 40 знаков' });
const distinct = <T>(list: T[]) => new Set(list).size === list.length;

const conditionSchema = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, { error: 'Ключ условия: латинские буквы и цифры, до 40 знаков' }),
    label: nonEmptyText(300),
    logic: z.record(z.string(), z.unknown(), { error: 'Условие — выражение json-logic (объект)' }),
  })
  .strict()
  .openapi('RuleCondition');

const conditionsSchema = z
  .array(conditionSchema)
  .min(1, { error: 'Нужно хотя бы одно условие' })
  .max(20, { error: 'Не больше 20 условий' })
  .refine((list) => distinct(list.map((c) => c.key)), { error: 'Ключи условий повторяются' });

export const eligibilityRuleSchema = z
  .object({
    combinator: z.enum(['all', 'any'], { error: 'Выберите: все условия или любое из них' }),
    conditions: conditionsSchema,
  })
  .strict()
  .openapi('EligibilityRule');

const measureCodesSchema = z
  .array(codeSchema)
  .min(1, { error: 'Укажите хотя бы одну меру поддержки' })
  .max(20)
  .refine(distinct, { error: 'Мера указана дважды' });

const fields = {
  name: nonEmptyText(200),
  description: optionalText(2000, 'long'),
  subject: subjectSchema,
  rule: eligibilityRuleSchema,
  measureCodes: measureCodesSchema,
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(10000).default(0),
};

/** The rule's expressions may only read known facts: which ones depends on the subject. */
function checkLogic(value: { subject?: 'HOUSEHOLD' | 'MEMBER'; rule?: { conditions: { logic: unknown }[] } }, ctx: z.RefinementCtx) {
  if (!value.rule || !value.subject) return;
  for (const [i, condition] of value.rule.conditions.entries()) {
    const problem = logicProblem(condition.logic, value.subject);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['rule', 'conditions', i, 'logic'] });
  }
}

export const lifeSituationCreateSchema = z
  .object({ code: codeSchema, ...fields })
  .strict()
  .superRefine(checkLogic)
  .openapi('LifeSituationCreate');

/** An edit sends the whole situation but its code (the code names it in campaigns and needs). */
export const lifeSituationUpdateSchema = z.object(fields).strict().superRefine(checkLogic).openapi('LifeSituationUpdate');

export const lifeSituationSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    subject: z.enum(LIFE_SITUATION_SUBJECTS),
    rule: eligibilityRuleSchema,
    measureCodes: z.array(z.string()),
    active: z.boolean(),
    position: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('LifeSituation');
export type LifeSituationView = z.infer<typeof lifeSituationSchema>;

export const lifeSituationFilterSchema = z.object({ active: z.boolean().optional(), subject: subjectSchema.optional() });

const conditionOutcomeSchema = z.object({ key: z.string(), label: z.string(), held: z.boolean() }).openapi('ConditionOutcome');

/** A measure the family qualifies for and has not received: for whom, through which situation, why. */
export const entitlementSchema = z
  .object({
    situation: z.object({ code: z.string(), name: z.string() }),
    measure: z.object({ id: z.uuid(), code: z.string(), name: z.string(), organisationName: z.string() }),
    person: z.object({ id: z.uuid(), fullName: z.string() }),
    conditions: z.array(conditionOutcomeSchema),
  })
  .openapi('Entitlement');
export type EntitlementView = z.infer<typeof entitlementSchema>;

export const entitlementsSchema = z
  .object({ householdId: z.uuid(), evaluatedOn: z.string(), entitlements: z.array(entitlementSchema) })
  .openapi('Entitlements');

export const entitlementRegisterSchema = z
  .object({
    items: z
      .array(z.object({ situationCode: codeSchema, measureCode: codeSchema, personId: uuidSchema }).strict())
      .min(1, { error: 'Выберите хотя бы одну меру' })
      .max(50, { error: 'Не больше 50 мер за раз' })
      .refine((list) => distinct(list.map((i) => `${i.measureCode}:${i.personId}`)), { error: 'Мера для одного человека выбрана дважды' }),
  })
  .strict()
  .openapi('EntitlementRegistration');

export const entitlementRegisteredSchema = z
  .object({
    registered: z.array(z.object({ measureCode: z.string(), personId: z.uuid(), created: z.boolean(), need: needSchema })),
  })
  .openapi('EntitlementsRegistered');
