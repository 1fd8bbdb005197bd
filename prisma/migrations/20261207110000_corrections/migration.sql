-- Records that can be corrected (docs/decisions/013). Capital adjustments, disbursements,
-- land handovers and exchange rates can be voided, or corrected (the original is voided and
-- points to the new row that carries the corrected values); a voided row stays, and counts
-- nowhere. The tallies' triggers learn this in 20261207110100_metric_tallies_voided.
--
-- Only ADD COLUMN and indexes here: redefining one of these tables would drop its triggers.

-- DropIndex
DROP INDEX "ExchangeRate_date_key";

-- DropIndex
DROP INDEX "CapitalChange_date_projectId_amountVnd_idx";

-- DropIndex
DROP INDEX "Disbursement_date_projectId_amountVnd_idx";

-- DropIndex
DROP INDEX "ClearanceHandover_date_projectId_hectares_idx";

-- AlterTable
ALTER TABLE "ExchangeRate" ADD COLUMN "supersededById" TEXT;
ALTER TABLE "ExchangeRate" ADD COLUMN "voidReason" TEXT;
ALTER TABLE "ExchangeRate" ADD COLUMN "voidedAt" DATETIME;
ALTER TABLE "ExchangeRate" ADD COLUMN "voidedById" TEXT;
ALTER TABLE "ExchangeRate" ADD COLUMN "voidedByName" TEXT;

-- AlterTable
ALTER TABLE "CapitalChange" ADD COLUMN "supersededById" TEXT;
ALTER TABLE "CapitalChange" ADD COLUMN "voidReason" TEXT;
ALTER TABLE "CapitalChange" ADD COLUMN "voidedAt" DATETIME;
ALTER TABLE "CapitalChange" ADD COLUMN "voidedById" TEXT;
ALTER TABLE "CapitalChange" ADD COLUMN "voidedByName" TEXT;

-- AlterTable
ALTER TABLE "Disbursement" ADD COLUMN "supersededById" TEXT;
ALTER TABLE "Disbursement" ADD COLUMN "voidReason" TEXT;
ALTER TABLE "Disbursement" ADD COLUMN "voidedAt" DATETIME;
ALTER TABLE "Disbursement" ADD COLUMN "voidedById" TEXT;
ALTER TABLE "Disbursement" ADD COLUMN "voidedByName" TEXT;

-- AlterTable
ALTER TABLE "ClearanceHandover" ADD COLUMN "supersededById" TEXT;
ALTER TABLE "ClearanceHandover" ADD COLUMN "voidReason" TEXT;
ALTER TABLE "ClearanceHandover" ADD COLUMN "voidedAt" DATETIME;
ALTER TABLE "ClearanceHandover" ADD COLUMN "voidedById" TEXT;
ALTER TABLE "ClearanceHandover" ADD COLUMN "voidedByName" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_supersededById_key" ON "ExchangeRate"("supersededById");

-- CreateIndex
CREATE INDEX "ExchangeRate_date_idx" ON "ExchangeRate"("date");

-- CreateIndex
CREATE UNIQUE INDEX "CapitalChange_supersededById_key" ON "CapitalChange"("supersededById");

-- CreateIndex
CREATE INDEX "CapitalChange_date_projectId_amountVnd_voidedAt_idx" ON "CapitalChange"("date", "projectId", "amountVnd", "voidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Disbursement_supersededById_key" ON "Disbursement"("supersededById");

-- CreateIndex
CREATE INDEX "Disbursement_date_projectId_amountVnd_voidedAt_idx" ON "Disbursement"("date", "projectId", "amountVnd", "voidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClearanceHandover_supersededById_key" ON "ClearanceHandover"("supersededById");

-- CreateIndex
CREATE INDEX "ClearanceHandover_date_projectId_hectares_voidedAt_idx" ON "ClearanceHandover"("date", "projectId", "hectares", "voidedAt");


-- One rate in force a day. A partial unique index: a voided rate keeps its date, and its
-- correction may carry the same date. Prisma's schema cannot state a partial index, and
-- Prisma 6 neither introspects nor drops one (`prisma db pull` does not list it).
CREATE UNIQUE INDEX "ExchangeRate_date_in_force_key" ON "ExchangeRate"("date") WHERE "voidedAt" IS NULL;

-- Entering, correcting and voiding exchange rates is the administrators' alone: one rate
-- converts every USD figure of the app, so editors no longer enter them (they read them).
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('update:exchange-rate:any', 'update', 'exchange-rate', 'any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'update:exchange-rate:any');
DELETE FROM "RolePermission" WHERE "role" = 'editor' AND "permissionId" = 'create:exchange-rate:any';
