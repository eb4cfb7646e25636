-- CreateTable
CREATE TABLE "UserPreference" (
    "userId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserPreference_pkey" PRIMARY KEY ("userId","key")
);

-- CreateTable
CREATE TABLE "SavedQuery" (
    "id" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "organisationId" UUID,
    "label" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "value" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedQuery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedQuery_authorId_idx" ON "SavedQuery"("authorId");

-- CreateIndex
CREATE INDEX "SavedQuery_organisationId_shared_idx" ON "SavedQuery"("organisationId", "shared");

