-- CreateTable
CREATE TABLE "IdempotentCaseAction" (
    "userId" UUID NOT NULL,
    "needId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER,
    "body" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentCaseAction_pkey" PRIMARY KEY ("userId","needId","action","key")
);
