import { PLAN_TEMPLATES } from '../../prisma/seed/data/planTemplates';
import { SUPPORT_MEASURES } from '../../prisma/seed/data/supportMeasures';
import { criticalPath, planGraphProblem } from '../../shared/plans/dag';

describe('seeded plan templates', () => {
  it.each(PLAN_TEMPLATES.map((t) => [t.code, t] as const))('%s is a DAG of known support measures', (_code, template) => {
    expect(planGraphProblem(template.points)).toBeNull();
    const codes = new Set(SUPPORT_MEASURES.map((m) => m.code));
    expect(template.points.filter((p) => !codes.has(p.measureCode))).toEqual([]);
  });

  it('the social contract runs contract → job search → training → start of work → monitoring on its critical path', () => {
    const template = PLAN_TEMPLATES.find((t) => t.code === 'SOCIAL_CONTRACT_JOB')!;
    expect(criticalPath(template.points).path).toEqual(['contract', 'job_search', 'training', 'work_start', 'monitoring']);
  });
});
