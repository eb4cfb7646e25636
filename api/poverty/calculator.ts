import type { PrismaClient } from '../../prisma/client';
import { loadHouseholds, loadSubsistenceTable } from '../../activities/poverty/householdInputs';
import { localDate } from '../../shared/calendar/workingDays';
import type { Actor } from '../../shared/needCase';
import type { MemberInput } from '../../shared/poverty/assessment';
import { AssessmentError, assessHousehold } from '../../shared/poverty/assessment';
import { regionRules } from '../../shared/poverty/regions';
import type { Assessment, CalculatorRequest } from '../../shared/schemas/poverty';
import { assessmentHouseholdScope } from '../access/scopes';
import { HttpError, notFound, unprocessable } from '../http/errors';

function assessOrRefuse(run: () => Assessment): Assessment {
  try {
    return run();
  } catch (err) {
    if (err instanceof AssessmentError) throw new HttpError(422, err.code, err.message);
    throw err;
  }
}

/**
 * The social-contract calculator: a real household (read through the actor's scope) or a
 * hypothetical one, assessed on a date without storing anything.
 */
export async function calculate(
  prisma: PrismaClient,
  actor: Actor,
  request: CalculatorRequest,
  defaultNearBand: number,
): Promise<{ assessment: Assessment; householdId: string | null }> {
  const date = request.date ?? localDate(new Date());
  const nearBandPermille = request.nearBandPermille ?? defaultNearBand;
  const table = await loadSubsistenceTable(prisma);
  if ('householdId' in request) {
    const [household] = await loadHouseholds(prisma, { AND: [{ id: request.householdId }, assessmentHouseholdScope(actor)] }, date);
    if (!household) throw notFound('Паспорт');
    const region = regionRules(household.region);
    if (!region) throw new HttpError(422, 'NO_SUBSISTENCE_MINIMUM', `Нет правил региона ${household.region}`);
    const assessment = assessOrRefuse(() =>
      assessHousehold({ region, date, members: household.members, categories: household.categories, table, nearBandPermille }),
    );
    return { assessment, householdId: household.id };
  }
  const region = regionRules(request.region);
  if (!region) throw unprocessable({ region: 'Для этого региона нет правил и таблицы прожиточного минимума' });
  const keys = new Set(request.members.map((m) => m.key));
  if (keys.size !== request.members.length) throw unprocessable({ members: 'Ключи членов семьи повторяются' });
  const members: MemberInput[] = request.members.map((m) => ({
    key: m.key,
    personId: null,
    name: m.name,
    birthDate: m.birthDate,
    sex: m.sex ?? null,
    categories: m.categories,
    disabilityGroup: m.disabilityGroup ?? null,
    groupOverride: m.group,
    incomes: m.incomes.map((i) => ({ period: i.period, kopecks: i.amountKopecks })),
  }));
  const assessment = assessOrRefuse(() =>
    assessHousehold({ region, date, members, categories: request.categories, table, nearBandPermille }),
  );
  return { assessment, householdId: null };
}
