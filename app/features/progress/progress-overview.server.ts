import { getGoalProgress, listGoalsForPeriod } from '~/features/goals/goal.server'
import { AT_RISK_LIMIT, listProjectsAtRisk } from '~/features/progress/at-risk.server'
import { constructionStartsByMonth, fdiByMonth } from '~/features/progress/progress-series.server'
import { ensureDb } from '~/utils/db.server'
import { type Period, periodKey } from '~/utils/period'
import { createUnchangedCache } from '~/utils/unchanged-cache.server'

/**
 * The progress overview's data: the goals of the period with their progress, the two
 * monthly series and the projects at risk. The /progress loader, the printable report's
 * loader and bench/progress-timing.ts all call getProgressOverview, so the benchmark times
 * exactly what the pages do.
 *
 * The result is cached per (period, province day) and reused only while the
 * database is provably unchanged (app/utils/unchanged-cache.server.ts, docs/decisions/010).
 */
export async function getProgressOverview(period: Period, today: Date) {
  await ensureDb()
  const key = `${periodKey(period)}|${today.toISOString()}`
  return cache.get(key, () => computeOverview(period, today))
}

/** A few periods and days at most: the current quarter, the ones people page through. */
const cache = createUnchangedCache<ProgressOverview>('progress-overview', 32)

export type ProgressOverview = Awaited<ReturnType<typeof computeOverview>>

async function computeOverview(period: Period, today: Date) {
  const goals = await listGoalsForPeriod(period)
  const [progress, fdi, starts, atRisk] = await Promise.all([
    Promise.all(goals.map((goal) => getGoalProgress(goal, today))),
    fdiByMonth(period, today),
    constructionStartsByMonth(period, today),
    listProjectsAtRisk(today, AT_RISK_LIMIT),
  ])
  return { goals, progress, fdi, starts, atRisk }
}
