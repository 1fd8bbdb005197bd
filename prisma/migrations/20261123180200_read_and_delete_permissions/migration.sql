-- Reading obstacles and meetings, and deleting a goal, get permissions of their own, so a
-- role can one day be given or denied them apart from the rest. They are granted exactly
-- as the access was before: every role reads obstacles and meetings (as it reads projects
-- and reports), and whoever may update a goal may delete it (editors for their own
-- department or province-wide, admins any).
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('read:obstacle:any', 'read', 'obstacle', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('read:meeting:any', 'read', 'meeting', 'any');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('delete:goal:own-department', 'delete', 'goal', 'own-department');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('delete:goal:any', 'delete', 'goal', 'any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'read:obstacle:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'read:obstacle:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('viewer', 'read:obstacle:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'read:meeting:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'read:meeting:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('viewer', 'read:meeting:any');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('editor', 'delete:goal:own-department');
INSERT INTO "RolePermission" ("role", "permissionId") VALUES ('admin', 'delete:goal:any');
