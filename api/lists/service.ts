import type { Prisma } from '../../prisma/client';
import { caseNumber, deadlineDay } from '../../shared/caseWording';
import { STATUS_NAMES, nameOf } from '../../shared/domainNames';
import type { NeedStatus } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import { printDate } from '../../templates/pdf/labels';
import type { PrintedList } from '../../templates/pdf/printedList';
import { householdScope, needScope } from '../access/scopes';
import type { ApiContext } from '../context';

/** A printout holds at most this many rows; the list says when more matched. */
export const LIST_LIMIT = 2000;

const fullName = (p: { lastName: string; firstName: string; middleName: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

async function namesOf(ctx: ApiContext, filter: { organisationId?: string; municipalityId?: string }) {
  const [organisation, municipality] = await Promise.all([
    filter.organisationId ? ctx.prisma.organisation.findUnique({ where: { id: filter.organisationId } }) : null,
    filter.municipalityId ? ctx.prisma.municipality.findUnique({ where: { id: filter.municipalityId } }) : null,
  ]);
  return { organisation: organisation?.shortName ?? filter.organisationId, municipality: municipality?.name ?? filter.municipalityId };
}

/** Needs by status and organisation, as the actor may see them (their scope always applies). */
export async function needsList(
  ctx: ApiContext,
  actor: Actor,
  filter: { status?: NeedStatus; organisationId?: string; municipalityId?: string; from?: string; to?: string },
): Promise<PrintedList> {
  const where: Prisma.NeedWhereInput = {
    AND: [
      needScope(actor),
      {
        status: filter.status,
        organisationId: filter.organisationId,
        municipalityId: filter.municipalityId,
        registeredAt: {
          gte: filter.from ? new Date(filter.from) : undefined,
          lt: filter.to ? new Date(`${filter.to}T24:00:00Z`) : undefined,
        },
      },
    ],
  };
  const rows = await ctx.prisma.need.findMany({
    where,
    include: {
      person: { select: { lastName: true, firstName: true, middleName: true } },
      measure: { select: { name: true } },
      organisation: { select: { shortName: true } },
      municipality: { select: { name: true } },
    },
    orderBy: [{ organisationId: 'asc' }, { status: 'asc' }, { registeredAt: 'asc' }],
    take: LIST_LIMIT + 1,
  });
  const names = await namesOf(ctx, filter);
  const filters: [string, string][] = [];
  if (filter.status) filters.push(['Статус', nameOf(STATUS_NAMES, filter.status)]);
  if (names.organisation) filters.push(['Организация', names.organisation]);
  if (names.municipality) filters.push(['Муниципалитет', names.municipality]);
  if (filter.from || filter.to) filters.push(['Зарегистрированы', `${filter.from ?? '…'} — ${filter.to ?? '…'}`]);
  return {
    title: 'Потребности по статусам и организациям',
    filters,
    truncated: rows.length > LIST_LIMIT,
    columns: [
      { header: 'Дело', width: 0.08, xlsxWidth: 11 },
      { header: 'Гражданин', width: 0.18, xlsxWidth: 30 },
      { header: 'Мера поддержки', width: 0.24, xlsxWidth: 40 },
      { header: 'Организация', width: 0.12, xlsxWidth: 18 },
      { header: 'Муниципалитет', width: 0.12, xlsxWidth: 20 },
      { header: 'Статус', width: 0.1, xlsxWidth: 18 },
      { header: 'Зарегистрировано', width: 0.08, xlsxWidth: 14 },
      { header: 'Срок', width: 0.08, xlsxWidth: 12 },
    ],
    rows: rows
      .slice(0, LIST_LIMIT)
      .map((n) => [
        caseNumber(n.id),
        fullName(n.person),
        n.measure.name,
        n.organisation.shortName,
        n.municipality.name,
        nameOf(STATUS_NAMES, n.status),
        printDate(n.registeredAt.toISOString()),
        deadlineDay(n.activeDueAt),
      ]),
  };
}

/** The register of families of the actor's municipality (operators) or of all (coordinators, auditors). */
export async function familiesList(ctx: ApiContext, actor: Actor, filter: { municipalityId?: string }): Promise<PrintedList> {
  const rows = await ctx.prisma.household.findMany({
    where: { AND: [householdScope(actor), { municipalityId: filter.municipalityId }] },
    include: {
      municipality: { select: { name: true } },
      members: {
        select: { lastName: true, firstName: true, middleName: true, birthDate: true, needs: { select: { status: true } } },
        orderBy: { birthDate: 'asc' },
      },
    },
    orderBy: [{ municipalityId: 'asc' }, { address: 'asc' }],
    take: LIST_LIMIT + 1,
  });
  const names = await namesOf(ctx, filter);
  return {
    title: 'Реестр семей',
    filters: names.municipality ? [['Муниципалитет', names.municipality]] : [],
    truncated: rows.length > LIST_LIMIT,
    columns: [
      { header: 'Адрес', width: 0.3, xlsxWidth: 45 },
      { header: 'Муниципалитет', width: 0.16, xlsxWidth: 22 },
      { header: 'Старший член семьи', width: 0.24, xlsxWidth: 32 },
      { header: 'Членов семьи', width: 0.1, xlsxWidth: 10, align: 'right' },
      { header: 'Открытых потребностей', width: 0.1, xlsxWidth: 12, align: 'right' },
      { header: 'Категории', width: 0.1, xlsxWidth: 20 },
    ],
    rows: rows.slice(0, LIST_LIMIT).map((h) => {
      const open = h.members.flatMap((m) => m.needs).filter((n) => !['RESOLVED', 'REJECTED', 'CANCELLED'].includes(n.status)).length;
      return [
        h.address,
        h.municipality.name,
        h.members[0] ? fullName(h.members[0]) : '—',
        String(h.members.length),
        String(open),
        h.categories.map((c) => (c === 'LARGE_FAMILY' ? 'многодетная' : 'неполная')).join(', '),
      ];
    }),
  };
}
