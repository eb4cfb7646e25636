-- CreateEnum
CREATE TYPE "LifeSituationSubject" AS ENUM ('HOUSEHOLD', 'MEMBER');

-- CreateTable
CREATE TABLE "LifeSituation" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "subject" "LifeSituationSubject" NOT NULL,
    "rule" JSONB NOT NULL,
    "measureCodes" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LifeSituation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LifeSituation_code_key" ON "LifeSituation"("code");
