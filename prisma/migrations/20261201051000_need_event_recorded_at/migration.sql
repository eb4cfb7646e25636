-- AlterTable
ALTER TABLE "NeedEvent" ADD COLUMN     "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "NeedEvent_recordedAt_idx" ON "NeedEvent" USING BRIN ("recordedAt");
