-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AdministrativeUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "formerNames" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Investor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "contact" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameSort" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "unitId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "areaHa" REAL,
    "clearanceNeededHa" REAL,
    "clearanceDoneHa" REAL,
    "registeredCapitalVnd" BIGINT,
    "disbursedCapitalVnd" BIGINT,
    "investmentType" TEXT NOT NULL,
    "jobsPlanned" INTEGER,
    "policyDecisionNumber" TEXT,
    "policyDecisionDate" DATETIME,
    "ircNumber" TEXT,
    "ircDate" DATETIME,
    "description" TEXT NOT NULL DEFAULT '',
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "searchText" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Project_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectInvestor" (
    "projectId" TEXT NOT NULL,
    "investorId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "capitalShareBasisPoints" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("projectId", "investorId"),
    CONSTRAINT "ProjectInvestor_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProjectInvestor_investorId_fkey" FOREIGN KEY ("investorId") REFERENCES "Investor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "plannedDate" DATETIME,
    "actualDate" DATETIME,
    CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "effectiveDate" DATETIME NOT NULL,
    "reason" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatusChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" DATETIME NOT NULL,
    "vndPerUsd" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT ''
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE INDEX "AdministrativeUnit_name_idx" ON "AdministrativeUnit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AdministrativeUnit_province_kind_name_key" ON "AdministrativeUnit"("province", "kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Investor_searchName_key" ON "Investor"("searchName");

-- CreateIndex
CREATE INDEX "Investor_country_idx" ON "Investor"("country");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_deletedAt_nameSort_idx" ON "Project"("deletedAt", "nameSort");

-- CreateIndex
CREATE INDEX "Project_deletedAt_code_idx" ON "Project"("deletedAt", "code");

-- CreateIndex
CREATE INDEX "Project_deletedAt_kind_nameSort_idx" ON "Project"("deletedAt", "kind", "nameSort");

-- CreateIndex
CREATE INDEX "Project_deletedAt_status_nameSort_idx" ON "Project"("deletedAt", "status", "nameSort");

-- CreateIndex
CREATE INDEX "Project_deletedAt_unitId_nameSort_idx" ON "Project"("deletedAt", "unitId", "nameSort");

-- CreateIndex
CREATE INDEX "Project_deletedAt_departmentId_nameSort_idx" ON "Project"("deletedAt", "departmentId", "nameSort");

-- CreateIndex
CREATE INDEX "Project_deletedAt_investmentType_nameSort_idx" ON "Project"("deletedAt", "investmentType", "nameSort");

-- CreateIndex
CREATE INDEX "Project_deletedAt_registeredCapitalVnd_idx" ON "Project"("deletedAt", "registeredCapitalVnd");

-- CreateIndex
CREATE INDEX "Project_deletedAt_updatedAt_idx" ON "Project"("deletedAt", "updatedAt");

-- CreateIndex
CREATE INDEX "ProjectInvestor_investorId_idx" ON "ProjectInvestor"("investorId");

-- CreateIndex
CREATE INDEX "Milestone_kind_plannedDate_idx" ON "Milestone"("kind", "plannedDate");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_projectId_kind_key" ON "Milestone"("projectId", "kind");

-- CreateIndex
CREATE INDEX "StatusChange_projectId_effectiveDate_idx" ON "StatusChange"("projectId", "effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_date_key" ON "ExchangeRate"("date");

