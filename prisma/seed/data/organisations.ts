import type { OrganisationSeed } from './types';

/** The executive bodies named in the Samara seed; the Department of Internal Policy coordinates. */
export const ORGANISATIONS: OrganisationSeed[] = [
  {
    code: 'MINZDRAV',
    name: 'Министерство здравоохранения Самарской области',
    shortName: 'Минздрав',
    kind: 'MINISTRY',
    email: 'minzdrav@samregion.example',
  },
  {
    code: 'MINCULT',
    name: 'Министерство культуры Самарской области',
    shortName: 'Минкультуры',
    kind: 'MINISTRY',
    email: 'mincult@samregion.example',
  },
  {
    code: 'MINOBR',
    name: 'Министерство образования и науки Самарской области',
    shortName: 'Минобрнауки',
    kind: 'MINISTRY',
    email: 'minobr@samregion.example',
  },
  {
    code: 'MINSOC',
    name: 'Министерство социально-демографической и семейной политики Самарской области',
    shortName: 'Минсоцдемографии',
    kind: 'MINISTRY',
    email: 'minsoc@samregion.example',
  },
  {
    code: 'MINSPORT',
    name: 'Министерство спорта Самарской области',
    shortName: 'Минспорт',
    kind: 'MINISTRY',
    email: 'minsport@samregion.example',
  },
  {
    code: 'MINTRUD',
    name: 'Министерство труда, занятости и миграционной политики Самарской области',
    shortName: 'Минтруд',
    kind: 'MINISTRY',
    email: 'mintrud@samregion.example',
  },
  {
    code: 'MINFIN',
    name: 'Министерство управления финансами Самарской области',
    shortName: 'Минфин',
    kind: 'MINISTRY',
    email: 'minfin@samregion.example',
  },
  {
    code: 'MINENERGO',
    name: 'Министерство энергетики и жилищно-коммунального хозяйства Самарской области',
    shortName: 'Минэнерго ЖКХ',
    kind: 'MINISTRY',
    email: 'minenergo@samregion.example',
  },
  {
    code: 'DVP',
    name: 'Департамент внутренней политики Администрации Губернатора Самарской области',
    shortName: 'ДВП АГ',
    kind: 'REGIONAL_COORDINATOR',
    email: 'dvp@samregion.example',
  },
];
