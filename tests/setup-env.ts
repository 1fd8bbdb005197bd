import { randomUUID } from 'node:crypto'
import { copyFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeEach, inject } from 'vitest'

// Each test file gets its own copy of the migrated base database, before any app module
// (and so the Prisma client) is loaded; each test starts with no projects and no users
// (the audit trail is append-only, so tests look only at their own records' rows).
const runDir = inject('testRunDir')
const file = path.join(runDir, `test-${randomUUID()}.db`)
copyFileSync(path.join(runDir, 'base.db'), file)
process.env.DATABASE_URL = `file:${file}`
process.env.SESSION_SECRET ??= 'test-secret-that-is-long-enough-for-the-schema'

beforeEach(async () => {
  const { prisma, ensureDb } = await import('~/utils/db.server')
  const { deleteWithHistory } = await import('./history-wipe')
  await ensureDb()
  // Projects take their status changes along: the history tables' rows may go only in a wipe.
  await deleteWithHistory(prisma, [
    prisma.obstacle.deleteMany(),
    prisma.dialogueMeeting.deleteMany(),
    prisma.goal.deleteMany(),
    prisma.statisticEntry.deleteMany(),
    prisma.indicator.deleteMany(),
    prisma.statusChange.deleteMany(),
    prisma.milestone.deleteMany(),
    prisma.projectInvestor.deleteMany(),
    prisma.project.deleteMany(),
    prisma.investor.deleteMany(),
    prisma.session.deleteMany(),
    prisma.signInFailure.deleteMany(),
    prisma.submissionKey.deleteMany(),
    prisma.user.deleteMany(),
  ])
})

afterAll(async () => {
  const { prisma } = await import('~/utils/db.server')
  await prisma.$disconnect()
})
