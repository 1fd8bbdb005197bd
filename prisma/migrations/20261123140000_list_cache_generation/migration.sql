-- The project and obstacle lists are cached like the progress overview (app/utils/unchanged-cache.server.ts,
-- docs/decisions/010): every table a cached read uses bumps DataGeneration on every write, inside the
-- writing transaction. These are the tables the lists read that migration 20261123130000 did not cover.

CREATE TRIGGER "AdministrativeUnit_generation_insert" AFTER INSERT ON "AdministrativeUnit" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "AdministrativeUnit_generation_update" AFTER UPDATE ON "AdministrativeUnit" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "AdministrativeUnit_generation_delete" AFTER DELETE ON "AdministrativeUnit" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Investor_generation_insert" AFTER INSERT ON "Investor" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Investor_generation_update" AFTER UPDATE ON "Investor" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "Investor_generation_delete" AFTER DELETE ON "Investor" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ProjectInvestor_generation_insert" AFTER INSERT ON "ProjectInvestor" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ProjectInvestor_generation_update" AFTER UPDATE ON "ProjectInvestor" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ProjectInvestor_generation_delete" AFTER DELETE ON "ProjectInvestor" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ObstacleDepartment_generation_insert" AFTER INSERT ON "ObstacleDepartment" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ObstacleDepartment_generation_update" AFTER UPDATE ON "ObstacleDepartment" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ObstacleDepartment_generation_delete" AFTER DELETE ON "ObstacleDepartment" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ObstacleMeasure_generation_insert" AFTER INSERT ON "ObstacleMeasure" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ObstacleMeasure_generation_update" AFTER UPDATE ON "ObstacleMeasure" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "ObstacleMeasure_generation_delete" AFTER DELETE ON "ObstacleMeasure" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "DialogueMeeting_generation_insert" AFTER INSERT ON "DialogueMeeting" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "DialogueMeeting_generation_update" AFTER UPDATE ON "DialogueMeeting" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "DialogueMeeting_generation_delete" AFTER DELETE ON "DialogueMeeting" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "DialogueMeetingProject_generation_insert" AFTER INSERT ON "DialogueMeetingProject" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "DialogueMeetingProject_generation_update" AFTER UPDATE ON "DialogueMeetingProject" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;

CREATE TRIGGER "DialogueMeetingProject_generation_delete" AFTER DELETE ON "DialogueMeetingProject" BEGIN UPDATE "DataGeneration" SET "value" = "value" + 1 WHERE "id" = 1; END;
