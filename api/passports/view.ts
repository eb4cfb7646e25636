import type { Prisma } from '../../prisma/client';

export const passportInclude = {
  municipality: { select: { id: true, name: true } },
  assessments: {
    where: { current: true },
    select: {
      id: true,
      assessedOn: true,
      verdict: true,
      perCapitaIncomeKopecks: true,
      thresholdKopecks: true,
      depthKopecks: true,
      depthBasisPoints: true,
    },
  },
  members: {
    orderBy: { birthDate: 'asc' },
    include: {
      contacts: true,
      debts: { orderBy: { since: 'asc' } },
      incomes: { orderBy: { period: 'desc' } },
      relationsFrom: true,
      needs: {
        orderBy: { registeredAt: 'desc' },
        select: {
          id: true,
          status: true,
          activeDueAt: true,
          escalationLevel: true,
          registeredAt: true,
          measure: { select: { id: true, name: true, kind: true } },
        },
      },
    },
  },
} satisfies Prisma.HouseholdInclude;

type HouseholdRow = Prisma.HouseholdGetPayload<{ include: typeof passportInclude }>;
type PersonRow = HouseholdRow['members'][number];

const day = (d: Date) => d.toISOString().slice(0, 10);

export function personView(p: Omit<PersonRow, 'relationsFrom' | 'needs'> & Partial<Pick<PersonRow, 'needs'>>) {
  return {
    id: p.id,
    householdId: p.householdId,
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    birthDate: day(p.birthDate),
    sex: p.sex,
    snils: p.snils,
    municipalityId: p.municipalityId,
    address: p.address,
    /** a merged duplicate's tombstone points to the surviving person */
    mergedIntoId: p.mergedIntoId,
    categories: p.categories,
    disabilityGroup: p.disabilityGroup,
    contacts: p.contacts.map((c) => ({ id: c.id, kind: c.kind, value: c.value })),
    debts: p.debts.map((d) => ({ id: d.id, kind: d.kind, creditor: d.creditor, amount: d.amount.toFixed(2), since: day(d.since) })),
    incomes: p.incomes.map((i) => ({ id: i.id, source: i.source, amount: i.amount.toFixed(2), period: i.period })),
    needs: (p.needs ?? []).map((n) => ({
      id: n.id,
      status: n.status,
      measure: n.measure,
      registeredAt: n.registeredAt.toISOString(),
      activeDueAt: n.activeDueAt?.toISOString() ?? null,
      escalationLevel: n.escalationLevel,
      overdue: n.activeDueAt !== null && n.activeDueAt < new Date(),
    })),
  };
}

/** A household with its members and the relatives map as edges between member ids. */
export function passportView(h: HouseholdRow) {
  return {
    id: h.id,
    address: h.address,
    municipality: h.municipality,
    categories: h.categories,
    /** The current poverty assessment (null until the household has been assessed). */
    poverty: h.assessments[0] ? { ...h.assessments[0], assessedOn: day(h.assessments[0].assessedOn) } : null,
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
    persons: h.members.map(personView),
    relations: h.members.flatMap((m) =>
      m.relationsFrom.map((r) => ({ id: r.id, fromPersonId: r.fromPersonId, toPersonId: r.toPersonId, kind: r.kind })),
    ),
  };
}
