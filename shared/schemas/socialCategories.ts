import { disabilityGroupSchema, householdCategorySchema, personCategorySchema } from './poverty';
import { z } from './zod';

const distinct = <T>(list: T[]) => new Set(list).size === list.length;
const personCategories = z.array(personCategorySchema).max(6).refine(distinct, { error: 'Категория указана дважды' });

/** Social categories of a person (pensioner, disabled with group, …): data the poverty rules read, not free text. */
export const socialCategoryFields = {
  categories: personCategories.default([]),
  // Only with the DISABLED category; the service clears it otherwise.
  disabilityGroup: disabilityGroupSchema.nullish().transform((v) => v ?? null),
};

/** The same fields on an edit: left out, they stay as they are. */
export const socialCategoryUpdateFields = {
  categories: personCategories,
  disabilityGroup: disabilityGroupSchema.nullable(),
};

/** Household-level categories (large family, single parent). */
export const householdCategoriesField = z
  .array(householdCategorySchema)
  .max(2)
  .refine(distinct, { error: 'Категория указана дважды' })
  .default([]);

export const householdCategoriesUpdateSchema = z
  .object({ categories: householdCategoriesField })
  .strict()
  .openapi('HouseholdCategoriesUpdate');
