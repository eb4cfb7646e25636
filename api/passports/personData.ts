import type { z } from '../../shared/schemas/zod';
import type { contactSchema, debtSchema, incomeSchema } from '../../shared/schemas/passport';
import type { DisabilityGroup, PersonCategory } from '../../shared/domain';

/** Turns validated passport input into Prisma create data (dates as UTC midnights, decimals as strings). */
export const asDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

export const contactRows = (contacts: z.infer<typeof contactSchema>[]) => contacts.map((c) => ({ kind: c.kind, value: c.value }));
export const debtRows = (debts: z.infer<typeof debtSchema>[]) => debts.map((d) => ({ ...d, since: asDate(d.since) }));
export const incomeRows = (incomes: z.infer<typeof incomeSchema>[]) => incomes.map((i) => ({ ...i }));

export function personRow(p: {
  lastName: string;
  firstName: string;
  middleName?: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  snils: string;
  address?: string;
  contacts: z.infer<typeof contactSchema>[];
  debts: z.infer<typeof debtSchema>[];
  incomes: z.infer<typeof incomeSchema>[];
  categories: PersonCategory[];
  disabilityGroup: DisabilityGroup | null;
}) {
  return {
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName || null,
    birthDate: asDate(p.birthDate),
    sex: p.sex,
    snils: p.snils,
    ...categoryColumns(p),
    contacts: { create: contactRows(p.contacts) },
    debts: { create: debtRows(p.debts) },
    incomes: { create: incomeRows(p.incomes) },
  };
}

/** A disability group is kept only with the DISABLED category. */
export const categoryColumns = (p: { categories: PersonCategory[]; disabilityGroup: DisabilityGroup | null }) => ({
  categories: p.categories,
  disabilityGroup: p.categories.includes('DISABLED') ? p.disabilityGroup : null,
});
