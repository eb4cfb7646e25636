import { generateFamilies } from '../../prisma/seed/data/syntheticFamilies';
import { PLAN_TASK_MEASURE_CODE } from '../../shared/plans/plan';

describe('the demo families of npm start', () => {
  it('ask only for measures a family can ask for: never the plan-task measure, which the needs API refuses', () => {
    const asked = new Set(generateFamilies(2000, 42).flatMap((family) => family.needs.map((need) => need.measureCode)));
    expect(asked.size).toBeGreaterThan(20);
    expect(asked.has(PLAN_TASK_MEASURE_CODE)).toBe(false);
  });
});
