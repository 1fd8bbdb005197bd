-- The forecast sums every pipeline project (not only the 500 the goal page lists): read from
-- covering indexes, with no visit to the Milestone or Project rows (docs/performance.md).

-- DropIndex
DROP INDEX "Milestone_kind_pending_plannedDate_idx";

-- DropIndex
DROP INDEX "Project_id_deletedAt_idx";

-- CreateIndex
CREATE INDEX "Milestone_kind_pending_plannedDate_likelihood_projectId_idx" ON "Milestone"("kind", "pending", "plannedDate", "likelihood", "projectId");

-- CreateIndex
CREATE INDEX "Project_id_deletedAt_status_investmentType_sector_kind_registeredCapitalVnd_idx" ON "Project"("id", "deletedAt", "status", "investmentType", "sector", "kind", "registeredCapitalVnd");
