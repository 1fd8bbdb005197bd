-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "departmentId" TEXT,
    "provinceWide" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "ip" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Permission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "access" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "RolePermission" (
    "role" TEXT NOT NULL,
    "permissionId" TEXT NOT NULL,

    PRIMARY KEY ("role", "permissionId"),
    CONSTRAINT "RolePermission_permissionId_fkey" FOREIGN KEY ("permissionId") REFERENCES "Permission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "userName" TEXT,
    "ip" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "changes" TEXT,
    "detail" TEXT
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "emailKey" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SubmissionKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "resultPath" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_departmentId_idx" ON "User"("departmentId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Permission_action_entity_access_key" ON "Permission"("action", "entity", "access");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_at_idx" ON "AuditLog"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "SignInFailure_emailKey_at_idx" ON "SignInFailure"("emailKey", "at");

-- Permissions are data the app needs in production, so the migration seeds them.
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('read:project:any', 'read', 'project', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('create:project:own-department', 'create', 'project', 'own-department');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('create:project:any', 'create', 'project', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('update:project:own-department', 'update', 'project', 'own-department');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('update:project:any', 'update', 'project', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('delete:project:own-department', 'delete', 'project', 'own-department');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('delete:project:any', 'delete', 'project', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('read:investor:any', 'read', 'investor', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('update:investor:any', 'update', 'investor', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('read:exchange-rate:any', 'read', 'exchange-rate', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('create:exchange-rate:any', 'create', 'exchange-rate', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('read:report:any', 'read', 'report', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('read:audit:any', 'read', 'audit', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('manage:user:any', 'manage', 'user', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('manage:department:any', 'manage', 'department', 'any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'read:project:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'read:project:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('viewer', 'read:project:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'create:project:own-department');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'create:project:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'update:project:own-department');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'update:project:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'delete:project:own-department');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'delete:project:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'read:investor:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'read:investor:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('viewer', 'read:investor:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'update:investor:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'update:investor:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'read:exchange-rate:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'read:exchange-rate:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('viewer', 'read:exchange-rate:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'create:exchange-rate:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'create:exchange-rate:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'read:report:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'read:report:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('viewer', 'read:report:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'read:audit:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'manage:user:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'manage:department:any');

-- The audit trail is append-only: the database itself refuses to change or remove a row.
CREATE TRIGGER "AuditLog_no_update" BEFORE UPDATE ON "AuditLog"
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only');
END;

CREATE TRIGGER "AuditLog_no_delete" BEFORE DELETE ON "AuditLog"
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only');
END;
