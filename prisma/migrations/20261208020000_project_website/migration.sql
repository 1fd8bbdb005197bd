-- A project's website (issue 14: one plain column, end to end).
ALTER TABLE "Project" ADD COLUMN "website" TEXT;
