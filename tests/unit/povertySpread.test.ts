import { generateFamilies } from '../../prisma/seed/data/syntheticFamilies';
import { SUBSISTENCE_MINIMUMS } from '../../prisma/seed/data/subsistenceMinimums';
import { localDate } from '../../shared/calendar/workingDays';
import { DEFAULT_NEAR_BAND_PERMILLE, assessHousehold } from '../../shared/poverty/assessment';
import { kopecksOf } from '../../shared/poverty/money';
import { REGIONS } from '../../shared/poverty/regions';

describe('the synthetic families of the seed', () => {
  it('spread around the subsistence minimum: some below, some near, most above', () => {
    const date = localDate(new Date());
    const counts = { BELOW: 0, NEAR: 0, ABOVE: 0 };
    const families = generateFamilies(400, 42);
    for (const family of families) {
      const { verdict } = assessHousehold({
        region: REGIONS['RU-SAM'],
        date,
        categories: [],
        table: SUBSISTENCE_MINIMUMS.map((r) => ({ ...r, id: null })),
        nearBandPermille: DEFAULT_NEAR_BAND_PERMILLE,
        members: family.persons.map((p) => ({
          key: p.key,
          personId: null,
          name: p.firstName,
          birthDate: p.birthDate,
          sex: p.sex,
          categories: [],
          disabilityGroup: null,
          incomes: p.incomes.map((i) => ({ period: i.period, kopecks: kopecksOf(i.amount) })),
        })),
      });
      counts[verdict] += 1;
    }
    expect(counts.BELOW / families.length).toBeGreaterThan(0.08);
    expect(counts.BELOW / families.length).toBeLessThan(0.25);
    expect(counts.NEAR / families.length).toBeGreaterThan(0.1);
    expect(counts.NEAR / families.length).toBeLessThan(0.3);
    expect(counts.ABOVE / families.length).toBeGreaterThan(0.5);
  });
});
