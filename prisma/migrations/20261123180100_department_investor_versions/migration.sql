-- Departments and investors are edited by hand like projects, goals and obstacles, so they
-- get the same optimistic lock (docs/decisions/007): an edit is saved only on the version
-- its form was opened on, and a stale one is answered with a conflict page (409) instead
-- of overwriting the other person's save. Existing rows start at version 1.
ALTER TABLE "Department" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Investor" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
