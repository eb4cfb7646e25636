import {
  AGE_GROUP_NAMES,
  DEPTH_BAND_NAMES,
  DISABILITY_GROUPS,
  HOUSEHOLD_CATEGORIES,
  PERSON_CATEGORIES,
  POVERTY_VERDICTS,
  SEXES,
  SUBSISTENCE_GROUPS,
} from '../domain';
import { isoDateSchema, nonEmptyText, uuidSchema, z } from './zod';

/** Money crosses the API as whole kopecks (integers): never binary floating point roubles. */
export const kopecks = z.number().int({ error: 'Сумма в копейках, целым числом' });
const nonNegativeKopecks = kopecks.min(0, { error: 'Сумма не может быть отрицательной' }).max(10_000_000_00, {
  error: 'Сумма не больше 10 000 000 ₽',
});
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Период в формате ГГГГ-ММ' });
const regionCode = z.string().regex(/^RU-[A-Z]{2,3}$/, { error: 'Код региона по ISO 3166-2, например RU-SAM' });

export const subsistenceGroupSchema = z.enum(SUBSISTENCE_GROUPS, { error: 'Выберите группу населения' });
export const memberGroupSchema = z.enum(['WORKING_AGE', 'PENSIONER', 'CHILD'], { error: 'Выберите группу населения' });
export const personCategorySchema = z.enum(PERSON_CATEGORIES, { error: 'Неизвестная социальная категория' });
export const disabilityGroupSchema = z.enum(DISABILITY_GROUPS, { error: 'Неизвестная группа инвалидности' });
export const householdCategorySchema = z.enum(HOUSEHOLD_CATEGORIES, { error: 'Неизвестная категория семьи' });
export const povertyVerdictSchema = z.enum(POVERTY_VERDICTS, { error: 'Неизвестный вывод' });

// ---------- The subsistence minimum table ----------

export const subsistenceMinimumSchema = z
  .object({
    id: uuidSchema,
    region: z.string(),
    year: z.number().int(),
    effectiveFrom: isoDateSchema,
    group: subsistenceGroupSchema,
    amountKopecks: kopecks,
    actTitle: z.string(),
    actNumber: z.string().nullable(),
    actDate: isoDateSchema.nullable(),
    confirmed: z.boolean(),
    note: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SubsistenceMinimum');
export type SubsistenceMinimumView = z.infer<typeof subsistenceMinimumSchema>;

export const subsistenceMinimumCreateSchema = z
  .object({
    region: regionCode,
    year: z.number().int().min(2000, { error: 'Год не раньше 2000' }).max(2100, { error: 'Год не позже 2100' }),
    effectiveFrom: isoDateSchema,
    group: subsistenceGroupSchema,
    amountKopecks: nonNegativeKopecks.min(1, { error: 'Сумма должна быть больше нуля' }),
    actTitle: nonEmptyText(500),
    actNumber: z.string().trim().max(50, { error: 'Не длиннее 50 символов' }).nullish(),
    actDate: isoDateSchema.nullish(),
    confirmed: z.boolean().default(false),
    note: z.string().trim().max(2000, { error: 'Не длиннее 2000 символов' }).default(''),
  })
  .strict()
  .openapi('SubsistenceMinimumCreate');

/** react-admin sends the whole record on edit: unknown keys (id, updatedAt) are ignored, region and group stay. */
export const subsistenceMinimumUpdateSchema = subsistenceMinimumCreateSchema
  .omit({ region: true, group: true })
  .partial()
  .strip()
  .openapi('SubsistenceMinimumUpdate');

export const subsistenceMinimumFilterSchema = z.object({
  region: z.string().max(10).optional(),
  year: z.number().int().optional(),
  group: subsistenceGroupSchema.optional(),
  confirmed: z.boolean().optional(),
});

/** How a region assigns people to the groups of its table (see shared/poverty/regions.ts). */
export const regionRulesSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    childUnderAge: z.number().int(),
    pensionAge: z.object({ MALE: z.number().int(), FEMALE: z.number().int() }),
    disabledCountAsPensioners: z.boolean(),
    rules: z.array(z.string()),
  })
  .openapi('PovertyRegionRules');

// ---------- An assessment ----------

export const assessmentLineSchema = z.object({ key: z.string(), label: z.string(), value: z.string() });

export const memberAssessmentSchema = z.object({
  key: z.string(),
  personId: uuidSchema.nullable(),
  name: z.string(),
  birthDate: isoDateSchema,
  ageYears: z.number().int(),
  group: memberGroupSchema,
  /** Why the member is in the group, in words a person can check. */
  groupReason: z.string(),
  subsistenceKopecks: kopecks,
  subsistenceSource: z.object({
    id: uuidSchema.nullable(),
    actTitle: z.string(),
    actNumber: z.string().nullable(),
    actDate: isoDateSchema.nullable(),
    effectiveFrom: isoDateSchema,
    confirmed: z.boolean(),
  }),
  incomeByMonth: z.array(z.object({ period, kopecks })),
  incomeTotalKopecks: kopecks,
});

export const compositionSchema = z.object({
  members: z.number().int(),
  children: z.number().int(),
  pensioners: z.number().int(),
  disabled: z.number().int(),
  largeFamily: z.boolean(),
  singleParent: z.boolean(),
});

export const assessmentSchema = z
  .object({
    region: z.string(),
    assessedOn: isoDateSchema,
    /** The three full calendar months before the assessment date. */
    months: z.array(period),
    monthsWithoutIncome: z.array(period),
    members: z.array(memberAssessmentSchema),
    composition: compositionSchema,
    incomeTotalKopecks: kopecks,
    monthlyIncomeKopecks: kopecks,
    perCapitaIncomeKopecks: kopecks,
    subsistenceSumKopecks: kopecks,
    thresholdKopecks: kopecks,
    nearBandPermille: z.number().int(),
    nearUpperKopecks: kopecks,
    verdict: povertyVerdictSchema,
    depthKopecks: kopecks,
    depthBasisPoints: z.number().int(),
    deficitKopecks: kopecks,
    lines: z.array(assessmentLineSchema),
  })
  .openapi('PovertyAssessment');
export type Assessment = z.infer<typeof assessmentSchema>;

/** A stored assessment of a real household: the computation plus when and for whom. */
export const storedAssessmentSchema = assessmentSchema
  .extend({ id: uuidSchema, householdId: uuidSchema, municipalityId: uuidSchema, current: z.boolean(), createdAt: z.string() })
  .openapi('StoredPovertyAssessment');

// ---------- The calculator ----------

export const hypotheticalMemberSchema = z.object({
  key: nonEmptyText(40),
  name: z.string().trim().max(200).default(''),
  birthDate: isoDateSchema,
  sex: z.enum(SEXES, { error: 'Укажите пол' }).optional(),
  categories: z.array(personCategorySchema).max(PERSON_CATEGORIES.length).default([]),
  disabilityGroup: disabilityGroupSchema.nullish(),
  /** Set to override the group the region's rules would give (e.g. a pensioner before pension age). */
  group: memberGroupSchema.optional(),
  incomes: z
    .array(z.object({ period, amountKopecks: nonNegativeKopecks }))
    .max(36)
    .default([]),
});

export const calculatorRequestSchema = z
  .union([
    z
      .object({
        householdId: uuidSchema,
        date: isoDateSchema.optional(),
        nearBandPermille: z.number().int().min(1000).max(3000).optional(),
      })
      .strict(),
    z
      .object({
        region: regionCode,
        date: isoDateSchema.optional(),
        nearBandPermille: z.number().int().min(1000).max(3000).optional(),
        categories: z.array(householdCategorySchema).max(HOUSEHOLD_CATEGORIES.length).default([]),
        members: z.array(hypotheticalMemberSchema).min(1, { error: 'Добавьте хотя бы одного человека' }).max(20),
      })
      .strict(),
  ])
  .openapi('PovertyCalculatorRequest');
export type CalculatorRequest = z.infer<typeof calculatorRequestSchema>;

// ---------- The register, its summary and the dashboards ----------

export const registerFilterSchema = z.object({
  municipalityId: uuidSchema.optional(),
  /** The register lists households below the subsistence minimum; NEAR lists the near-poverty band. */
  verdict: z.union([povertyVerdictSchema, z.array(povertyVerdictSchema).min(1)]).optional(),
  depthBand: z.enum(DEPTH_BAND_NAMES, { error: 'Неизвестный диапазон глубины бедности' }).optional(),
  withChildren: z.boolean().optional(),
  largeFamily: z.boolean().optional(),
  singleParent: z.boolean().optional(),
  withPensioners: z.boolean().optional(),
  withDisabled: z.boolean().optional(),
  /** Drill-down from the dashboards: households with a member of this age group or sex. */
  ageGroup: z.enum(AGE_GROUP_NAMES, { error: 'Неизвестная возрастная группа' }).optional(),
  sex: z.enum(SEXES, { error: 'Неизвестный пол' }).optional(),
  q: z.string().trim().max(100).optional(),
});
export type RegisterFilter = z.infer<typeof registerFilterSchema>;

export const REGISTER_SORT_FIELDS = ['depthBasisPoints', 'deficitKopecks', 'perCapitaIncomeKopecks', 'members', 'assessedOn'] as const;
export type RegisterSortField = (typeof REGISTER_SORT_FIELDS)[number];

export const registerItemSchema = z
  .object({
    id: uuidSchema,
    householdId: uuidSchema,
    address: z.string(),
    municipality: z.object({ id: uuidSchema, name: z.string() }),
    applicant: z.object({ id: uuidSchema, lastName: z.string(), firstName: z.string(), middleName: z.string().nullable() }).nullable(),
    assessedOn: isoDateSchema,
    verdict: povertyVerdictSchema,
    members: z.number().int(),
    children: z.number().int(),
    pensioners: z.number().int(),
    disabled: z.number().int(),
    largeFamily: z.boolean(),
    singleParent: z.boolean(),
    monthlyIncomeKopecks: kopecks,
    perCapitaIncomeKopecks: kopecks,
    thresholdKopecks: kopecks,
    depthKopecks: kopecks,
    depthBasisPoints: z.number().int(),
    deficitKopecks: kopecks,
  })
  .openapi('PovertyRegisterItem');
export type RegisterItem = z.infer<typeof registerItemSchema>;

export const registerSummarySchema = z
  .object({
    households: z.number().int(),
    people: z.number().int(),
    totalDeficitKopecks: kopecks,
    averageDeficitKopecks: kopecks,
    averageDepthBasisPoints: z.number().int(),
  })
  .openapi('PovertyRegisterSummary');

export const DASHBOARD_DIMENSIONS = ['municipality', 'ageGroup', 'sex'] as const;
export const dashboardQuerySchema = z.object({
  dimension: z.enum(DASHBOARD_DIMENSIONS, { error: 'Разрез: municipality, ageGroup или sex' }).default('municipality'),
  municipalityId: uuidSchema.optional(),
});

export const dashboardRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    /** Everyone of this cut in the passport (households with at least one such member for age and sex). */
    householdsInPassport: z.number().int(),
    peopleInPassport: z.number().int(),
    householdsBelow: z.number().int(),
    peopleBelow: z.number().int(),
    /** peopleBelow / peopleInPassport, in basis points. */
    shareBelowBasisPoints: z.number().int(),
    averageDepthBasisPoints: z.number().int(),
    householdsNear: z.number().int(),
    peopleNear: z.number().int(),
    /** The register filter that lists the households behind the row's numbers. */
    filter: registerFilterSchema,
  })
  .openapi('PovertyDashboardRow');

export const reassessmentStartSchema = z
  .object({ region: regionCode.default('RU-SAM'), date: isoDateSchema.optional(), onlyStale: z.boolean().default(false) })
  .strict()
  .openapi('PovertyReassessmentStart');

export const reassessmentProgressSchema = z
  .object({
    workflowId: z.string(),
    status: z.string(),
    region: z.string(),
    total: z.number().int(),
    processed: z.number().int(),
    changed: z.number().int(),
    failed: z.number().int(),
    done: z.boolean(),
  })
  .openapi('PovertyReassessmentProgress');
