-- CreateTable
CREATE TABLE "IndicatorImport" (
    "id" UUID NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "totalRows" INTEGER NOT NULL,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "writtenRows" INTEGER NOT NULL DEFAULT 0,
    "workflowId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "IndicatorImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorImportRow" (
    "importId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "indicatorId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,

    CONSTRAINT "IndicatorImportRow_pkey" PRIMARY KEY ("importId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorImport_fileSha256_indicatorCode_key" ON "IndicatorImport"("fileSha256", "indicatorCode");

-- AddForeignKey
ALTER TABLE "IndicatorImportRow" ADD CONSTRAINT "IndicatorImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "IndicatorImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

