-- The history tables are append-only like the audit trail (docs/decisions/014): a status
-- change, a published statistic and a measure taken on an obstacle are recorded once and
-- never rewritten. The app only inserts them (a later row supersedes an earlier one).
--
-- Per table, the same four triggers as AuditLog's (migrations 20261123100000 and
-- 20261207100000): UPDATE refused (UPSERT and UPDATE OR REPLACE too); a new row meeting an
-- existing one on a unique key (the id, the only one, or the rowid) refused before any
-- conflict is resolved, so REPLACE / INSERT OR REPLACE / INSERT OR IGNORE cannot remove it
-- whatever recursive_triggers says; no row numbered below 1.
--
-- DELETE is refused too, except during a deliberate wipe: the demo seeder empties every
-- table (npm run db:seed on a seeded database) and the tests start each test from no
-- projects. A wipe inserts the one row of "HistoryWipe", deletes, and deletes that row again,
-- all in one transaction (prisma/seed/clear.ts), so no other connection ever sees the
-- marker. It holds whatever the connection's pragmas. It is a guard against the app's own
-- code, its bugs and injected statements, not against someone with raw SQL access to the
-- file: they could insert the marker, or drop a trigger.
--
-- ON DELETE CASCADE reaches StatusChange from Project and ObstacleMeasure from Obstacle:
-- deleting a project or an obstacle that has history is refused outside a wipe as well. The
-- app never deletes either (a project is soft-deleted); it never changes an id, so no
-- ON UPDATE CASCADE reaches these rows. Indicator -> StatisticEntry is RESTRICT.

CREATE TABLE "HistoryWipe" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1)
);

-- StatusChange

CREATE TRIGGER "StatusChange_no_update" BEFORE UPDATE ON "StatusChange"
BEGIN
  SELECT RAISE(ABORT, 'StatusChange is append-only');
END;

CREATE TRIGGER "StatusChange_no_delete" BEFORE DELETE ON "StatusChange"
WHEN NOT EXISTS (SELECT 1 FROM "HistoryWipe")
BEGIN
  SELECT RAISE(ABORT, 'StatusChange is append-only');
END;

CREATE TRIGGER "StatusChange_no_replace" BEFORE INSERT ON "StatusChange"
WHEN EXISTS (SELECT 1 FROM "StatusChange" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "StatusChange" WHERE rowid = NEW.rowid)
BEGIN
  SELECT RAISE(ABORT, 'StatusChange is append-only');
END;

CREATE TRIGGER "StatusChange_rowid_positive" AFTER INSERT ON "StatusChange"
WHEN NEW.rowid < 1
BEGIN
  SELECT RAISE(ABORT, 'StatusChange is append-only');
END;

-- StatisticEntry

CREATE TRIGGER "StatisticEntry_no_update" BEFORE UPDATE ON "StatisticEntry"
BEGIN
  SELECT RAISE(ABORT, 'StatisticEntry is append-only');
END;

CREATE TRIGGER "StatisticEntry_no_delete" BEFORE DELETE ON "StatisticEntry"
WHEN NOT EXISTS (SELECT 1 FROM "HistoryWipe")
BEGIN
  SELECT RAISE(ABORT, 'StatisticEntry is append-only');
END;

CREATE TRIGGER "StatisticEntry_no_replace" BEFORE INSERT ON "StatisticEntry"
WHEN EXISTS (SELECT 1 FROM "StatisticEntry" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "StatisticEntry" WHERE rowid = NEW.rowid)
BEGIN
  SELECT RAISE(ABORT, 'StatisticEntry is append-only');
END;

CREATE TRIGGER "StatisticEntry_rowid_positive" AFTER INSERT ON "StatisticEntry"
WHEN NEW.rowid < 1
BEGIN
  SELECT RAISE(ABORT, 'StatisticEntry is append-only');
END;

-- ObstacleMeasure

CREATE TRIGGER "ObstacleMeasure_no_update" BEFORE UPDATE ON "ObstacleMeasure"
BEGIN
  SELECT RAISE(ABORT, 'ObstacleMeasure is append-only');
END;

CREATE TRIGGER "ObstacleMeasure_no_delete" BEFORE DELETE ON "ObstacleMeasure"
WHEN NOT EXISTS (SELECT 1 FROM "HistoryWipe")
BEGIN
  SELECT RAISE(ABORT, 'ObstacleMeasure is append-only');
END;

CREATE TRIGGER "ObstacleMeasure_no_replace" BEFORE INSERT ON "ObstacleMeasure"
WHEN EXISTS (SELECT 1 FROM "ObstacleMeasure" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "ObstacleMeasure" WHERE rowid = NEW.rowid)
BEGIN
  SELECT RAISE(ABORT, 'ObstacleMeasure is append-only');
END;

CREATE TRIGGER "ObstacleMeasure_rowid_positive" AFTER INSERT ON "ObstacleMeasure"
WHEN NEW.rowid < 1
BEGIN
  SELECT RAISE(ABORT, 'ObstacleMeasure is append-only');
END;
