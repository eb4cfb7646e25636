-- Documents keep versions (a series shares the first version's id) and are deleted softly.
ALTER TABLE "Document" ADD COLUMN "seriesId" UUID,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "deletedAt" TIMESTAMP(3),
ADD COLUMN "deletedById" UUID;
