-- Goals, reported statistics, and the dated project events the goals count.
ALTER TABLE "Milestone" ADD COLUMN "likelihood" TEXT;

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "periodKey" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "indicatorId" TEXT,
    "target" REAL NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'at_least',
    "scopeType" TEXT NOT NULL DEFAULT 'province',
    "scopeValue" TEXT,
    "departmentId" TEXT NOT NULL,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "monthlyPhasing" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Goal_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Goal_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "StatisticEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "indicatorId" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "referenceDate" DATETIME NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "note" TEXT,
    "enteredById" TEXT,
    "enteredByName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatisticEntry_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CapitalChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "amountVnd" BIGINT NOT NULL,
    "documentNumber" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CapitalChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Disbursement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "amountVnd" BIGINT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Disbursement_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClearanceHandover" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "hectares" REAL NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClearanceHandover_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Project_deletedAt_ircDate_idx" ON "Project"("deletedAt", "ircDate");

-- CreateIndex
CREATE INDEX "Project_deletedAt_policyDecisionDate_idx" ON "Project"("deletedAt", "policyDecisionDate");

-- CreateIndex
CREATE INDEX "Milestone_kind_actualDate_idx" ON "Milestone"("kind", "actualDate");

-- CreateIndex
CREATE INDEX "Goal_deletedAt_periodKey_idx" ON "Goal"("deletedAt", "periodKey");

-- CreateIndex
CREATE INDEX "Goal_indicatorId_idx" ON "Goal"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "StatisticEntry_indicatorId_periodKey_createdAt_idx" ON "StatisticEntry"("indicatorId", "periodKey", "createdAt");

-- CreateIndex
CREATE INDEX "CapitalChange_date_idx" ON "CapitalChange"("date");

-- CreateIndex
CREATE INDEX "CapitalChange_projectId_date_idx" ON "CapitalChange"("projectId", "date");

-- CreateIndex
CREATE INDEX "Disbursement_date_idx" ON "Disbursement"("date");

-- CreateIndex
CREATE INDEX "Disbursement_projectId_date_idx" ON "Disbursement"("projectId", "date");

-- CreateIndex
CREATE INDEX "ClearanceHandover_date_idx" ON "ClearanceHandover"("date");

-- CreateIndex
CREATE INDEX "ClearanceHandover_projectId_date_idx" ON "ClearanceHandover"("projectId", "date");

-- Who may set goals and report statistics.
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('create:goal:own-department', 'create', 'goal', 'own-department');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('create:goal:any', 'create', 'goal', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('update:goal:own-department', 'update', 'goal', 'own-department');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('update:goal:any', 'update', 'goal', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('create:statistic:any', 'create', 'statistic', 'any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'create:goal:own-department');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'create:goal:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'update:goal:own-department');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'update:goal:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'create:statistic:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'create:statistic:any');
