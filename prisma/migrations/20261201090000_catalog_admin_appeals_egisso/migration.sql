-- Issue 13: catalog administration with versions, subordinate organisations, rejection reasons as
-- data, the policy each case started with, single-window appeals and the EGISSO mapping of measures.
ALTER TABLE "Organisation" ADD COLUMN "parentId" UUID;
ALTER TABLE "Organisation" ADD COLUMN "scopeMunicipalityIds" UUID[] DEFAULT ARRAY[]::UUID[];
ALTER TABLE "Organisation" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Municipality" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "SupportMeasure" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

CREATE TABLE "RejectionReason" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RejectionReason_pkey" PRIMARY KEY ("code")
);

INSERT INTO "RejectionReason" ("code", "name", "position") VALUES
    ('NOT_ELIGIBLE', 'Не соответствует условиям', 1),
    ('DOCUMENTS_MISSING', 'Нет документов', 2),
    ('DUPLICATE', 'Дублирует другое обращение', 3),
    ('CITIZEN_DECLINED', 'Гражданин отказался', 4),
    ('NOT_REACHABLE', 'Не удалось связаться', 5),
    ('OUT_OF_COMPETENCE', 'Вне компетенции', 6),
    ('OTHER', 'Другое', 7);

CREATE TABLE "CatalogVersion" (
    "id" BIGSERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" UUID,

    CONSTRAINT "CatalogVersion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "NeedPolicy" (
    "needId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "measureVersion" INTEGER NOT NULL,
    "chainVersion" INTEGER NOT NULL,
    "requiredDocuments" JSONB NOT NULL,
    "escalationChain" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedPolicy_pkey" PRIMARY KEY ("needId")
);

CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "householdId" UUID NOT NULL,
    "applicantId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "registeredById" UUID NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "AppealNeed" (
    "appealId" UUID NOT NULL,
    "needId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AppealNeed_pkey" PRIMARY KEY ("appealId","needId")
);

CREATE TABLE "EgissoMeasureMapping" (
    "measureId" UUID NOT NULL,
    "egissoCode" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "unitCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EgissoMeasureMapping_pkey" PRIMARY KEY ("measureId")
);

CREATE UNIQUE INDEX "CatalogVersion_entity_entityId_version_key" ON "CatalogVersion"("entity", "entityId", "version");
CREATE UNIQUE INDEX "Appeal_number_key" ON "Appeal"("number");
CREATE INDEX "Appeal_municipalityId_registeredAt_idx" ON "Appeal"("municipalityId", "registeredAt");
CREATE UNIQUE INDEX "AppealNeed_needId_key" ON "AppealNeed"("needId");

ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AppealNeed" ADD CONSTRAINT "AppealNeed_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
