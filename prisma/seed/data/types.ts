import type { ContactKind, DebtKind, EscalationTarget, IncomeSource, RelationKind, Sex, SupportKind } from '../../../shared/domain';
import type { DemoScenario } from './demoScenarios';

export interface OrganisationSeed {
  code: string;
  name: string;
  shortName: string;
  kind: 'MINISTRY' | 'DEPARTMENT' | 'REGIONAL_COORDINATOR';
  email: string;
}

export interface MunicipalitySeed {
  code: string;
  name: string;
  kind: 'URBAN_OKRUG' | 'MUNICIPAL_RAION';
}

export interface SupportMeasureSeed {
  code: string;
  name: string;
  kind: SupportKind;
  organisationCode: string;
  acceptWorkingDays: number;
  resolveWorkingDays: number;
  reminderWorkingDaysBefore: number;
  requiredDocuments: { code: string; name: string }[];
  relevantPassportSections: ('CONTACTS' | 'DEBTS' | 'INCOMES' | 'HOUSEHOLD')[];
  description: string;
}

export interface EscalationLevelSeed {
  level: number;
  target: EscalationTarget;
  afterWorkingDays: number;
  title: string;
}

export interface PersonSeed {
  key: string;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: Sex;
  snils: string;
  contacts: { kind: ContactKind; value: string }[];
  debts: { kind: DebtKind; creditor: string; amount: string; since: string }[];
  incomes: { source: IncomeSource; amount: string; period: string }[];
}

export interface FamilySeed {
  key: string;
  municipalityCode: string;
  address: string;
  persons: PersonSeed[];
  relations: { fromKey: string; toKey: string; kind: RelationKind }[];
  needs: ({ personKey: string; measureCode: string } & DemoScenario)[];
}
