import { demoDocumentPdf } from '../../scripts/seed/demoDocument';
import { localDate } from '../../shared/calendar/workingDays';
import { formatSnils, snilsCheckNumber } from '../../shared/snils';
import type { PrismaClient } from '../../prisma/client';
import type { TestSystem } from './system';

/** Seeded demo users and catalog entries, looked up by their business keys. */
export async function userId(prisma: PrismaClient, username: string): Promise<string> {
  return (await prisma.user.findUniqueOrThrow({ where: { username } })).id;
}

export async function measureByCode(prisma: PrismaClient, code: string) {
  return prisma.supportMeasure.findUniqueOrThrow({ where: { code }, include: { organisation: true } });
}

/** A measure of the given organisation that requires at least one document. */
export async function measureWithDocuments(prisma: PrismaClient, organisationCode: string) {
  const measures = await prisma.supportMeasure.findMany({ where: { organisation: { code: organisationCode } }, orderBy: { code: 'asc' } });
  const measure = measures.find((m) => (m.requiredDocuments as unknown[]).length > 0);
  if (!measure) throw new Error(`no measure of ${organisationCode} requires documents`);
  return measure;
}

let snilsCounter = 100_000_000;

/** A fresh valid SNILS for each call. */
export function nextSnils(): string {
  const digits = String(++snilsCounter).padStart(9, '0');
  return formatSnils(`${digits}${String(snilsCheckNumber(digits)).padStart(2, '0')}`);
}

/** Registers a one-person passport in the operator's municipality through the API; returns the person id. */
export async function registerPerson(system: TestSystem, operatorUsername: string, lastName = 'Иванова'): Promise<string> {
  const operator = await system.prisma.user.findUniqueOrThrow({ where: { username: operatorUsername } });
  const res = await system
    .as(operator.id)
    .post('/api/passports')
    .send({
      household: { municipalityId: operator.municipalityId, address: 'г. Самара, ул. Ленинская, д. 1, кв. 1' },
      persons: [
        {
          key: 'p1',
          lastName,
          firstName: 'Мария',
          middleName: 'Петровна',
          birthDate: '1985-04-12',
          sex: 'FEMALE',
          snils: nextSnils(),
          contacts: [],
          debts: [],
          incomes: [],
        },
      ],
      relations: [],
    });
  if (res.status !== 201) throw new Error(`passport not created: ${res.status} ${JSON.stringify(res.body)}`);
  const person = await system.prisma.person.findFirstOrThrow({ where: { householdId: res.body.id } });
  return person.id;
}

/** An executor takes the case, accepts it, attaches every document its measure requires and resolves it today. */
export async function takeAndResolve(
  system: TestSystem,
  executor: string,
  needId: string,
  measure: { requiredDocuments: unknown },
  report: string,
): Promise<void> {
  await system.as(executor).post(`/api/needs/${needId}/claim`).send({}).expect(200);
  await system.as(executor).post(`/api/needs/${needId}/accept`).send({}).expect(200);
  for (const doc of measure.requiredDocuments as { code: string }[]) {
    await system
      .as(executor)
      .post(`/api/needs/${needId}/documents`)
      .field('kind', doc.code)
      .attach('file', await demoDocumentPdf(doc.code), { filename: `${doc.code}.pdf`, contentType: 'application/pdf' })
      .expect(201);
  }
  await system
    .as(executor)
    .post(`/api/needs/${needId}/resolve`)
    .send({ supportDate: localDate(new Date()), report })
    .expect(200);
}
