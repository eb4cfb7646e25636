-- The poverty profile: subsistence minimum as data, social categories, household assessments (issue 10).

-- CreateEnum
CREATE TYPE "SubsistenceGroup" AS ENUM ('PER_CAPITA', 'WORKING_AGE', 'PENSIONER', 'CHILD');

-- CreateEnum
CREATE TYPE "PersonCategory" AS ENUM ('PENSIONER', 'DISABLED', 'UNEMPLOYED', 'STUDENT', 'PREGNANT', 'GUARDIAN');

-- CreateEnum
CREATE TYPE "DisabilityGroup" AS ENUM ('GROUP_I', 'GROUP_II', 'GROUP_III', 'DISABLED_CHILD');

-- CreateEnum
CREATE TYPE "HouseholdCategory" AS ENUM ('LARGE_FAMILY', 'SINGLE_PARENT');

-- CreateEnum
CREATE TYPE "PovertyVerdict" AS ENUM ('BELOW', 'NEAR', 'ABOVE');

-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "categories" "HouseholdCategory"[] DEFAULT ARRAY[]::"HouseholdCategory"[],
ADD COLUMN     "povertyStaleSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "region" TEXT NOT NULL DEFAULT 'RU-SAM';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "categories" "PersonCategory"[] DEFAULT ARRAY[]::"PersonCategory"[],
ADD COLUMN     "disabilityGroup" "DisabilityGroup";

-- CreateTable
CREATE TABLE "SubsistenceMinimum" (
    "id" UUID NOT NULL,
    "region" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "group" "SubsistenceGroup" NOT NULL,
    "amountKopecks" INTEGER NOT NULL,
    "actTitle" TEXT NOT NULL,
    "actNumber" TEXT,
    "actDate" DATE,
    "confirmed" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubsistenceMinimum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PovertyAssessment" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "region" TEXT NOT NULL,
    "assessedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "members" INTEGER NOT NULL,
    "monthlyIncomeKopecks" BIGINT NOT NULL,
    "perCapitaIncomeKopecks" INTEGER NOT NULL,
    "thresholdKopecks" INTEGER NOT NULL,
    "verdict" "PovertyVerdict" NOT NULL,
    "depthKopecks" INTEGER NOT NULL,
    "depthBasisPoints" INTEGER NOT NULL,
    "deficitKopecks" BIGINT NOT NULL,
    "nearBandPermille" INTEGER NOT NULL,
    "children" INTEGER NOT NULL,
    "pensioners" INTEGER NOT NULL,
    "disabled" INTEGER NOT NULL,
    "largeFamily" BOOLEAN NOT NULL,
    "singleParent" BOOLEAN NOT NULL,
    "inputs" JSONB NOT NULL,
    "inputsHash" TEXT NOT NULL,

    CONSTRAINT "PovertyAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SubsistenceMinimum_region_effectiveFrom_group_key" ON "SubsistenceMinimum"("region", "effectiveFrom", "group");

-- CreateIndex
CREATE INDEX "PovertyAssessment_householdId_assessedOn_idx" ON "PovertyAssessment"("householdId", "assessedOn");

-- CreateIndex
CREATE INDEX "PovertyAssessment_current_verdict_municipalityId_depthBasis_idx" ON "PovertyAssessment"("current", "verdict", "municipalityId", "depthBasisPoints", "householdId");

-- CreateIndex
CREATE INDEX "PovertyAssessment_current_verdict_depthBasisPoints_househol_idx" ON "PovertyAssessment"("current", "verdict", "depthBasisPoints", "householdId");

-- CreateIndex
CREATE INDEX "Household_povertyStaleSince_idx" ON "Household"("povertyStaleSince");

-- AddForeignKey
ALTER TABLE "PovertyAssessment" ADD CONSTRAINT "PovertyAssessment_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A household must be re-assessed when its members, their incomes or categories change. The mark is
-- set in the same transaction as the change, whoever writes it (API, seed, an import), so no change
-- is lost if the signal to the re-assessment workflow is; re-assessment clears it.
CREATE FUNCTION "household_poverty_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected UUID[];
BEGIN
  IF TG_TABLE_NAME = 'Person' THEN
    affected := ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD."householdId" END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW."householdId" END];
  ELSE
    SELECT array_agg(p."householdId") INTO affected FROM "Person" p
     WHERE p.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD."personId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."personId" END);
  END IF;
  UPDATE "Household" SET "povertyStaleSince" = now()
   WHERE id = ANY(affected) AND "povertyStaleSince" IS DISTINCT FROM now();
  RETURN NULL;
END $$;

CREATE TRIGGER "Person_poverty_stale"
  AFTER INSERT OR DELETE OR UPDATE OF "householdId", "birthDate", "categories", "disabilityGroup" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION "household_poverty_stale"();

CREATE TRIGGER "Income_poverty_stale"
  AFTER INSERT OR DELETE OR UPDATE ON "Income"
  FOR EACH ROW EXECUTE FUNCTION "household_poverty_stale"();

CREATE FUNCTION "household_categories_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."povertyStaleSince" := now();
  RETURN NEW;
END $$;

CREATE TRIGGER "Household_poverty_stale"
  BEFORE UPDATE OF "categories", "municipalityId" ON "Household"
  FOR EACH ROW WHEN (OLD."categories" IS DISTINCT FROM NEW."categories" OR OLD."municipalityId" IS DISTINCT FROM NEW."municipalityId")
  EXECUTE FUNCTION "household_categories_stale"();

-- At most one current assessment per household (Prisma cannot declare a partial index).
CREATE UNIQUE INDEX "PovertyAssessment_one_current" ON "PovertyAssessment"("householdId") WHERE "current";
