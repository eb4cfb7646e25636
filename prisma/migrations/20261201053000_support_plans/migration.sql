-- Support plans with control points linked predecessor → successor (issue 11).

-- CreateEnum
CREATE TYPE "PlanRejectionRule" AS ENUM ('BLOCK', 'SKIP');

-- CreateTable
CREATE TABLE "PlanTemplate" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "onPredecessorRejected" "PlanRejectionRule" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "PlanTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTemplatePoint" (
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "measureId" UUID NOT NULL,
    "durationWorkingDays" INTEGER NOT NULL,
    "evidenceDocument" TEXT NOT NULL,
    "predecessors" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "PlanTemplatePoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportPlan" (
    "id" UUID NOT NULL,
    "workflowId" TEXT NOT NULL,
    "templateId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "onPredecessorRejected" "PlanRejectionRule" NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "plannedEndAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "latePoints" INTEGER NOT NULL DEFAULT 0,
    "criticalPath" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "projectionSeq" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportPlanPoint" (
    "planId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "needId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "durationWorkingDays" INTEGER NOT NULL,
    "evidenceDocument" TEXT NOT NULL,
    "predecessors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" TEXT NOT NULL,
    "plannedStartAt" TIMESTAMP(3) NOT NULL,
    "plannedDueAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SupportPlanPoint_pkey" PRIMARY KEY ("planId","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplate_code_key" ON "PlanTemplate"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplatePoint_templateId_key_key" ON "PlanTemplatePoint"("templateId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "SupportPlan_workflowId_key" ON "SupportPlan"("workflowId");

-- CreateIndex
CREATE INDEX "SupportPlan_personId_idx" ON "SupportPlan"("personId");

-- CreateIndex
CREATE INDEX "SupportPlan_municipalityId_status_idx" ON "SupportPlan"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "SupportPlanPoint_needId_idx" ON "SupportPlanPoint"("needId");

-- AddForeignKey
ALTER TABLE "PlanTemplatePoint" ADD CONSTRAINT "PlanTemplatePoint_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplatePoint" ADD CONSTRAINT "PlanTemplatePoint_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "SupportMeasure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPlan" ADD CONSTRAINT "SupportPlan_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPlan" ADD CONSTRAINT "SupportPlan_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPlanPoint" ADD CONSTRAINT "SupportPlanPoint_planId_fkey" FOREIGN KEY ("planId") REFERENCES "SupportPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

