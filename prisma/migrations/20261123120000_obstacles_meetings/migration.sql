-- CreateTable
CREATE TABLE "Obstacle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "raisedOn" DATETIME NOT NULL,
    "raisedByKind" TEXT NOT NULL,
    "raisedByName" TEXT NOT NULL,
    "meetingId" TEXT,
    "deadline" DATETIME NOT NULL,
    "priority" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "resolutionNote" TEXT,
    "closedReason" TEXT,
    "finishedOn" DATETIME,
    "searchText" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Obstacle_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Obstacle_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "DialogueMeeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ObstacleDepartment" (
    "obstacleId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,

    PRIMARY KEY ("obstacleId", "departmentId"),
    CONSTRAINT "ObstacleDepartment_obstacleId_fkey" FOREIGN KEY ("obstacleId") REFERENCES "Obstacle" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ObstacleDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ObstacleMeasure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "obstacleId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "description" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "documentRef" TEXT,
    "enteredById" TEXT,
    "enteredByName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ObstacleMeasure_obstacleId_fkey" FOREIGN KEY ("obstacleId") REFERENCES "Obstacle" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ObstacleMeasure_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DialogueMeeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" DATETIME NOT NULL,
    "place" TEXT NOT NULL,
    "chair" TEXT NOT NULL,
    "enterprises" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DialogueMeetingProject" (
    "meetingId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,

    PRIMARY KEY ("meetingId", "projectId"),
    CONSTRAINT "DialogueMeetingProject_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "DialogueMeeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DialogueMeetingProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Obstacle_code_key" ON "Obstacle"("code");

-- CreateIndex
CREATE INDEX "Obstacle_status_deadline_idx" ON "Obstacle"("status", "deadline");

-- CreateIndex
CREATE INDEX "Obstacle_projectId_status_idx" ON "Obstacle"("projectId", "status");

-- CreateIndex
CREATE INDEX "Obstacle_category_status_idx" ON "Obstacle"("category", "status");

-- CreateIndex
CREATE INDEX "Obstacle_priority_deadline_idx" ON "Obstacle"("priority", "deadline");

-- CreateIndex
CREATE INDEX "Obstacle_deadline_idx" ON "Obstacle"("deadline");

-- CreateIndex
CREATE INDEX "Obstacle_meetingId_idx" ON "Obstacle"("meetingId");

-- CreateIndex
CREATE INDEX "ObstacleDepartment_departmentId_obstacleId_idx" ON "ObstacleDepartment"("departmentId", "obstacleId");

-- CreateIndex
CREATE INDEX "ObstacleMeasure_obstacleId_date_idx" ON "ObstacleMeasure"("obstacleId", "date");

-- CreateIndex
CREATE INDEX "DialogueMeeting_date_idx" ON "DialogueMeeting"("date");

-- CreateIndex
CREATE INDEX "DialogueMeetingProject_projectId_idx" ON "DialogueMeetingProject"("projectId");

-- Permissions: any editor may record an obstacle or a meeting (they are raised in
-- province-wide dialogues); follow-up belongs to the editors of a responsible department.
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('create:obstacle:any', 'create', 'obstacle', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('update:obstacle:own-department', 'update', 'obstacle', 'own-department');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('update:obstacle:any', 'update', 'obstacle', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('create:meeting:any', 'create', 'meeting', 'any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'create:obstacle:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'create:obstacle:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'update:obstacle:own-department');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'update:obstacle:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'create:meeting:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'create:meeting:any');
