import type { Db } from '~/utils/db.server'
import { BEGIN_HISTORY_WIPE_SQL, END_HISTORY_WIPE_SQL } from '../prisma/seed/clear'
import type { Prisma } from '@prisma/client'

/**
 * Runs these deletes as one batch transaction in which rows of the append-only history
 * tables (StatusChange, StatisticEntry, ObstacleMeasure) may go, directly or by ON DELETE
 * CASCADE from a project or an obstacle: the seeder's wipe marker is inserted first and
 * removed last, inside the transaction (prisma/seed/clear.ts, docs/decisions/014). For an
 * interactive transaction use withHistoryWipe from there.
 */
export function deleteWithHistory(db: Db, deletes: Prisma.PrismaPromise<unknown>[]) {
  return db.$transaction([
    db.$executeRawUnsafe(BEGIN_HISTORY_WIPE_SQL),
    ...deletes,
    db.$executeRawUnsafe(END_HISTORY_WIPE_SQL),
  ])
}
