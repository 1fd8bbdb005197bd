/**
 * Run by bench/run.ts as a child process with DATABASE_URL set to one bench database:
 * times the progress overview's data work (getProgressOverview, which the /progress and
 * report loaders call, for the current quarter) as the median of repeated runs after
 * warm-up runs, and each part alone, so a slow part can be named. Prints one JSON line.
 *
 *   DATABASE_URL=file:bench/dbs/scale-10000.db tsx bench/progress-timing.ts <runs> <warmups>
 *
 * Two figures, both reported: `medianMs` is the cold work (the overview's cache cleared
 * before each run: every query runs), `warmMedianMs` what a request costs while the
 * database is unchanged (the cache's validity check and the cached result).
 */
import { getGoalProgress, listGoalsForPeriod } from '../app/features/goals/goal.server'
import { listProjectsAtRisk } from '../app/features/progress/at-risk.server'
import { getProgressOverview } from '../app/features/progress/progress-overview.server'
import { constructionStartsByMonth, fdiByMonth } from '../app/features/progress/progress-series.server'
import { resolveProgressPeriod } from '../app/features/progress/progress-view'
import { ensureDb, prisma } from '../app/utils/db.server'
import { provinceToday } from '../app/utils/format'
import { forgetCachedReads } from '../app/utils/unchanged-cache.server'

const runs = Number(process.argv[2] ?? 30)
const warmups = Number(process.argv[3] ?? 5)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmups) || warmups < 0) {
  throw new Error('Usage: tsx bench/progress-timing.ts <runs ≥ 1> <warmups ≥ 0>')
}

const today = provinceToday()
const { period } = resolveProgressPeriod(new URLSearchParams(), today)

const goals = await listGoalsForPeriod(period)
const parts: Record<string, () => Promise<unknown>> = {
  total: () => {
    forgetCachedReads('progress-overview')
    return getProgressOverview(period, today)
  },
  warm: () => getProgressOverview(period, today),
  listGoals: () => listGoalsForPeriod(period),
  goalProgress: () => Promise.all(goals.map((goal) => getGoalProgress(goal, today))),
  fdiByMonth: () => fdiByMonth(period, today),
  constructionStartsByMonth: () => constructionStartsByMonth(period, today),
  listProjectsAtRisk: () => listProjectsAtRisk(today),
}

async function medianMs(work: () => Promise<unknown>, timed: number, untimed: number): Promise<number> {
  for (let run = 0; run < untimed; run += 1) await work()
  const times: number[] = []
  for (let run = 0; run < timed; run += 1) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const middle = Math.floor(times.length / 2)
  const median = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2
  return Math.round(median * 100) / 100
}

await ensureDb()
try {
  const medians: Record<string, number> = {}
  for (const [name, work] of Object.entries(parts)) {
    // The parts only explain the total: fewer runs of each.
    medians[name] = await medianMs(
      work,
      name === 'total' || name === 'warm' ? runs : Math.max(3, Math.ceil(runs / 3)),
      warmups,
    )
  }
  const { total, warm, ...rest } = medians
  console.log(JSON.stringify({ period, goals: goals.length, medianMs: total, warmMedianMs: warm, parts: rest }))
} finally {
  await prisma.$disconnect()
}
