import { PLAN_TEMPLATES } from '../../prisma/seed/data/planTemplates';
import { SUPPORT_MEASURES } from '../../prisma/seed/data/supportMeasures';
import { ORGANISATIONS } from '../../prisma/seed/data/organisations';
import { criticalPath, planGraphProblem } from '../../shared/plans/dag';
import { PLAN_TASK_MEASURE_CODE } from '../../shared/plans/plan';

describe('seeded plan templates', () => {
  it.each(PLAN_TEMPLATES.map((t) => [t.code, t] as const))(
    '%s is a DAG of known support measures and free tasks of known organisations',
    (_code, template) => {
      expect(planGraphProblem(template.points)).toBeNull();
      const codes = new Set(SUPPORT_MEASURES.map((m) => m.code));
      const organisations = new Set(ORGANISATIONS.map((o) => o.code));
      const unknown = template.points.filter((p) =>
        p.measureCode ? !codes.has(p.measureCode) : !p.organisationCode || !organisations.has(p.organisationCode),
      );
      expect(unknown).toEqual([]);
    },
  );

  it('ships the generic measure free tasks become cases of', () => {
    expect(SUPPORT_MEASURES.find((m) => m.code === PLAN_TASK_MEASURE_CODE)).toMatchObject({ kind: 'PLAN_TASK' });
    expect(PLAN_TEMPLATES.flatMap((t) => t.points).some((p) => !p.measureCode)).toBe(true);
  });

  it('the social contract runs contract → job search → training → start of work → monitoring on its critical path', () => {
    const template = PLAN_TEMPLATES.find((t) => t.code === 'SOCIAL_CONTRACT_JOB')!;
    expect(criticalPath(template.points).path).toEqual(['contract', 'job_search', 'training', 'work_start', 'monitoring']);
  });
});
