-- The mail outbox (sent at most once per idempotency key and recipient) and per-user mail settings.
CREATE TABLE "MailOutbox" (
    "id" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "needId" UUID,
    "subject" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "MailOutbox_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "disabledKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "digestInsteadOfSingle" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

CREATE UNIQUE INDEX "MailOutbox_idempotencyKey_recipient_key" ON "MailOutbox"("idempotencyKey", "recipient");
CREATE INDEX "MailOutbox_needId_idx" ON "MailOutbox"("needId");
