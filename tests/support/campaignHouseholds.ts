import type { PrismaClient } from '../../prisma/client';

/**
 * `count` one-person households of the municipality whose current assessment is below the
 * subsistence minimum, each applicant with a phone, written straight in SQL (as a bulk import).
 * Addresses carry `tag`, so a test can tell its households apart.
 */
export async function fillPoorHouseholds(prisma: PrismaClient, municipalityId: string, count: number, tag: string, verdict = 'BELOW') {
  await prisma.$executeRaw`
    INSERT INTO "Household" (id, "municipalityId", address, "updatedAt")
    SELECT gen_random_uuid(), ${municipalityId}::uuid, ${tag} || ' ' || g, now() FROM generate_series(1, ${count}) g`;
  await prisma.$executeRaw`
    INSERT INTO "Person" (id, "householdId", "lastName", "firstName", "birthDate", sex, snils, "municipalityId", address, "updatedAt")
    SELECT gen_random_uuid(), h.id, 'Кампанина', 'Анна', date '1980-01-01', 'FEMALE', h.address, h."municipalityId", h.address, now()
      FROM "Household" h WHERE h.address LIKE ${`${tag} %`}`;
  await prisma.$executeRaw`
    INSERT INTO "Contact" (id, "personId", kind, value)
    SELECT gen_random_uuid(), p.id, 'PHONE', '+7 900 ' || lpad((row_number() OVER ())::text, 7, '0')
      FROM "Person" p WHERE p.address LIKE ${`${tag} %`}`;
  await prisma.$executeRaw`
    INSERT INTO "PovertyAssessment" (id, "householdId", "municipalityId", region, "assessedOn", members, "monthlyIncomeKopecks",
           "perCapitaIncomeKopecks", "thresholdKopecks", verdict, "depthKopecks", "depthBasisPoints", "deficitKopecks",
           "nearBandPermille", children, pensioners, disabled, "largeFamily", "singleParent", inputs, "inputsHash")
    SELECT gen_random_uuid(), h.id, h."municipalityId", 'RU-SAM', current_date, 1, 500000, 500000, 1700000,
           ${verdict}::"PovertyVerdict", 1200000, 7058, 1200000, 1500, 0, 0, 0, false, false, '[]'::jsonb, h.id::text
      FROM "Household" h WHERE h.address LIKE ${`${tag} %`}`;
}
