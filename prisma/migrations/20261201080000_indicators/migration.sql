-- Indicators and dashboards: case counts kept by a trigger, the indicator catalog with targets,
-- loaded values of custom indicators, external systems' keys and the users' home pages.
CREATE TABLE "CaseCount" (
    "day" DATE NOT NULL,
    "organisationId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" INTEGER NOT NULL DEFAULT 0,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CaseCount_pkey" PRIMARY KEY ("day","organisationId","municipalityId","measureId","kind","detail")
);

CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "periodicity" TEXT NOT NULL,
    "cuts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "goodDirection" TEXT NOT NULL,
    "cumulative" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "baseValue" DECIMAL(18,4),
    "baseYear" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "IndicatorTarget" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "municipalityId" UUID,
    "value" DECIMAL(18,4) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "IndicatorValue" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "origin" TEXT NOT NULL,
    "fileName" TEXT,
    "fileSha256" TEXT,
    "rowNumber" INTEGER,
    "systemKeyId" UUID,
    "loadedById" UUID,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SystemApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "SystemApiKey_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "UserDashboard" (
    "userId" UUID NOT NULL,
    "widgets" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserDashboard_pkey" PRIMARY KEY ("userId")
);

CREATE INDEX "CaseCount_organisationId_day_idx" ON "CaseCount"("organisationId", "day");
CREATE INDEX "CaseCount_municipalityId_day_idx" ON "CaseCount"("municipalityId", "day");
CREATE INDEX "CaseCount_kind_day_idx" ON "CaseCount"("kind", "day");
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");
CREATE INDEX "IndicatorTarget_indicatorId_period_idx" ON "IndicatorTarget"("indicatorId", "period");
CREATE INDEX "IndicatorValue_fileSha256_idx" ON "IndicatorValue"("fileSha256");
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_municipalityId_period_key" ON "IndicatorValue"("indicatorId", "municipalityId", "period");
CREATE UNIQUE INDEX "SystemApiKey_prefix_key" ON "SystemApiKey"("prefix");

-- The one definition of what an event counts as: the trigger and the full recount both use it.
-- An event belongs to the organisation the case was routed to at that point (the last ROUTED or
-- REROUTED at or before it; for REGISTERED, the first routing); REGISTERED counts on the day the
-- application was received ("registeredAt"), the others on their own day, in Samara time. A RESOLVED
-- after the resolve deadline also counts as LATE.
CREATE FUNCTION "case_count_rows"(need_id UUID, event_seq INTEGER)
RETURNS TABLE ("day" DATE, "organisationId" UUID, "municipalityId" UUID, "measureId" UUID, "kind" TEXT, "detail" INTEGER)
LANGUAGE sql STABLE AS $$
  WITH e AS (
    SELECT ev."type", ev."at", ev."data", n."registeredAt", n."resolveDueAt", n."municipalityId", n."measureId",
           coalesce(
             (SELECT (r."data"->>'organisationId')::uuid FROM "NeedEvent" r
               WHERE r."needId" = ev."needId" AND r."type" IN ('ROUTED', 'REROUTED') AND r."seq" <= ev."seq"
               ORDER BY r."seq" DESC LIMIT 1),
             (SELECT (r."data"->>'organisationId')::uuid FROM "NeedEvent" r
               WHERE r."needId" = ev."needId" AND r."type" IN ('ROUTED', 'REROUTED')
               ORDER BY r."seq" LIMIT 1),
             n."organisationId") AS "organisationId"
      FROM "NeedEvent" ev
      JOIN "Need" n ON n."id" = ev."needId"
     WHERE ev."needId" = need_id AND ev."seq" = event_seq
       AND ev."type" IN ('REGISTERED', 'RESOLVED', 'REJECTED', 'CANCELLED', 'ESCALATED')
  )
  SELECT ((CASE WHEN e."type" = 'REGISTERED' THEN e."registeredAt" ELSE e."at" END) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Samara')::date,
         e."organisationId", e."municipalityId", e."measureId", e."type",
         CASE e."type"
           WHEN 'ESCALATED' THEN coalesce((e."data"->>'level')::int, 0)
           WHEN 'RESOLVED' THEN least(greatest(floor(extract(epoch FROM e."at" - e."registeredAt") / 86400)::int, 0), 3660)
           ELSE 0
         END
    FROM e
  UNION ALL
  SELECT (e."at" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Samara')::date, e."organisationId", e."municipalityId", e."measureId", 'LATE', 0
    FROM e
   WHERE e."type" = 'RESOLVED' AND e."resolveDueAt" < e."at"
$$;

CREATE FUNCTION "case_count_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CaseCount" ("day", "organisationId", "municipalityId", "measureId", "kind", "detail", "count")
  SELECT r."day", r."organisationId", r."municipalityId", r."measureId", r."kind", r."detail", 1
    FROM "case_count_rows"(NEW."needId", NEW."seq") r
  ON CONFLICT ("day", "organisationId", "municipalityId", "measureId", "kind", "detail")
  DO UPDATE SET "count" = "CaseCount"."count" + 1;
  RETURN NULL;
END $$;

-- Only events actually inserted count (a replayed batch skips its duplicates, which fire nothing).
-- The projection writes the case row before its events, so the row is final for the batch when
-- this fires. Not a deferred CONSTRAINT TRIGGER: Prisma 6.19.3's WebAssembly schema engine panics
-- introspecting one, which breaks `migrate diff` (the drift check).
CREATE TRIGGER "NeedEvent_case_count"
  AFTER INSERT ON "NeedEvent"
  FOR EACH ROW WHEN (NEW."type" IN ('REGISTERED', 'RESOLVED', 'REJECTED', 'CANCELLED', 'ESCALATED'))
  EXECUTE FUNCTION "case_count_event"();

-- The full recount: what the counts must equal; also rebuilds them after a repair.
CREATE FUNCTION "case_counts_recounted"()
RETURNS TABLE ("day" DATE, "organisationId" UUID, "municipalityId" UUID, "measureId" UUID, "kind" TEXT, "detail" INTEGER, "count" INTEGER)
LANGUAGE sql STABLE AS $$
  SELECT r."day", r."organisationId", r."municipalityId", r."measureId", r."kind", r."detail", count(*)::int
    FROM "NeedEvent" ev
    CROSS JOIN LATERAL "case_count_rows"(ev."needId", ev."seq") r
   WHERE ev."type" IN ('REGISTERED', 'RESOLVED', 'REJECTED', 'CANCELLED', 'ESCALATED')
   GROUP BY 1, 2, 3, 4, 5, 6
$$;

CREATE FUNCTION "case_counts_recount"() RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  written INTEGER;
BEGIN
  LOCK TABLE "CaseCount" IN EXCLUSIVE MODE;
  DELETE FROM "CaseCount";
  INSERT INTO "CaseCount" SELECT * FROM "case_counts_recounted"();
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END $$;

-- Cases recorded before this migration are counted once now.
INSERT INTO "CaseCount" SELECT * FROM "case_counts_recounted"();
