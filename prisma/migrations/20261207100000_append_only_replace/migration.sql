-- Append-only tables cannot be rewritten by REPLACE either (docs/decisions/014).
--
-- The BEFORE UPDATE and BEFORE DELETE triggers refuse changing or removing a row, but
-- `INSERT OR REPLACE` / `REPLACE INTO` with an existing key deletes the row it conflicts
-- with and writes a new one in its place, and SQLite fires no delete trigger for that
-- deletion unless the connection turned recursive_triggers on, which a raw connection (the
-- sqlite3 shell, a script) does not. A BEFORE INSERT trigger fires before any conflict is
-- resolved, whatever the connection's pragmas, so it refuses a new row that would meet an
-- existing one on ANY unique key of the table: every unique index, and the rowid (a
-- REPLACE may name `rowid` explicitly). `INSERT … ON CONFLICT DO UPDATE` is refused here
-- too, and was already by the UPDATE trigger.
--
-- In a BEFORE INSERT trigger NEW.rowid is -1 when SQLite will number the row itself. So no
-- row may be numbered below 1 (the AFTER INSERT trigger): otherwise one row inserted with
-- rowid -1 would make every later, ordinary insert look like a REPLACE of it, and the app
-- could not write its trail any more.
--
-- Every append-only table gets these two triggers with its UPDATE and DELETE ones;
-- tests/append-only.test.ts finds such tables by those and checks all of them. Today that
-- is AuditLog alone (the other history tables are deleted by the seeder's wipe and the
-- tests' set-up; see the decision record).

CREATE TRIGGER "AuditLog_no_replace" BEFORE INSERT ON "AuditLog"
WHEN EXISTS (SELECT 1 FROM "AuditLog" WHERE "id" = NEW."id")
  OR EXISTS (SELECT 1 FROM "AuditLog" WHERE rowid = NEW.rowid)
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only');
END;

CREATE TRIGGER "AuditLog_rowid_positive" AFTER INSERT ON "AuditLog"
WHEN NEW.rowid < 1
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only');
END;
