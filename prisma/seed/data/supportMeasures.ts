import type { SupportKind } from '../../../shared/domain';
import type { SupportMeasureSeed } from './types';

const doc = {
  application: { code: 'application', name: 'Заявление гражданина' },
  act: { code: 'act', name: 'Акт о предоставлении меры поддержки' },
  income: { code: 'income_statement', name: 'Справка о доходах семьи' },
  medical: { code: 'medical_report', name: 'Медицинское заключение' },
  contract: { code: 'social_contract', name: 'Социальный контракт' },
  debt: { code: 'debt_statement', name: 'Справка о задолженности' },
  enrolment: { code: 'enrolment_order', name: 'Приказ о зачислении' },
};

type Sections = SupportMeasureSeed['relevantPassportSections'];

function measure(
  code: string,
  name: string,
  kind: SupportKind,
  organisationCode: string,
  [acceptWorkingDays, resolveWorkingDays]: [number, number],
  requiredDocuments: SupportMeasureSeed['requiredDocuments'],
  relevantPassportSections: Sections,
  description: string,
): SupportMeasureSeed {
  return {
    code,
    name,
    kind,
    organisationCode,
    acceptWorkingDays,
    resolveWorkingDays,
    reminderWorkingDaysBefore: resolveWorkingDays > 10 ? 2 : 1,
    requiredDocuments,
    relevantPassportSections,
    description,
  };
}

const C: Sections = ['CONTACTS'];
const CI: Sections = ['CONTACTS', 'INCOMES', 'HOUSEHOLD'];
const CD: Sections = ['CONTACTS', 'DEBTS', 'INCOMES'];

/** The catalog of support measures, each routed to the executive body responsible for it. */
export const SUPPORT_MEASURES: SupportMeasureSeed[] = [
  measure('MED_GP_APPOINTMENT', 'Запись к участковому врачу и диспансеризация', 'MEDICAL', 'MINZDRAV', [1, 5], [doc.act], C, 'Организация приёма врача и профилактического осмотра'),
  measure('MED_SPECIALIST', 'Консультация узкого специалиста', 'MEDICAL', 'MINZDRAV', [1, 10], [doc.medical], C, 'Направление к профильному специалисту'),
  measure('MED_REHAB', 'Медицинская реабилитация', 'MEDICAL', 'MINZDRAV', [2, 20], [doc.medical, doc.act], C, 'Курс реабилитации в медицинской организации'),
  measure('MED_DRUGS', 'Льготное лекарственное обеспечение', 'MEDICAL', 'MINZDRAV', [1, 10], [doc.act], C, 'Выписка льготных рецептов'),
  measure('MED_HOME_CARE', 'Патронаж на дому', 'MEDICAL', 'MINZDRAV', [1, 7], [doc.act], CI, 'Посещение маломобильного гражданина на дому'),
  measure('EDU_KINDERGARTEN', 'Место в детском саду', 'EDUCATION', 'MINOBR', [2, 30], [doc.application, doc.enrolment], CI, 'Постановка в очередь и предоставление места'),
  measure('EDU_SCHOOL_TRANSPORT', 'Подвоз к школе', 'EDUCATION', 'MINOBR', [2, 15], [doc.act], C, 'Организация подвоза школьника'),
  measure('EDU_TUTORING', 'Бесплатные дополнительные занятия', 'EDUCATION', 'MINOBR', [2, 15], [doc.enrolment], C, 'Зачисление в кружок или на подготовительные курсы'),
  measure('EDU_SCHOOL_KIT', 'Помощь в сборе ребёнка в школу', 'EDUCATION', 'MINSOC', [2, 10], [doc.act], CI, 'Школьная форма и принадлежности для детей из малоимущих семей'),
  measure('SOC_CHILD_BENEFIT', 'Единое пособие на детей', 'SOCIAL_PAYMENT', 'MINSOC', [1, 10], [doc.application, doc.income], CI, 'Содействие в оформлении единого пособия'),
  measure('SOC_CONTRACT', 'Социальный контракт', 'SOCIAL_PAYMENT', 'MINSOC', [2, 30], [doc.application, doc.income, doc.contract], CI, 'Заключение социального контракта для выхода из трудной жизненной ситуации'),
  measure('SOC_LARGE_FAMILY', 'Меры поддержки многодетной семьи', 'SOCIAL_PAYMENT', 'MINSOC', [1, 15], [doc.application], CI, 'Удостоверение многодетной семьи и связанные выплаты'),
  measure('SOC_ONE_TIME_AID', 'Единовременная материальная помощь', 'SOCIAL_PAYMENT', 'MINSOC', [1, 10], [doc.application, doc.act], CI, 'Помощь гражданам в трудной жизненной ситуации'),
  measure('SOC_SUBSIDY_UTILITIES', 'Субсидия на оплату ЖКУ', 'SOCIAL_PAYMENT', 'MINSOC', [2, 10], [doc.income], CD, 'Назначение субсидии на оплату жилого помещения и коммунальных услуг'),
  measure('DEBT_UTILITIES_RESTRUCT', 'Реструктуризация долга за ЖКУ', 'DEBT', 'MINENERGO', [2, 20], [doc.debt, doc.act], CD, 'Соглашение о рассрочке с управляющей или ресурсоснабжающей организацией'),
  measure('DEBT_FIN_ADVICE', 'Консультация по долговой нагрузке и банкротству', 'DEBT', 'MINFIN', [1, 10], [doc.act], CD, 'Консультация о внесудебном банкротстве и реструктуризации кредитов'),
  measure('DEBT_FIN_LITERACY', 'Курс финансовой грамотности', 'DEBT', 'MINFIN', [2, 15], [], CD, 'Обучение планированию семейного бюджета'),
  measure('DEBT_ALIMONY_HELP', 'Помощь во взыскании алиментов', 'DEBT', 'MINSOC', [2, 20], [doc.application], CD, 'Содействие во взыскании алиментов через службу судебных приставов'),
  measure('SPORT_SECTION', 'Бесплатная спортивная секция для ребёнка', 'SPORT', 'MINSPORT', [2, 10], [doc.enrolment], C, 'Зачисление в спортивную школу или секцию'),
  measure('SPORT_GTO', 'Подготовка и сдача норм ГТО', 'SPORT', 'MINSPORT', [2, 20], [], C, 'Запись в центр тестирования ГТО'),
  measure('SPORT_ADAPTIVE', 'Адаптивная физкультура', 'SPORT', 'MINSPORT', [2, 15], [doc.medical], C, 'Занятия адаптивной физической культурой для людей с инвалидностью'),
  measure('EMP_JOB_SEARCH', 'Содействие в поиске работы', 'EMPLOYMENT', 'MINTRUD', [1, 10], [doc.act], CI, 'Подбор вакансий центром занятости'),
  measure('EMP_RETRAINING', 'Профессиональное переобучение', 'EMPLOYMENT', 'MINTRUD', [2, 30], [doc.application, doc.enrolment], CI, 'Обучение востребованной профессии'),
  measure('EMP_TEEN_SUMMER', 'Временное трудоустройство подростка', 'EMPLOYMENT', 'MINTRUD', [2, 15], [doc.act], C, 'Летняя занятость несовершеннолетних'),
  measure('EMP_SELF_EMPLOYED', 'Поддержка самозанятости', 'EMPLOYMENT', 'MINTRUD', [2, 20], [doc.contract], CI, 'Помощь в регистрации и запуске своего дела'),
  measure('VOL_HOUSEHOLD_HELP', 'Помощь волонтёров по хозяйству', 'VOLUNTEER', 'DVP', [1, 5], [], C, 'Доставка продуктов и лекарств, помощь по дому'),
  measure('VOL_ESCORT', 'Сопровождение маломобильного гражданина', 'VOLUNTEER', 'DVP', [1, 5], [], C, 'Сопровождение в поликлинику и учреждения'),
  measure('VOL_HUMANITARIAN', 'Гуманитарная помощь семье', 'VOLUNTEER', 'MINSOC', [1, 7], [doc.act], CI, 'Продуктовые наборы и вещи первой необходимости'),
  measure('HOUSING_REPAIR', 'Ремонт жилья многодетной семьи', 'HOUSING', 'MINENERGO', [3, 30], [doc.application, doc.act], CI, 'Помощь в ремонте жилого помещения'),
  measure('HOUSING_GAS', 'Бесплатная газификация домовладения', 'HOUSING', 'MINENERGO', [3, 30], [doc.application, doc.act], C, 'Догазификация в рамках региональной программы'),
  measure('HOUSING_WAITLIST', 'Постановка на учёт нуждающихся в жилье', 'HOUSING', 'MINENERGO', [2, 30], [doc.application, doc.income], CI, 'Учёт граждан, нуждающихся в жилых помещениях'),
  measure('CULT_PUSHKIN_CARD', 'Оформление «Пушкинской карты»', 'CULTURE', 'MINCULT', [1, 5], [], C, 'Помощь молодёжи в оформлении карты'),
  measure('CULT_CIRCLE', 'Бесплатный творческий кружок', 'CULTURE', 'MINCULT', [2, 10], [doc.enrolment], C, 'Зачисление в кружок дома культуры'),
  measure('CULT_TICKETS', 'Бесплатные билеты на культурные мероприятия', 'CULTURE', 'MINCULT', [1, 5], [], C, 'Билеты для детей из малоимущих и многодетных семей'),
];
