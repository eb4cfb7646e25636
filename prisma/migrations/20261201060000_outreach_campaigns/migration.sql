-- Outreach campaigns (projection of their workflows), the needs they opened, local messages and opt-out.
ALTER TABLE "Person" ADD COLUMN "messagesOptOut" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "Campaign" (
    "id" UUID NOT NULL,
    "workflowId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "measureId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "criterion" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "registered" INTEGER NOT NULL DEFAULT 0,
    "messaged" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CampaignNeed" (
    "campaignId" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "needId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignNeed_pkey" PRIMARY KEY ("campaignId","householdId")
);

CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "campaignId" UUID,
    "text" TEXT NOT NULL,
    "segments" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Campaign_workflowId_key" ON "Campaign"("workflowId");
CREATE UNIQUE INDEX "CampaignNeed_needId_key" ON "CampaignNeed"("needId");
CREATE INDEX "Message_campaignId_idx" ON "Message"("campaignId");
CREATE INDEX "Message_createdAt_idx" ON "Message"("createdAt");

ALTER TABLE "CampaignNeed" ADD CONSTRAINT "CampaignNeed_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
