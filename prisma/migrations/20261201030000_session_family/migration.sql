-- Sessions opened by refreshing belong to the sign-in they descend from (the "family"): reuse of a
-- rotated refresh token is the sign of theft and revokes the whole family.
ALTER TABLE "Session" ADD COLUMN "familyId" UUID;
UPDATE "Session" SET "familyId" = "id";
ALTER TABLE "Session" ALTER COLUMN "familyId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Session_familyId_idx" ON "Session"("familyId");
