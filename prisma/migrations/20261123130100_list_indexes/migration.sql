-- The obstacles list: its counts by category (with overdue) and by department read only
-- these two indexes (Obstacle by category…id, then whether the project is deleted).
CREATE INDEX "Project_id_deletedAt_idx" ON "Project"("id", "deletedAt");
CREATE INDEX "Obstacle_category_status_deadline_projectId_id_idx" ON "Obstacle"("category", "status", "deadline", "projectId", "id");
