import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { inverseRelation } from '../../shared/relations';
import type { z } from '../../shared/schemas/zod';
import type { passportCreateSchema, personCreateSchema, personUpdateSchema, relationCreateSchema } from '../../shared/schemas/passport';
import { DuplicatePerson, HttpError, conflict, notFound, unprocessable } from '../http/errors';
import { householdScope, personScope } from '../access/scopes';
import { asDate, categoryColumns, contactRows, debtRows, incomeRows, personRow } from './personData';
import { passportInclude, passportView, personView } from './view';

const SNILS_TAKEN = 'Человек с таким СНИЛС уже зарегистрирован';

const isUniqueViolation = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';

const bothWays = (fromPersonId: string, toPersonId: string, kind: z.infer<typeof relationCreateSchema>['kind']) => [
  { fromPersonId, toPersonId, kind },
  { fromPersonId: toPersonId, toPersonId: fromPersonId, kind: inverseRelation(kind) },
];

/**
 * Social passports: a household, its members with contacts, debts and incomes, and the relatives
 * map. Every service takes the acting user first and reads only what api/access/scopes.ts lets them see.
 */
export function createPassportService(prisma: PrismaClient) {
  async function takenSnils(snils: string[]): Promise<Set<string>> {
    const rows = await prisma.person.findMany({ where: { snils: { in: snils } }, select: { snils: true } });
    return new Set(rows.map((r) => r.snils));
  }

  /** 409 naming the person who has the SNILS already (the survivor, for a merged duplicate), if the actor may open them. */
  async function refuseTakenSnils(actor: Actor, snils: string, fields: Record<string, string>): Promise<never> {
    const holder = await prisma.person.findUnique({ where: { snils }, select: { id: true, householdId: true, mergedIntoId: true } });
    const id = holder?.mergedIntoId ?? holder?.id;
    const visible = id
      ? await prisma.person.findFirst({ where: { AND: [{ id }, personScope(actor)] }, select: { id: true, householdId: true } })
      : null;
    throw new DuplicatePerson(SNILS_TAKEN, fields, visible ? { personId: visible.id, householdId: visible.householdId } : null);
  }

  async function get(actor: Actor, id: string) {
    const household = await prisma.household.findFirst({ where: { AND: [{ id }, householdScope(actor)] }, include: passportInclude });
    if (!household) throw notFound('Паспорт');
    return passportView(household);
  }

  async function person(actor: Actor, id: string) {
    const row = await prisma.person.findFirst({
      where: { AND: [{ id }, personScope(actor)] },
      include: { contacts: true, debts: { orderBy: { since: 'asc' } }, incomes: { orderBy: { period: 'desc' } } },
    });
    if (!row) throw notFound('Человек');
    return personView(row);
  }

  return {
    get,

    async create(actor: Actor, input: z.infer<typeof passportCreateSchema>) {
      const municipality = await prisma.municipality.findUnique({ where: { id: input.household.municipalityId } });
      if (!municipality) throw unprocessable({ 'household.municipalityId': 'Муниципалитет не найден' });
      if (actor.municipalityId !== municipality.id) {
        throw unprocessable({ 'household.municipalityId': 'Оператор регистрирует паспорта только своего муниципалитета' });
      }
      const taken = await takenSnils(input.persons.map((p) => p.snils));
      const fields = Object.fromEntries(input.persons.flatMap((p, i) => (taken.has(p.snils) ? [[`persons.${i}.snils`, SNILS_TAKEN]] : [])));
      const first = input.persons.find((p) => taken.has(p.snils));
      if (first) await refuseTakenSnils(actor, first.snils, fields);
      try {
        const id = await prisma.$transaction(async (tx) => {
          const household = await tx.household.create({
            data: { municipalityId: municipality.id, address: input.household.address, categories: input.household.categories },
          });
          const ids = new Map<string, string>();
          for (const p of input.persons) {
            const person = await tx.person.create({
              data: {
                ...personRow(p),
                householdId: household.id,
                municipalityId: municipality.id,
                address: p.address || input.household.address,
              },
            });
            ids.set(p.key, person.id);
          }
          const links = input.relations.flatMap((r) => bothWays(ids.get(r.from) as string, ids.get(r.to) as string, r.kind));
          await tx.relation.createMany({ data: links });
          return household.id;
        });
        return get(actor, id);
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict(SNILS_TAKEN);
        throw err;
      }
    },

    async addPerson(actor: Actor, householdId: string, input: z.infer<typeof personCreateSchema>) {
      const household = await prisma.household.findFirst({
        where: { AND: [{ id: householdId }, householdScope(actor)] },
        include: { members: { select: { id: true } } },
      });
      if (!household) throw notFound('Паспорт');
      if ((await takenSnils([input.snils])).size > 0) await refuseTakenSnils(actor, input.snils, { snils: SNILS_TAKEN });
      const members = new Set(household.members.map((m) => m.id));
      const strangers = input.relations.findIndex((r) => !members.has(r.toPersonId));
      if (strangers >= 0) throw unprocessable({ [`relations.${strangers}.toPersonId`]: 'Родственник должен быть членом этой семьи' });
      try {
        const created = await prisma.$transaction(async (tx) => {
          const row = await tx.person.create({
            data: {
              ...personRow(input),
              householdId,
              municipalityId: household.municipalityId,
              address: input.address || household.address,
            },
          });
          await tx.relation.createMany({ data: input.relations.flatMap((r) => bothWays(row.id, r.toPersonId, r.kind)) });
          return row;
        });
        return person(actor, created.id);
      } catch (err) {
        if (isUniqueViolation(err)) throw new HttpError(409, 'CONFLICT', SNILS_TAKEN, { snils: SNILS_TAKEN });
        throw err;
      }
    },

    person,

    async updatePerson(actor: Actor, id: string, input: z.infer<typeof personUpdateSchema>) {
      const before = await person(actor, id);
      if (before.mergedIntoId) throw conflict('Запись объединена с другой: измените основную запись');
      const { contacts, debts, incomes, birthDate, categories, disabilityGroup, ...fields } = input;
      const categoryChange =
        categories || disabilityGroup !== undefined
          ? categoryColumns({
              categories: categories ?? before.categories,
              disabilityGroup: disabilityGroup === undefined ? before.disabilityGroup : disabilityGroup,
            })
          : {};
      await prisma.$transaction(async (tx) => {
        await tx.person.update({
          where: { id },
          data: { ...fields, ...categoryChange, ...(birthDate ? { birthDate: asDate(birthDate) } : {}) },
        });
        // A list that is sent replaces the stored one; a list that is left out stays as it is.
        if (contacts) {
          await tx.contact.deleteMany({ where: { personId: id } });
          await tx.contact.createMany({ data: contactRows(contacts).map((c) => ({ ...c, personId: id })) });
        }
        if (debts) {
          await tx.debt.deleteMany({ where: { personId: id } });
          await tx.debt.createMany({ data: debtRows(debts).map((d) => ({ ...d, personId: id })) });
        }
        if (incomes) {
          await tx.income.deleteMany({ where: { personId: id } });
          await tx.income.createMany({ data: incomeRows(incomes).map((i) => ({ ...i, personId: id })) });
        }
      });
      return { before, after: await person(actor, id) };
    },

    async link(actor: Actor, input: z.infer<typeof relationCreateSchema>) {
      const people = await prisma.person.findMany({
        where: { AND: [{ id: { in: [input.fromPersonId, input.toPersonId] } }, personScope(actor)] },
      });
      const from = people.find((p) => p.id === input.fromPersonId);
      const to = people.find((p) => p.id === input.toPersonId);
      if (!from || !to) throw unprocessable({ [from ? 'toPersonId' : 'fromPersonId']: 'Человек не найден' });
      if (!from.householdId || from.householdId !== to.householdId)
        throw unprocessable({ toPersonId: 'Родственники должны быть членами одной семьи' });
      try {
        await prisma.relation.createMany({ data: bothWays(from.id, to.id, input.kind) });
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict('Связь между этими людьми уже есть');
        throw err;
      }
      return prisma.relation.findUniqueOrThrow({ where: { fromPersonId_toPersonId: { fromPersonId: from.id, toPersonId: to.id } } });
    },

    async unlink(actor: Actor, id: string) {
      const relation = await prisma.relation.findFirst({ where: { id, from: personScope(actor) } });
      if (!relation) throw notFound('Связь');
      await prisma.relation.deleteMany({
        where: {
          OR: [
            { fromPersonId: relation.fromPersonId, toPersonId: relation.toPersonId },
            { fromPersonId: relation.toPersonId, toPersonId: relation.fromPersonId },
          ],
        },
      });
      return relation;
    },
  };
}
