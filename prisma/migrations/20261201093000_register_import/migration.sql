-- Register import (batches of files, their rows, the households they made), and merged persons' tombstones.
ALTER TABLE "Person" ADD COLUMN "mergedIntoId" UUID,
ADD COLUMN "mergedAt" TIMESTAMP(3);

CREATE INDEX "Person_birthDate_idx" ON "Person"("birthDate");
CREATE INDEX "Person_mergedIntoId_idx" ON "Person"("mergedIntoId");

-- A merge cannot be undone silently: once a person is a tombstone, it stays one, pointing to the same survivor.
CREATE FUNCTION person_tombstone_kept() RETURNS trigger AS $$
BEGIN
  IF OLD."mergedIntoId" IS NOT NULL AND NEW."mergedIntoId" IS DISTINCT FROM OLD."mergedIntoId" THEN
    RAISE EXCEPTION 'merged person % stays merged into %', OLD.id, OLD."mergedIntoId";
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER person_tombstone_kept BEFORE UPDATE OF "mergedIntoId" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION person_tombstone_kept();

CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "municipalityId" UUID,
    "status" TEXT NOT NULL,
    "totalRows" INTEGER NOT NULL,
    "validRows" INTEGER NOT NULL,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdPersons" INTEGER NOT NULL DEFAULT 0,
    "linkedPersons" INTEGER NOT NULL DEFAULT 0,
    "workflowId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ImportRow" (
    "batchId" UUID NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "errors" JSONB,
    "personId" UUID,
    "outcome" TEXT,
    "duplicateOf" UUID,
    "duplicateScore" INTEGER,

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("batchId","rowNumber")
);

CREATE TABLE "ImportHousehold" (
    "batchId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "householdId" UUID NOT NULL,

    CONSTRAINT "ImportHousehold_pkey" PRIMARY KEY ("batchId","key")
);

CREATE UNIQUE INDEX "ImportBatch_sha256_key" ON "ImportBatch"("sha256");

ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
