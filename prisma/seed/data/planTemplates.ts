import type { OnPredecessorRejected } from '../../../shared/plans/plan';

export interface PlanTemplatePointSeed {
  key: string;
  title: string;
  /** The support measure the point becomes a case of (a code from supportMeasures.ts); its organisation answers for it. */
  measureCode?: string;
  /** A point without a measure is a free task, a case of the generic PLAN_TASK measure; this organisation answers for it. */
  organisationCode?: string;
  durationWorkingDays: number;
  /** The document that proves the point done. */
  evidenceDocument: string;
  predecessors: string[];
}

export interface PlanTemplateSeed {
  code: string;
  name: string;
  description: string;
  onPredecessorRejected: OnPredecessorRejected;
  points: PlanTemplatePointSeed[];
}

/** Plans of support as sets of control points linked predecessor → successor, like a regional project's plan. */
export const PLAN_TEMPLATES: PlanTemplateSeed[] = [
  {
    code: 'SOCIAL_CONTRACT_JOB',
    name: 'Социальный контракт: поиск работы',
    description: 'Программа социальной адаптации по социальному контракту на поиск работы',
    // Without retraining the person may still find work: the plan goes on.
    onPredecessorRejected: 'SKIP',
    points: [
      {
        key: 'contract',
        title: 'Заключение социального контракта',
        measureCode: 'SOC_CONTRACT',
        durationWorkingDays: 10,
        evidenceDocument: 'Социальный контракт и программа социальной адаптации',
        predecessors: [],
      },
      {
        key: 'job_search',
        title: 'Постановка на учёт и поиск работы',
        measureCode: 'EMP_JOB_SEARCH',
        durationWorkingDays: 10,
        evidenceDocument: 'Справка центра занятости о постановке на учёт',
        predecessors: ['contract'],
      },
      {
        key: 'training',
        title: 'Профессиональное обучение',
        measureCode: 'EMP_RETRAINING',
        durationWorkingDays: 30,
        evidenceDocument: 'Свидетельство о прохождении обучения',
        predecessors: ['job_search'],
      },
      {
        key: 'budget',
        title: 'Курс финансовой грамотности',
        measureCode: 'DEBT_FIN_LITERACY',
        durationWorkingDays: 10,
        evidenceDocument: 'Справка о прохождении курса',
        predecessors: ['contract'],
      },
      {
        key: 'work_start',
        title: 'Выход на работу',
        measureCode: 'EMP_JOB_SEARCH',
        durationWorkingDays: 10,
        evidenceDocument: 'Копия трудового договора',
        predecessors: ['training', 'budget'],
      },
      {
        key: 'monitoring',
        title: 'Мониторинг условий жизни',
        measureCode: 'SOC_CONTRACT',
        durationWorkingDays: 20,
        evidenceDocument: 'Акт обследования материально-бытовых условий',
        predecessors: ['work_start'],
      },
    ],
  },
  {
    code: 'DISABLED_CHILD_REHAB',
    name: 'Реабилитация ребёнка-инвалида',
    description: 'Индивидуальная программа: обследование, реабилитация, адаптивный спорт и занятия',
    // Without the medical conclusion the rehabilitation cannot start: the plan stops.
    onPredecessorRejected: 'BLOCK',
    points: [
      {
        key: 'specialist',
        title: 'Обследование у профильного специалиста',
        measureCode: 'MED_SPECIALIST',
        durationWorkingDays: 10,
        evidenceDocument: 'Медицинское заключение',
        predecessors: [],
      },
      {
        key: 'rehab',
        title: 'Курс медицинской реабилитации',
        measureCode: 'MED_REHAB',
        durationWorkingDays: 20,
        evidenceDocument: 'Выписка о прохождении реабилитации',
        predecessors: ['specialist'],
      },
      {
        key: 'benefit',
        title: 'Назначение пособия на ребёнка',
        measureCode: 'SOC_CHILD_BENEFIT',
        durationWorkingDays: 10,
        evidenceDocument: 'Решение о назначении пособия',
        predecessors: [],
      },
      {
        key: 'sport',
        title: 'Занятия адаптивной физкультурой',
        measureCode: 'SPORT_ADAPTIVE',
        durationWorkingDays: 15,
        evidenceDocument: 'Справка о зачислении в группу',
        predecessors: ['rehab'],
      },
      {
        key: 'tutoring',
        title: 'Дополнительные занятия в школе',
        measureCode: 'EDU_TUTORING',
        durationWorkingDays: 15,
        evidenceDocument: 'Приказ о зачислении',
        predecessors: ['rehab'],
      },
      {
        // A free task: no measure of the catalog, the social protection ministry answers for it.
        key: 'review',
        title: 'Итоговая встреча с семьёй: оценка результатов программы',
        organisationCode: 'MINSOC',
        durationWorkingDays: 5,
        evidenceDocument: 'Протокол итоговой встречи',
        predecessors: ['benefit', 'sport', 'tutoring'],
      },
    ],
  },
];
