-- The metric tallies' triggers, with a changed contribution (docs/decisions/012): written by
-- scripts/metric-tally-sql.ts --replace. The triggers go, the tallies are rebuilt from the
-- records, the new triggers come.
DROP TRIGGER IF EXISTS "Project_tally_insert";
DROP TRIGGER IF EXISTS "Project_tally_update";
DROP TRIGGER IF EXISTS "Project_tally_delete";
DROP TRIGGER IF EXISTS "CapitalChange_tally_insert";
DROP TRIGGER IF EXISTS "CapitalChange_tally_update";
DROP TRIGGER IF EXISTS "CapitalChange_tally_delete";
DROP TRIGGER IF EXISTS "Milestone_tally_insert";
DROP TRIGGER IF EXISTS "Milestone_tally_update";
DROP TRIGGER IF EXISTS "Milestone_tally_delete";
DROP TRIGGER IF EXISTS "Disbursement_tally_insert";
DROP TRIGGER IF EXISTS "Disbursement_tally_update";
DROP TRIGGER IF EXISTS "Disbursement_tally_delete";
DROP TRIGGER IF EXISTS "ClearanceHandover_tally_insert";
DROP TRIGGER IF EXISTS "ClearanceHandover_tally_update";
DROP TRIGGER IF EXISTS "ClearanceHandover_tally_delete";
DELETE FROM "MetricTally";
DELETE FROM "PipelineTally";

-- The records already there.
INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'policy' AS "metric", substr(p."policyDecisionDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Project" p WHERE p."deletedAt" IS NULL AND p."policyDecisionDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'irc' AS "metric", substr(p."ircDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Project" p WHERE p."deletedAt" IS NULL AND p."ircDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(p."ircDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", p."registeredCapitalVnd" - COALESCE((SELECT SUM(a."amountVnd") FROM "CapitalChange" a WHERE a."projectId" = p."id" AND a."voidedAt" IS NULL), 0) AS "amount"
            FROM "Project" p WHERE p."deletedAt" IS NULL AND p."ircDate" IS NOT NULL AND p."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(a."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", a."amountVnd" AS "amount"
            FROM "Project" p CROSS JOIN "CapitalChange" a WHERE a."projectId" = p."id" AND a."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'start' AS "metric", substr(m."actualDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Project" p CROSS JOIN "Milestone" m WHERE m."projectId" = p."id" AND m."kind" = 'construction_start' AND m."actualDate" IS NOT NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'disbursed' AS "metric", substr(d."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", d."amountVnd" AS "amount"
            FROM "Project" p CROSS JOIN "Disbursement" d WHERE d."projectId" = p."id" AND d."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'handover' AS "metric", substr(h."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", CAST(ROUND(h."hectares" * 10000) AS INTEGER) AS "amount"
            FROM "Project" p CROSS JOIN "ClearanceHandover" h WHERE h."projectId" = p."id" AND h."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
INSERT INTO "PipelineTally" ("kind", "scope", "month", "fdi", "likelihood", "n", "capital")
  SELECT c."kind", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."month", c."fdi", c."likelihood", c."n", c."amount"
    FROM (SELECT m."kind" AS "kind", substr(m."plannedDate", 1, 7) AS "month", COALESCE(m."likelihood", '') AS "likelihood", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", COALESCE(p."registeredCapitalVnd", 0) AS "amount"
            FROM "Project" p CROSS JOIN "Milestone" m WHERE m."projectId" = p."id" AND m."kind" IN ('policy_approval', 'irc', 'construction_start') AND m."plannedDate" IS NOT NULL
         AND p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'suspended')
         AND CASE m."kind" WHEN 'irc' THEN p."ircDate" IS NULL
                              WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL
                              ELSE m."actualDate" IS NULL END) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("kind", "scope", "month", "fdi", "likelihood") DO UPDATE SET "n" = "n" + excluded."n", "capital" = "capital" + excluded."capital";

CREATE TRIGGER "Project_tally_insert" AFTER INSERT ON "Project" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'policy' AS "metric", substr(NEW."policyDecisionDate", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM (SELECT 1) WHERE NEW."deletedAt" IS NULL AND NEW."policyDecisionDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'irc' AS "metric", substr(NEW."ircDate", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM (SELECT 1) WHERE NEW."deletedAt" IS NULL AND NEW."ircDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(NEW."ircDate", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", NEW."registeredCapitalVnd" - COALESCE((SELECT SUM(a."amountVnd") FROM "CapitalChange" a WHERE a."projectId" = NEW."id" AND a."voidedAt" IS NULL), 0) AS "amount"
            FROM (SELECT 1) WHERE NEW."deletedAt" IS NULL AND NEW."ircDate" IS NOT NULL AND NEW."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "Project_tally_update" AFTER UPDATE OF "deletedAt", "status", "investmentType", "sector", "kind", "registeredCapitalVnd", "ircDate", "policyDecisionDate" ON "Project" WHEN OLD."deletedAt" IS NOT NEW."deletedAt" OR OLD."status" IS NOT NEW."status" OR OLD."investmentType" IS NOT NEW."investmentType" OR OLD."sector" IS NOT NEW."sector" OR OLD."kind" IS NOT NEW."kind" OR OLD."registeredCapitalVnd" IS NOT NEW."registeredCapitalVnd" OR OLD."ircDate" IS NOT NEW."ircDate" OR OLD."policyDecisionDate" IS NOT NEW."policyDecisionDate" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'policy' AS "metric", substr(OLD."policyDecisionDate", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM (SELECT 1) WHERE OLD."deletedAt" IS NULL AND OLD."policyDecisionDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'irc' AS "metric", substr(OLD."ircDate", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM (SELECT 1) WHERE OLD."deletedAt" IS NULL AND OLD."ircDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'capital' AS "metric", substr(OLD."ircDate", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", OLD."registeredCapitalVnd" - COALESCE((SELECT SUM(a."amountVnd") FROM "CapitalChange" a WHERE a."projectId" = OLD."id" AND a."voidedAt" IS NULL), 0) AS "amount"
            FROM (SELECT 1) WHERE OLD."deletedAt" IS NULL AND OLD."ircDate" IS NOT NULL AND OLD."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'capital' AS "metric", substr(a."date", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", a."amountVnd" AS "amount"
            FROM "CapitalChange" a WHERE a."projectId" = OLD."id" AND a."voidedAt" IS NULL AND OLD."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'start' AS "metric", substr(m."actualDate", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Milestone" m WHERE m."projectId" = OLD."id" AND m."kind" = 'construction_start' AND m."actualDate" IS NOT NULL AND OLD."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'disbursed' AS "metric", substr(d."date", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", d."amountVnd" AS "amount"
            FROM "Disbursement" d WHERE d."projectId" = OLD."id" AND d."voidedAt" IS NULL AND OLD."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'handover' AS "metric", substr(h."date", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", CAST(ROUND(h."hectares" * 10000) AS INTEGER) AS "amount"
            FROM "ClearanceHandover" h WHERE h."projectId" = OLD."id" AND h."voidedAt" IS NULL AND OLD."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "PipelineTally" ("kind", "scope", "month", "fdi", "likelihood", "n", "capital")
  SELECT c."kind", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."month", c."fdi", c."likelihood", -c."n", -c."amount"
    FROM (SELECT m."kind" AS "kind", substr(m."plannedDate", 1, 7) AS "month", COALESCE(m."likelihood", '') AS "likelihood", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", COALESCE(OLD."registeredCapitalVnd", 0) AS "amount"
            FROM "Milestone" m WHERE m."projectId" = OLD."id" AND m."kind" IN ('policy_approval', 'irc', 'construction_start') AND m."plannedDate" IS NOT NULL
         AND OLD."deletedAt" IS NULL AND OLD."status" NOT IN ('cancelled', 'suspended')
         AND CASE m."kind" WHEN 'irc' THEN OLD."ircDate" IS NULL
                              WHEN 'policy_approval' THEN OLD."policyDecisionDate" IS NULL
                              ELSE m."actualDate" IS NULL END) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("kind", "scope", "month", "fdi", "likelihood") DO UPDATE SET "n" = "n" + excluded."n", "capital" = "capital" + excluded."capital";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'policy' AS "metric", substr(NEW."policyDecisionDate", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM (SELECT 1) WHERE NEW."deletedAt" IS NULL AND NEW."policyDecisionDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'irc' AS "metric", substr(NEW."ircDate", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM (SELECT 1) WHERE NEW."deletedAt" IS NULL AND NEW."ircDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(NEW."ircDate", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", NEW."registeredCapitalVnd" - COALESCE((SELECT SUM(a."amountVnd") FROM "CapitalChange" a WHERE a."projectId" = NEW."id" AND a."voidedAt" IS NULL), 0) AS "amount"
            FROM (SELECT 1) WHERE NEW."deletedAt" IS NULL AND NEW."ircDate" IS NOT NULL AND NEW."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(a."date", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", a."amountVnd" AS "amount"
            FROM "CapitalChange" a WHERE a."projectId" = NEW."id" AND a."voidedAt" IS NULL AND NEW."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'start' AS "metric", substr(m."actualDate", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Milestone" m WHERE m."projectId" = NEW."id" AND m."kind" = 'construction_start' AND m."actualDate" IS NOT NULL AND NEW."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'disbursed' AS "metric", substr(d."date", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", d."amountVnd" AS "amount"
            FROM "Disbursement" d WHERE d."projectId" = NEW."id" AND d."voidedAt" IS NULL AND NEW."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'handover' AS "metric", substr(h."date", 1, 10) AS "day", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", CAST(ROUND(h."hectares" * 10000) AS INTEGER) AS "amount"
            FROM "ClearanceHandover" h WHERE h."projectId" = NEW."id" AND h."voidedAt" IS NULL AND NEW."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "PipelineTally" ("kind", "scope", "month", "fdi", "likelihood", "n", "capital")
  SELECT c."kind", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."month", c."fdi", c."likelihood", c."n", c."amount"
    FROM (SELECT m."kind" AS "kind", substr(m."plannedDate", 1, 7) AS "month", COALESCE(m."likelihood", '') AS "likelihood", NEW."investmentType" = 'fdi' AS "fdi", NEW."sector" AS "sector", NEW."kind" AS "projectKind", 1 AS "n", COALESCE(NEW."registeredCapitalVnd", 0) AS "amount"
            FROM "Milestone" m WHERE m."projectId" = NEW."id" AND m."kind" IN ('policy_approval', 'irc', 'construction_start') AND m."plannedDate" IS NOT NULL
         AND NEW."deletedAt" IS NULL AND NEW."status" NOT IN ('cancelled', 'suspended')
         AND CASE m."kind" WHEN 'irc' THEN NEW."ircDate" IS NULL
                              WHEN 'policy_approval' THEN NEW."policyDecisionDate" IS NULL
                              ELSE m."actualDate" IS NULL END) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("kind", "scope", "month", "fdi", "likelihood") DO UPDATE SET "n" = "n" + excluded."n", "capital" = "capital" + excluded."capital";
END;

CREATE TRIGGER "Project_tally_delete" BEFORE DELETE ON "Project" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'policy' AS "metric", substr(OLD."policyDecisionDate", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM (SELECT 1) WHERE OLD."deletedAt" IS NULL AND OLD."policyDecisionDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'irc' AS "metric", substr(OLD."ircDate", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM (SELECT 1) WHERE OLD."deletedAt" IS NULL AND OLD."ircDate" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'capital' AS "metric", substr(OLD."ircDate", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", OLD."registeredCapitalVnd" - COALESCE((SELECT SUM(a."amountVnd") FROM "CapitalChange" a WHERE a."projectId" = OLD."id" AND a."voidedAt" IS NULL), 0) AS "amount"
            FROM (SELECT 1) WHERE OLD."deletedAt" IS NULL AND OLD."ircDate" IS NOT NULL AND OLD."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'capital' AS "metric", substr(a."date", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", a."amountVnd" AS "amount"
            FROM "CapitalChange" a WHERE a."projectId" = OLD."id" AND a."voidedAt" IS NULL AND OLD."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'start' AS "metric", substr(m."actualDate", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Milestone" m WHERE m."projectId" = OLD."id" AND m."kind" = 'construction_start' AND m."actualDate" IS NOT NULL AND OLD."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'disbursed' AS "metric", substr(d."date", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", d."amountVnd" AS "amount"
            FROM "Disbursement" d WHERE d."projectId" = OLD."id" AND d."voidedAt" IS NULL AND OLD."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'handover' AS "metric", substr(h."date", 1, 10) AS "day", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", CAST(ROUND(h."hectares" * 10000) AS INTEGER) AS "amount"
            FROM "ClearanceHandover" h WHERE h."projectId" = OLD."id" AND h."voidedAt" IS NULL AND OLD."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "PipelineTally" ("kind", "scope", "month", "fdi", "likelihood", "n", "capital")
  SELECT c."kind", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."month", c."fdi", c."likelihood", -c."n", -c."amount"
    FROM (SELECT m."kind" AS "kind", substr(m."plannedDate", 1, 7) AS "month", COALESCE(m."likelihood", '') AS "likelihood", OLD."investmentType" = 'fdi' AS "fdi", OLD."sector" AS "sector", OLD."kind" AS "projectKind", 1 AS "n", COALESCE(OLD."registeredCapitalVnd", 0) AS "amount"
            FROM "Milestone" m WHERE m."projectId" = OLD."id" AND m."kind" IN ('policy_approval', 'irc', 'construction_start') AND m."plannedDate" IS NOT NULL
         AND OLD."deletedAt" IS NULL AND OLD."status" NOT IN ('cancelled', 'suspended')
         AND CASE m."kind" WHEN 'irc' THEN OLD."ircDate" IS NULL
                              WHEN 'policy_approval' THEN OLD."policyDecisionDate" IS NULL
                              ELSE m."actualDate" IS NULL END) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("kind", "scope", "month", "fdi", "likelihood") DO UPDATE SET "n" = "n" + excluded."n", "capital" = "capital" + excluded."capital";
END;

CREATE TRIGGER "CapitalChange_tally_insert" AFTER INSERT ON "CapitalChange" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(NEW."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", NEW."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(p."ircDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 0 AS "n", -NEW."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."voidedAt" IS NULL AND p."deletedAt" IS NULL AND p."ircDate" IS NOT NULL AND p."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "CapitalChange_tally_update" AFTER UPDATE OF "projectId", "date", "amountVnd", "voidedAt" ON "CapitalChange" WHEN OLD."projectId" IS NOT NEW."projectId" OR OLD."date" IS NOT NEW."date" OR OLD."amountVnd" IS NOT NEW."amountVnd" OR OLD."voidedAt" IS NOT NEW."voidedAt" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'capital' AS "metric", substr(OLD."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", OLD."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'capital' AS "metric", substr(p."ircDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 0 AS "n", -OLD."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."voidedAt" IS NULL AND p."deletedAt" IS NULL AND p."ircDate" IS NOT NULL AND p."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(NEW."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", NEW."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'capital' AS "metric", substr(p."ircDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 0 AS "n", -NEW."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."voidedAt" IS NULL AND p."deletedAt" IS NULL AND p."ircDate" IS NOT NULL AND p."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "CapitalChange_tally_delete" AFTER DELETE ON "CapitalChange" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'capital' AS "metric", substr(OLD."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", OLD."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'capital' AS "metric", substr(p."ircDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 0 AS "n", -OLD."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."voidedAt" IS NULL AND p."deletedAt" IS NULL AND p."ircDate" IS NOT NULL AND p."registeredCapitalVnd" IS NOT NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "Milestone_tally_insert" AFTER INSERT ON "Milestone" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'start' AS "metric", substr(NEW."actualDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."kind" = 'construction_start' AND NEW."actualDate" IS NOT NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "PipelineTally" ("kind", "scope", "month", "fdi", "likelihood", "n", "capital")
  SELECT c."kind", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."month", c."fdi", c."likelihood", c."n", c."amount"
    FROM (SELECT NEW."kind" AS "kind", substr(NEW."plannedDate", 1, 7) AS "month", COALESCE(NEW."likelihood", '') AS "likelihood", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", COALESCE(p."registeredCapitalVnd", 0) AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."kind" IN ('policy_approval', 'irc', 'construction_start') AND NEW."plannedDate" IS NOT NULL
         AND p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'suspended')
         AND CASE NEW."kind" WHEN 'irc' THEN p."ircDate" IS NULL
                              WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL
                              ELSE NEW."actualDate" IS NULL END) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("kind", "scope", "month", "fdi", "likelihood") DO UPDATE SET "n" = "n" + excluded."n", "capital" = "capital" + excluded."capital";
END;

CREATE TRIGGER "Milestone_tally_update" AFTER UPDATE OF "projectId", "kind", "plannedDate", "actualDate", "likelihood" ON "Milestone" WHEN OLD."projectId" IS NOT NEW."projectId" OR OLD."kind" IS NOT NEW."kind" OR OLD."plannedDate" IS NOT NEW."plannedDate" OR OLD."actualDate" IS NOT NEW."actualDate" OR OLD."likelihood" IS NOT NEW."likelihood" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'start' AS "metric", substr(OLD."actualDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."kind" = 'construction_start' AND OLD."actualDate" IS NOT NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "PipelineTally" ("kind", "scope", "month", "fdi", "likelihood", "n", "capital")
  SELECT c."kind", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."month", c."fdi", c."likelihood", -c."n", -c."amount"
    FROM (SELECT OLD."kind" AS "kind", substr(OLD."plannedDate", 1, 7) AS "month", COALESCE(OLD."likelihood", '') AS "likelihood", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", COALESCE(p."registeredCapitalVnd", 0) AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."kind" IN ('policy_approval', 'irc', 'construction_start') AND OLD."plannedDate" IS NOT NULL
         AND p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'suspended')
         AND CASE OLD."kind" WHEN 'irc' THEN p."ircDate" IS NULL
                              WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL
                              ELSE OLD."actualDate" IS NULL END) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("kind", "scope", "month", "fdi", "likelihood") DO UPDATE SET "n" = "n" + excluded."n", "capital" = "capital" + excluded."capital";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'start' AS "metric", substr(NEW."actualDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."kind" = 'construction_start' AND NEW."actualDate" IS NOT NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "PipelineTally" ("kind", "scope", "month", "fdi", "likelihood", "n", "capital")
  SELECT c."kind", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."month", c."fdi", c."likelihood", c."n", c."amount"
    FROM (SELECT NEW."kind" AS "kind", substr(NEW."plannedDate", 1, 7) AS "month", COALESCE(NEW."likelihood", '') AS "likelihood", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", COALESCE(p."registeredCapitalVnd", 0) AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."kind" IN ('policy_approval', 'irc', 'construction_start') AND NEW."plannedDate" IS NOT NULL
         AND p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'suspended')
         AND CASE NEW."kind" WHEN 'irc' THEN p."ircDate" IS NULL
                              WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL
                              ELSE NEW."actualDate" IS NULL END) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("kind", "scope", "month", "fdi", "likelihood") DO UPDATE SET "n" = "n" + excluded."n", "capital" = "capital" + excluded."capital";
END;

CREATE TRIGGER "Milestone_tally_delete" AFTER DELETE ON "Milestone" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'start' AS "metric", substr(OLD."actualDate", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", 0 AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."kind" = 'construction_start' AND OLD."actualDate" IS NOT NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "PipelineTally" ("kind", "scope", "month", "fdi", "likelihood", "n", "capital")
  SELECT c."kind", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."month", c."fdi", c."likelihood", -c."n", -c."amount"
    FROM (SELECT OLD."kind" AS "kind", substr(OLD."plannedDate", 1, 7) AS "month", COALESCE(OLD."likelihood", '') AS "likelihood", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", COALESCE(p."registeredCapitalVnd", 0) AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."kind" IN ('policy_approval', 'irc', 'construction_start') AND OLD."plannedDate" IS NOT NULL
         AND p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'suspended')
         AND CASE OLD."kind" WHEN 'irc' THEN p."ircDate" IS NULL
                              WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL
                              ELSE OLD."actualDate" IS NULL END) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("kind", "scope", "month", "fdi", "likelihood") DO UPDATE SET "n" = "n" + excluded."n", "capital" = "capital" + excluded."capital";
END;

CREATE TRIGGER "Disbursement_tally_insert" AFTER INSERT ON "Disbursement" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'disbursed' AS "metric", substr(NEW."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", NEW."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "Disbursement_tally_update" AFTER UPDATE OF "projectId", "date", "amountVnd", "voidedAt" ON "Disbursement" WHEN OLD."projectId" IS NOT NEW."projectId" OR OLD."date" IS NOT NEW."date" OR OLD."amountVnd" IS NOT NEW."amountVnd" OR OLD."voidedAt" IS NOT NEW."voidedAt" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'disbursed' AS "metric", substr(OLD."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", OLD."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'disbursed' AS "metric", substr(NEW."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", NEW."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "Disbursement_tally_delete" AFTER DELETE ON "Disbursement" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'disbursed' AS "metric", substr(OLD."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", OLD."amountVnd" AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "ClearanceHandover_tally_insert" AFTER INSERT ON "ClearanceHandover" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'handover' AS "metric", substr(NEW."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", CAST(ROUND(NEW."hectares" * 10000) AS INTEGER) AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "ClearanceHandover_tally_update" AFTER UPDATE OF "projectId", "date", "hectares", "voidedAt" ON "ClearanceHandover" WHEN OLD."projectId" IS NOT NEW."projectId" OR OLD."date" IS NOT NEW."date" OR OLD."hectares" IS NOT NEW."hectares" OR OLD."voidedAt" IS NOT NEW."voidedAt" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'handover' AS "metric", substr(OLD."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", CAST(ROUND(OLD."hectares" * 10000) AS INTEGER) AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", c."n", c."amount"
    FROM (SELECT 'handover' AS "metric", substr(NEW."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", CAST(ROUND(NEW."hectares" * 10000) AS INTEGER) AS "amount"
            FROM "Project" p WHERE p."id" = NEW."projectId" AND NEW."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

CREATE TRIGGER "ClearanceHandover_tally_delete" AFTER DELETE ON "ClearanceHandover" BEGIN
  INSERT INTO "MetricTally" ("metric", "scope", "day", "fdi", "n", "amount")
  SELECT c."metric", CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END, c."day", c."fdi", -c."n", -c."amount"
    FROM (SELECT 'handover' AS "metric", substr(OLD."date", 1, 10) AS "day", p."investmentType" = 'fdi' AS "fdi", p."sector" AS "sector", p."kind" AS "projectKind", 1 AS "n", CAST(ROUND(OLD."hectares" * 10000) AS INTEGER) AS "amount"
            FROM "Project" p WHERE p."id" = OLD."projectId" AND OLD."voidedAt" IS NULL AND p."deletedAt" IS NULL) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT ("metric", "scope", "day", "fdi") DO UPDATE SET "n" = "n" + excluded."n", "amount" = "amount" + excluded."amount";
END;

