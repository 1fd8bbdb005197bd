-- Progress overview performance (docs/decisions/010).

-- Projects at risk: the day staleness counts from, kept by the triggers below, with an index
-- that reads the stalest projects first and counts the stale ones without the StatusChange table.
ALTER TABLE "Project" ADD COLUMN "lastStatusChangeAt" DATETIME;

UPDATE "Project" SET "lastStatusChangeAt" = COALESCE(
  (SELECT MAX(s."effectiveDate") FROM "StatusChange" s WHERE s."projectId" = "Project"."id"), "Project"."createdAt");


-- The column is exact after any write, by anyone (the app, the seeders, the sqlite3 shell):
-- COALESCE(MAX(StatusChange.effectiveDate), Project.createdAt), recomputed in the writing statement.
CREATE TRIGGER "Project_lastStatusChangeAt_insert" AFTER INSERT ON "Project" BEGIN
  UPDATE "Project" SET "lastStatusChangeAt" = COALESCE(
    (SELECT MAX("effectiveDate") FROM "StatusChange" WHERE "projectId" = NEW."id"), NEW."createdAt") WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Project_lastStatusChangeAt_update" AFTER UPDATE OF "createdAt", "lastStatusChangeAt" ON "Project" BEGIN
  UPDATE "Project" SET "lastStatusChangeAt" = COALESCE(
    (SELECT MAX("effectiveDate") FROM "StatusChange" WHERE "projectId" = NEW."id"), NEW."createdAt") WHERE "id" = NEW."id";
END;

CREATE TRIGGER "StatusChange_lastStatusChangeAt_insert" AFTER INSERT ON "StatusChange" BEGIN
  UPDATE "Project" SET "lastStatusChangeAt" = COALESCE(
    (SELECT MAX("effectiveDate") FROM "StatusChange" WHERE "projectId" = NEW."projectId"), "createdAt") WHERE "id" = NEW."projectId";
END;

CREATE TRIGGER "StatusChange_lastStatusChangeAt_update" AFTER UPDATE OF "effectiveDate", "projectId" ON "StatusChange" BEGIN
  UPDATE "Project" SET "lastStatusChangeAt" = COALESCE(
    (SELECT MAX("effectiveDate") FROM "StatusChange" WHERE "projectId" = "Project"."id"), "createdAt")
   WHERE "id" IN (OLD."projectId", NEW."projectId");
END;

CREATE TRIGGER "StatusChange_lastStatusChangeAt_delete" AFTER DELETE ON "StatusChange" BEGIN
  UPDATE "Project" SET "lastStatusChangeAt" = COALESCE(
    (SELECT MAX("effectiveDate") FROM "StatusChange" WHERE "projectId" = OLD."projectId"), "createdAt") WHERE "id" = OLD."projectId";
END;

-- Goal metrics, forecasts and projects at risk: each period's rows read from a covering
-- index in date order (milestones by kind and reached state), never a pass over every project.
CREATE INDEX "Milestone_kind_actualDate_plannedDate_projectId_idx" ON "Milestone"("kind", "actualDate", "plannedDate", "projectId");
CREATE INDEX "CapitalChange_date_projectId_amountVnd_idx" ON "CapitalChange"("date", "projectId", "amountVnd");
CREATE INDEX "Disbursement_date_projectId_amountVnd_idx" ON "Disbursement"("date", "projectId", "amountVnd");
CREATE INDEX "ClearanceHandover_date_projectId_hectares_idx" ON "ClearanceHandover"("date", "projectId", "hectares");

-- The forecast: a milestone's "not reached yet" as an indexable column, kept by triggers
-- from the milestone's actual date or, for the IRC and the policy decision, the project's date.
ALTER TABLE "Milestone" ADD COLUMN "pending" BOOLEAN NOT NULL DEFAULT true;

UPDATE "Milestone" SET "pending" = CASE "kind"
    WHEN 'irc' THEN (SELECT p."ircDate" IS NULL FROM "Project" p WHERE p."id" = "Milestone"."projectId")
    WHEN 'policy_approval' THEN (SELECT p."policyDecisionDate" IS NULL FROM "Project" p WHERE p."id" = "Milestone"."projectId")
    ELSE "actualDate" IS NULL
  END;

CREATE INDEX "Milestone_kind_pending_plannedDate_idx" ON "Milestone"("kind", "pending", "plannedDate");

CREATE TRIGGER "Milestone_pending_insert" AFTER INSERT ON "Milestone" BEGIN
  UPDATE "Milestone" SET "pending" = CASE NEW."kind"
      WHEN 'irc' THEN (SELECT p."ircDate" IS NULL FROM "Project" p WHERE p."id" = NEW."projectId")
      WHEN 'policy_approval' THEN (SELECT p."policyDecisionDate" IS NULL FROM "Project" p WHERE p."id" = NEW."projectId")
      ELSE NEW."actualDate" IS NULL
    END
   WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Milestone_pending_update" AFTER UPDATE OF "kind", "actualDate", "projectId", "pending" ON "Milestone" BEGIN
  UPDATE "Milestone" SET "pending" = CASE NEW."kind"
      WHEN 'irc' THEN (SELECT p."ircDate" IS NULL FROM "Project" p WHERE p."id" = NEW."projectId")
      WHEN 'policy_approval' THEN (SELECT p."policyDecisionDate" IS NULL FROM "Project" p WHERE p."id" = NEW."projectId")
      ELSE NEW."actualDate" IS NULL
    END
   WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Project_milestonePending_update" AFTER UPDATE OF "ircDate", "policyDecisionDate" ON "Project" BEGIN
  UPDATE "Milestone" SET "pending" = CASE "kind" WHEN 'irc' THEN NEW."ircDate" IS NULL ELSE NEW."policyDecisionDate" IS NULL END
   WHERE "projectId" = NEW."id" AND "kind" IN ('irc', 'policy_approval');
END;

-- Projects at risk, counted from one index: each project's earliest milestone not reached
-- (the at-risk rule: policy approval reached with the decision or the IRC, the IRC with its
-- date, the others with their actual date) and its earliest unresolved obstacle deadline,
-- kept by triggers like lastStatusChangeAt.
ALTER TABLE "Project" ADD COLUMN "nextMilestoneDue" DATETIME;
ALTER TABLE "Project" ADD COLUMN "nextObstacleDeadline" DATETIME;

UPDATE "Project" SET "nextMilestoneDue" = (SELECT MIN(m."plannedDate") FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
      WHERE m."projectId" = "Project"."id" AND m."kind" IN ('policy_approval', 'irc', 'land_handover', 'construction_start', 'commissioning')
        AND CASE m."kind" WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL AND p."ircDate" IS NULL
                          WHEN 'irc' THEN p."ircDate" IS NULL ELSE m."actualDate" IS NULL END),
                     "nextObstacleDeadline" = (SELECT MIN(o."deadline") FROM "Obstacle" o WHERE o."projectId" = "Project"."id" AND +o."status" IN ('open', 'in_progress', 'escalated'));

CREATE INDEX "Project_deletedAt_lastStatusChangeAt_status_nextMilestoneDue_idx" ON "Project"("deletedAt", "lastStatusChangeAt", "status", "nextMilestoneDue");
CREATE INDEX "Project_deletedAt_nextObstacleDeadline_status_lastStatusChangeAt_nextMilestoneDue_idx" ON "Project"("deletedAt", "nextObstacleDeadline", "status", "lastStatusChangeAt", "nextMilestoneDue");

CREATE TRIGGER "Project_nextDue_insert" AFTER INSERT ON "Project" BEGIN
  UPDATE "Project" SET "nextMilestoneDue" = (SELECT MIN(m."plannedDate") FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
      WHERE m."projectId" = NEW."id" AND m."kind" IN ('policy_approval', 'irc', 'land_handover', 'construction_start', 'commissioning')
        AND CASE m."kind" WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL AND p."ircDate" IS NULL
                          WHEN 'irc' THEN p."ircDate" IS NULL ELSE m."actualDate" IS NULL END), "nextObstacleDeadline" = (SELECT MIN(o."deadline") FROM "Obstacle" o WHERE o."projectId" = NEW."id" AND +o."status" IN ('open', 'in_progress', 'escalated'))
   WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Project_nextDue_update" AFTER UPDATE OF "ircDate", "policyDecisionDate", "nextMilestoneDue", "nextObstacleDeadline" ON "Project" BEGIN
  UPDATE "Project" SET "nextMilestoneDue" = (SELECT MIN(m."plannedDate") FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
      WHERE m."projectId" = NEW."id" AND m."kind" IN ('policy_approval', 'irc', 'land_handover', 'construction_start', 'commissioning')
        AND CASE m."kind" WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL AND p."ircDate" IS NULL
                          WHEN 'irc' THEN p."ircDate" IS NULL ELSE m."actualDate" IS NULL END), "nextObstacleDeadline" = (SELECT MIN(o."deadline") FROM "Obstacle" o WHERE o."projectId" = NEW."id" AND +o."status" IN ('open', 'in_progress', 'escalated'))
   WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Milestone_nextDue_insert" AFTER INSERT ON "Milestone" BEGIN
  UPDATE "Project" SET "nextMilestoneDue" = (SELECT MIN(m."plannedDate") FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
      WHERE m."projectId" = NEW."projectId" AND m."kind" IN ('policy_approval', 'irc', 'land_handover', 'construction_start', 'commissioning')
        AND CASE m."kind" WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL AND p."ircDate" IS NULL
                          WHEN 'irc' THEN p."ircDate" IS NULL ELSE m."actualDate" IS NULL END) WHERE "id" = NEW."projectId";
END;

CREATE TRIGGER "Milestone_nextDue_update" AFTER UPDATE OF "kind", "plannedDate", "actualDate", "projectId" ON "Milestone" BEGIN
  UPDATE "Project" SET "nextMilestoneDue" = (SELECT MIN(m."plannedDate") FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
      WHERE m."projectId" = "Project"."id" AND m."kind" IN ('policy_approval', 'irc', 'land_handover', 'construction_start', 'commissioning')
        AND CASE m."kind" WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL AND p."ircDate" IS NULL
                          WHEN 'irc' THEN p."ircDate" IS NULL ELSE m."actualDate" IS NULL END) WHERE "id" IN (OLD."projectId", NEW."projectId");
END;

CREATE TRIGGER "Milestone_nextDue_delete" AFTER DELETE ON "Milestone" BEGIN
  UPDATE "Project" SET "nextMilestoneDue" = (SELECT MIN(m."plannedDate") FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
      WHERE m."projectId" = OLD."projectId" AND m."kind" IN ('policy_approval', 'irc', 'land_handover', 'construction_start', 'commissioning')
        AND CASE m."kind" WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL AND p."ircDate" IS NULL
                          WHEN 'irc' THEN p."ircDate" IS NULL ELSE m."actualDate" IS NULL END) WHERE "id" = OLD."projectId";
END;

CREATE TRIGGER "Obstacle_nextDue_insert" AFTER INSERT ON "Obstacle" BEGIN
  UPDATE "Project" SET "nextObstacleDeadline" = (SELECT MIN(o."deadline") FROM "Obstacle" o WHERE o."projectId" = NEW."projectId" AND +o."status" IN ('open', 'in_progress', 'escalated')) WHERE "id" = NEW."projectId";
END;

CREATE TRIGGER "Obstacle_nextDue_update" AFTER UPDATE OF "status", "deadline", "projectId" ON "Obstacle" BEGIN
  UPDATE "Project" SET "nextObstacleDeadline" = (SELECT MIN(o."deadline") FROM "Obstacle" o WHERE o."projectId" = "Project"."id" AND +o."status" IN ('open', 'in_progress', 'escalated')) WHERE "id" IN (OLD."projectId", NEW."projectId");
END;

CREATE TRIGGER "Obstacle_nextDue_delete" AFTER DELETE ON "Obstacle" BEGIN
  UPDATE "Project" SET "nextObstacleDeadline" = (SELECT MIN(o."deadline") FROM "Obstacle" o WHERE o."projectId" = OLD."projectId" AND +o."status" IN ('open', 'in_progress', 'escalated')) WHERE "id" = OLD."projectId";
END;

-- The overview cache's generation: one row, incremented by every write to a table the
-- overview reads. A rolled-back write rolls the increment back too, which is what the
-- cache needs to tell a rolled-back state from a committed one (docs/decisions/010).
CREATE TABLE "DataGeneration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "value" INTEGER NOT NULL DEFAULT 0
);

INSERT INTO "DataGeneration" ("id", "value") VALUES (1, 0);

CREATE TRIGGER "Project_generation_insert" AFTER INSERT ON "Project" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Project_generation_update" AFTER UPDATE ON "Project" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Project_generation_delete" AFTER DELETE ON "Project" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Milestone_generation_insert" AFTER INSERT ON "Milestone" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Milestone_generation_update" AFTER UPDATE ON "Milestone" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Milestone_generation_delete" AFTER DELETE ON "Milestone" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "StatusChange_generation_insert" AFTER INSERT ON "StatusChange" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "StatusChange_generation_update" AFTER UPDATE ON "StatusChange" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "StatusChange_generation_delete" AFTER DELETE ON "StatusChange" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Obstacle_generation_insert" AFTER INSERT ON "Obstacle" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Obstacle_generation_update" AFTER UPDATE ON "Obstacle" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Obstacle_generation_delete" AFTER DELETE ON "Obstacle" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Department_generation_insert" AFTER INSERT ON "Department" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Department_generation_update" AFTER UPDATE ON "Department" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Department_generation_delete" AFTER DELETE ON "Department" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Goal_generation_insert" AFTER INSERT ON "Goal" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Goal_generation_update" AFTER UPDATE ON "Goal" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Goal_generation_delete" AFTER DELETE ON "Goal" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Indicator_generation_insert" AFTER INSERT ON "Indicator" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Indicator_generation_update" AFTER UPDATE ON "Indicator" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Indicator_generation_delete" AFTER DELETE ON "Indicator" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "StatisticEntry_generation_insert" AFTER INSERT ON "StatisticEntry" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "StatisticEntry_generation_update" AFTER UPDATE ON "StatisticEntry" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "StatisticEntry_generation_delete" AFTER DELETE ON "StatisticEntry" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "CapitalChange_generation_insert" AFTER INSERT ON "CapitalChange" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "CapitalChange_generation_update" AFTER UPDATE ON "CapitalChange" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "CapitalChange_generation_delete" AFTER DELETE ON "CapitalChange" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Disbursement_generation_insert" AFTER INSERT ON "Disbursement" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Disbursement_generation_update" AFTER UPDATE ON "Disbursement" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Disbursement_generation_delete" AFTER DELETE ON "Disbursement" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ClearanceHandover_generation_insert" AFTER INSERT ON "ClearanceHandover" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ClearanceHandover_generation_update" AFTER UPDATE ON "ClearanceHandover" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ClearanceHandover_generation_delete" AFTER DELETE ON "ClearanceHandover" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ExchangeRate_generation_insert" AFTER INSERT ON "ExchangeRate" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ExchangeRate_generation_update" AFTER UPDATE ON "ExchangeRate" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ExchangeRate_generation_delete" AFTER DELETE ON "ExchangeRate" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
