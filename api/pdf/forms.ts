import type { Actor } from '../../shared/needCase';
import type { CaseHistoryData } from '../../templates/pdf/caseHistoryExtract';
import type { PassportCardData } from '../../templates/pdf/passportCard';
import type { SupportActData } from '../../templates/pdf/supportAct';
import type { ApiContext } from '../context';
import { conflict } from '../http/errors';
import { needEvents } from '../needs/history';
import { loadNeed } from '../needs/view';
import { createPassportService } from '../passports/service';
import { eventDetails } from './eventDetails';
import { caseNumber } from '../../shared/caseWording';

const fullName = (p: { lastName: string; firstName: string; middleName?: string | null }) =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

/** Kinds of documents a case takes besides those its measure requires. */
const OTHER_KINDS: Record<string, string> = { other: 'Иной документ' };

const ELDER_SIDE = ['PARENT', 'GUARDIAN'];
const SYMMETRIC = ['SPOUSE', 'SIBLING', 'OTHER'];

/** The data of each printable form, loaded through the same scoped reads as the screens (a foreign record is 404). */
export function createFormData(ctx: ApiContext) {
  const passports = createPassportService(ctx.prisma);
  const organisationNames = async () =>
    new Map((await ctx.prisma.organisation.findMany({ select: { id: true, shortName: true } })).map((o) => [o.id, o.shortName]));
  const userNames = async (ids: string[]) =>
    new Map(
      (await ctx.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]),
    );

  return {
    /** The card, and the members' surnames (eldest first) that name the file. */
    async passportCard(actor: Actor, householdId: string): Promise<{ card: PassportCardData; surnames: string[] }> {
      const passport = await passports.get(actor, householdId);
      const names = new Map(passport.persons.map((p) => [p.id, fullName(p)]));
      const needIds = passport.persons.flatMap((p) => p.needs.map((n) => n.id));
      const needOrganisations = new Map(
        (
          await ctx.prisma.need.findMany({
            where: { id: { in: needIds } },
            select: { id: true, organisation: { select: { shortName: true } } },
          })
        ).map((n) => [n.id, n.organisation.shortName]),
      );
      const card: PassportCardData = {
        address: passport.address,
        municipality: passport.municipality.name,
        persons: passport.persons.map((p) => ({
          name: fullName(p),
          birthDate: p.birthDate,
          snils: p.snils,
          contacts: p.contacts.map((c) => c.value).join(', '),
        })),
        // Each link is stored both ways; the card lists it once, from the elder side.
        relations: passport.relations
          .filter((r) => ELDER_SIDE.includes(r.kind) || (SYMMETRIC.includes(r.kind) && r.fromPersonId < r.toPersonId))
          .map((r) => ({ from: names.get(r.fromPersonId) ?? '', kind: r.kind, to: names.get(r.toPersonId) ?? '' })),
        needs: passport.persons.flatMap((p) =>
          p.needs.map((n) => ({
            person: fullName(p),
            measure: n.measure.name,
            organisation: needOrganisations.get(n.id) ?? '',
            registeredAt: n.registeredAt,
            status: n.status,
            dueAt: n.activeDueAt,
          })),
        ),
      };
      return { card, surnames: passport.persons.map((p) => p.lastName) };
    },

    async supportAct(actor: Actor, needId: string): Promise<SupportActData> {
      const need = await loadNeed(ctx.prisma, actor, needId);
      if (need.status !== 'RESOLVED') throw conflict('Акт формируется только по делу, по которому поддержка оказана');
      const kindNames = new Map(need.requiredDocuments.map((d) => [d.code, d.name]));
      const executor = need.assigneeId ? await ctx.prisma.user.findUnique({ where: { id: need.assigneeId } }) : null;
      return {
        caseNumber: caseNumber(need.id),
        person: fullName(need.person),
        measure: need.measure.name,
        organisation: need.organisation.name,
        registeredAt: need.registeredAt,
        supportDate: need.supportDate ?? '',
        executor: executor?.fullName ?? '—',
        report: need.report ?? '',
        documents: need.documents
          .filter((d) => !d.deletedAt)
          .map((d) => ({
            fileName: d.fileName,
            kind: kindNames.get(d.kind) ?? OTHER_KINDS[d.kind] ?? d.kind,
            version: d.version,
            size: d.size,
            sha256: d.sha256,
          })),
      };
    },

    async caseHistory(actor: Actor, needId: string): Promise<CaseHistoryData> {
      const need = await loadNeed(ctx.prisma, actor, needId);
      const events = await needEvents(ctx, actor, needId);
      const organisations = await organisationNames();
      const assignees = await userNames(events.flatMap((e) => (typeof e.data.assigneeId === 'string' ? [e.data.assigneeId] : [])));
      return {
        caseNumber: caseNumber(need.id),
        measure: need.measure.name,
        organisation: need.organisation.name,
        status: need.status,
        events: events.map((e) => ({
          at: e.at,
          type: e.type,
          actor: e.actorName ?? 'Система',
          details: eventDetails(e.data, {
            organisation: (id) => organisations.get(id) ?? id,
            user: (id) => assignees.get(id) ?? id,
          }),
        })),
      };
    },
  };
}
