-- Free-task control points (issue 11): a point may name no measure (it opens a case of the generic
-- PLAN_TASK measure titled by the point) and may name the organisation that answers for it.

-- AlterTable
ALTER TABLE "PlanTemplatePoint" ALTER COLUMN "measureId" DROP NOT NULL,
ADD COLUMN     "organisationId" UUID;

-- AddForeignKey
ALTER TABLE "PlanTemplatePoint" ADD CONSTRAINT "PlanTemplatePoint_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
