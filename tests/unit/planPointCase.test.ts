import { pointCase } from '../../api/plans/pointCase';
import type { TemplatePoint } from '../../api/plans/pointCase';

const actor = { userId: '00000000-0000-4000-8000-000000000001', role: 'OPERATOR' as const, organisationId: null, municipalityId: 'samara' };
const taskMeasure = {
  id: 'task-measure',
  organisationId: 'coordinating-department',
  acceptWorkingDays: 2,
  reminderWorkingDaysBefore: 1,
  requiredDocuments: [],
};
const plan = {
  templateName: 'Реабилитация ребёнка-инвалида',
  needId: 'need-1',
  personId: 'person-1',
  municipalityId: 'samara',
  actor,
  taskMeasure,
  escalationChain: [],
};
const point = (overrides: Partial<TemplatePoint>): TemplatePoint => ({
  key: 'review',
  title: 'Итоговая встреча с семьёй',
  durationWorkingDays: 5,
  evidenceDocument: 'Протокол встречи',
  measure: null,
  organisationId: null,
  ...overrides,
});

describe('the case a control point becomes', () => {
  it('is a case of the generic plan-task measure for a free task, titled by the point and answered for by its organisation', () => {
    const input = pointCase(point({ organisationId: 'minsoc' }), plan);
    expect(input.registration).toMatchObject({ measureId: 'task-measure', organisationId: 'minsoc', needId: 'need-1' });
    expect(input.registration.description).toBe(
      'Задача плана «Реабилитация ребёнка-инвалида»: Итоговая встреча с семьёй. Подтверждение: Протокол встречи',
    );
    expect(input.policy.resolveWorkingDays).toBe(5);
  });

  it("is a case of the point's measure, handled by the measure's organisation unless the point names another", () => {
    const measure = {
      id: 'rehab',
      organisationId: 'minzdrav',
      acceptWorkingDays: 3,
      reminderWorkingDaysBefore: 2,
      requiredDocuments: [{ code: 'act' }],
    };
    const own = pointCase(point({ measure }), plan);
    expect(own.registration).toMatchObject({ measureId: 'rehab', organisationId: 'minzdrav' });
    expect(own.registration.description).toBe('Реабилитация ребёнка-инвалида: Итоговая встреча с семьёй. Подтверждение: Протокол встречи');
    expect(own.policy).toMatchObject({ acceptWorkingDays: 3, requiredDocuments: ['act'] });
    expect(pointCase(point({ measure, organisationId: 'minsoc' }), plan).registration.organisationId).toBe('minsoc');
  });
});
