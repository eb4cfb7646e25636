-- CreateIndex
CREATE INDEX "Need_organisationId_activeDueAt_id_idx" ON "Need"("organisationId", "activeDueAt", "id");

