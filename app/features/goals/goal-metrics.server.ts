import { type Prisma } from '@prisma/client'
import {
  type GoalMetric,
  type GoalScopeType,
  LIKELIHOODS,
  LIKELIHOOD_WEIGHT,
  type Likelihood,
  METRIC_UNIT,
} from '~/features/goals/goal-vocabulary'
import { isOneOf } from '~/features/projects/project-vocabulary'
import { ensureDb, prisma } from '~/utils/db.server'
import { vndToUsd } from '~/utils/money'
import { type Period, periodKey, periodRange } from '~/utils/period'

/**
 * The computed metrics of the goals, aggregated in SQL over the project records
 * (docs/decisions/008). Money stays exact: VND sums are bigint, and FDI is converted to USD
 * per day with that day's rate (the latest rate on or before it), summed as bigint.
 *
 * - FDI attracted (USD): for FDI projects, the capital of IRCs issued in the period (the
 *   registered capital less every later adjustment) plus the adjustments dated in the period.
 * - Registered capital (VND): the same, for every project.
 * - Policy approvals / IRCs issued: projects whose decision or IRC date is in the period.
 * - Construction starts: actual construction-start milestones in the period.
 * - Capital disbursed, hectares handed over: dated entries in the period.
 *
 * For the whole province, a sector or a project kind the figures are read from the metric
 * tallies, which triggers keep added up by day (docs/decisions/012), so a period costs at most
 * a row a day however many projects there are; a goal on one project reads its records.
 * app/features/goals/metric-tally.integration.test.ts proves both ways give the same figures.
 */
export type MetricScope = { type: GoalScopeType; value: string | null }

export type MetricValue = {
  /** the figure as a number, for percentages and charts */
  value: number
  /** exact money amount (VND or USD) when the metric is money */
  exact: bigint | null
}

type Bounds = { start: Date; end: Date }

/** How Prisma's SQLite adapter writes a DateTime, so raw comparisons line up with it. */
export function sqlDate(date: Date): string {
  return date.toISOString().replace('Z', '+00:00')
}

/** The projects a goal's scope covers. */
export function scopeWhere(scope: MetricScope): Prisma.ProjectWhereInput {
  if (!scope.value) return {}
  switch (scope.type) {
    case 'sector':
      return { sector: scope.value }
    case 'kind':
      return { kind: scope.value }
    case 'project':
      return { id: scope.value }
    case 'province':
      return {}
  }
}

export function scopeSql(scope: MetricScope): { sql: string; params: string[] } {
  if (!scope.value || scope.type === 'province') return { sql: '', params: [] }
  const column = scope.type === 'sector' ? 'p."sector"' : scope.type === 'kind' ? 'p."kind"' : 'p."id"'
  return { sql: ` AND ${column} = ?`, params: [scope.value] }
}

/** The tallies' scope key ('' for the province, 's:…' a sector, 'k:…' a kind), null for one project. */
export function tallyScope(scope: MetricScope): string | null {
  if (!scope.value || scope.type === 'province') return ''
  if (scope.type === 'sector') return `s:${scope.value}`
  if (scope.type === 'kind') return `k:${scope.value}`
  return null
}

const tallyDay = (date: Date) => date.toISOString().slice(0, 10)

type TallyMetric = 'policy' | 'irc' | 'capital' | 'start' | 'disbursed' | 'handover'

/** A metric's tally rows in the period, by day. */
export async function tallyByDay(metric: TallyMetric, bounds: Bounds, scope: string, fdiOnly: boolean) {
  const rows = await prisma.$queryRawUnsafe<{ day: string; n: bigint | number; amount: bigint | number | null }[]>(
    `SELECT "day" AS day, SUM("n") AS n, SUM("amount") AS amount FROM "MetricTally"
      WHERE "metric" = ? AND "scope" = ? AND "day" >= ? AND "day" < ?${fdiOnly ? ' AND "fdi" = 1' : ''}
      GROUP BY "day"`,
    metric,
    scope,
    tallyDay(bounds.start),
    tallyDay(bounds.end),
  )
  return rows.map((row) => ({
    day: new Date(`${row.day}T00:00:00.000Z`),
    n: Number(row.n),
    amount: BigInt(row.amount ?? 0),
  }))
}

async function tallyTotal(metric: TallyMetric, bounds: Bounds, scope: string) {
  const days = await tallyByDay(metric, bounds, scope, false)
  return days.reduce((sum, row) => ({ n: sum.n + row.n, amount: sum.amount + row.amount }), { n: 0, amount: 0n })
}

/**
 * Capital events of a period, one row each: an IRC issued in it (the registered capital
 * less every recorded adjustment, so that each adjustment counts once, in its own period)
 * and each capital adjustment dated in it. A voided (or corrected) adjustment counts nowhere
 * (docs/decisions/013). Columns: projectId, code, name, event, day,
 * amount, note. The goal page lists them; grouped by day, they are a one-project goal's
 * capital (the other scopes read the tallies, which add up the same events).
 */
export function capitalEventsSql(bounds: Bounds, scope: MetricScope, fdiOnly: boolean) {
  const where = scopeSql(scope)
  const fdi = fdiOnly ? ` AND p."investmentType" = 'fdi'` : ''
  const start = sqlDate(bounds.start)
  const end = sqlDate(bounds.end)
  return {
    sql: `SELECT p."id" AS projectId, p."code" AS code, p."name" AS name, 'irc' AS event, p."ircDate" AS day,
                 p."registeredCapitalVnd" - COALESCE((SELECT SUM(c."amountVnd") FROM "CapitalChange" c WHERE c."projectId" = p."id" AND c."voidedAt" IS NULL), 0) AS amount,
                 p."ircNumber" AS note
            FROM "Project" p
           WHERE p."deletedAt" IS NULL AND p."registeredCapitalVnd" IS NOT NULL
             AND p."ircDate" >= ? AND p."ircDate" < ?${fdi}${where.sql}
          UNION ALL
          -- CROSS JOIN: read the period's adjustments by date, never every project first.
          SELECT p."id", p."code", p."name", 'adjustment', c."date", c."amountVnd", COALESCE(c."documentNumber", c."note")
            FROM "CapitalChange" c CROSS JOIN "Project" p ON p."id" = c."projectId"
           WHERE p."deletedAt" IS NULL AND c."voidedAt" IS NULL AND c."date" >= ? AND c."date" < ?${fdi}${where.sql}`,
    params: [start, end, ...where.params, start, end, ...where.params] as unknown[],
  }
}

/** VND of new IRCs (initial capital) and of adjustments in the period, by day. */
async function capitalByDay(bounds: Bounds, scope: MetricScope, fdiOnly: boolean) {
  const tally = tallyScope(scope)
  if (tally !== null) {
    const days = await tallyByDay('capital', bounds, tally, fdiOnly)
    return days.map(({ day, amount }) => ({ day, vnd: amount }))
  }
  const events = capitalEventsSql(bounds, scope, fdiOnly)
  const rows = await prisma.$queryRawUnsafe<{ day: string; vnd: bigint | number | null }[]>(
    `SELECT day, SUM(amount) AS vnd FROM (${events.sql}) GROUP BY day`,
    ...events.params,
  )
  return rows.map((row) => ({ day: new Date(row.day), vnd: BigInt(row.vnd ?? 0) }))
}

/** Disbursements and handovers neither voided nor corrected (docs/decisions/013). */
const IN_FORCE = 'x."voidedAt" IS NULL'

/**
 * COUNT and SUM of a dated table's rows in the period, on projects not deleted within the
 * scope. CROSS JOIN keeps SQLite on the table's date index (a covering one: date, project,
 * value) with one project lookup per row, never a pass over every project first.
 */
async function datedAggregate(
  table: string,
  dateColumn: string,
  filter: string,
  value: string,
  bounds: Bounds,
  scope: MetricScope,
) {
  const where = scopeSql(scope)
  const [row] = await prisma.$queryRawUnsafe<{ n: bigint | number; total: bigint | number | null }[]>(
    `SELECT COUNT(*) AS n, SUM(${value}) AS total
       FROM "${table}" x CROSS JOIN "Project" p ON p."id" = x."projectId"
      WHERE ${filter} AND x."${dateColumn}" >= ? AND x."${dateColumn}" < ? AND p."deletedAt" IS NULL${where.sql}`,
    sqlDate(bounds.start),
    sqlDate(bounds.end),
    ...where.params,
  )
  return row ?? { n: 0, total: null }
}

/** The rate for a day: the latest on or before it, else the earliest known. */
export function rateForDay(rates: readonly { date: Date; vndPerUsd: number }[], day: Date): number | null {
  let chosen: number | null = null
  for (const rate of rates) {
    if (rate.date <= day) chosen = rate.vndPerUsd
  }
  return chosen ?? rates[0]?.vndPerUsd ?? null
}

/** The rates in force (a voided or corrected rate converts nothing), oldest first. */
export async function ratesAscending() {
  return prisma.exchangeRate.findMany({
    where: { voidedAt: null },
    orderBy: { date: 'asc' },
    take: 5000,
    select: { date: true, vndPerUsd: true },
  })
}

function money(exact: bigint): MetricValue {
  return { value: Number(exact), exact }
}

/** The actual value of a computed metric over a period, or null for a reported statistic. */
export async function computeMetric(
  metric: GoalMetric,
  period: Period,
  scope: MetricScope,
  indicatorId?: string | null,
): Promise<MetricValue | null> {
  await ensureDb()
  const bounds = periodRange(period)
  const inPeriod = { gte: bounds.start, lt: bounds.end }
  const project = { deletedAt: null, ...scopeWhere(scope) }
  const tally = tallyScope(scope)
  switch (metric) {
    case 'fdi_attracted_usd': {
      const [days, rates] = await Promise.all([capitalByDay(bounds, scope, true), ratesAscending()])
      let usd = 0n
      for (const { day, vnd } of days) {
        const rate = rateForDay(rates, day)
        if (rate) usd += vndToUsd(vnd, rate)
      }
      return money(usd)
    }
    case 'registered_capital_vnd': {
      const days = await capitalByDay(bounds, scope, false)
      return money(days.reduce((sum, row) => sum + row.vnd, 0n))
    }
    case 'policy_approvals':
      if (tally !== null) return count((await tallyTotal('policy', bounds, tally)).n)
      return count(await prisma.project.count({ where: { ...project, policyDecisionDate: inPeriod } }))
    case 'ircs_issued':
      if (tally !== null) return count((await tallyTotal('irc', bounds, tally)).n)
      return count(await prisma.project.count({ where: { ...project, ircDate: inPeriod } }))
    case 'construction_starts': {
      if (tally !== null) return count((await tallyTotal('start', bounds, tally)).n)
      const row = await datedAggregate('Milestone', 'actualDate', `x."kind" = 'construction_start'`, '1', bounds, scope)
      return count(Number(row.n))
    }
    case 'capital_disbursed_vnd': {
      if (tally !== null) return money((await tallyTotal('disbursed', bounds, tally)).amount)
      const row = await datedAggregate('Disbursement', 'date', IN_FORCE, 'x."amountVnd"', bounds, scope)
      return money(BigInt(row.total ?? 0))
    }
    case 'clearance_handed_over_ha': {
      // The tally adds whole square metres: exact, and 10 000 to the hectare.
      if (tally !== null) return count(Number((await tallyTotal('handover', bounds, tally)).amount) / 10_000)
      const row = await datedAggregate('ClearanceHandover', 'date', IN_FORCE, 'x."hectares"', bounds, scope)
      return count(Number(row.total ?? 0))
    }
    case 'statistic': {
      if (!indicatorId) return null
      const latest = await prisma.statisticEntry.findFirst({
        where: { indicatorId, periodKey: periodKey(period) },
        // The same order as the statistics page, so both call the same entry current.
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { value: true },
      })
      return latest ? count(latest.value) : null
    }
  }
}

function count(value: number): MetricValue {
  return { value, exact: null }
}

/** The milestone whose planned date feeds a metric's forecast, if any. */
const PIPELINE_MILESTONE: Partial<Record<GoalMetric, 'policy_approval' | 'irc' | 'construction_start'>> = {
  fdi_attracted_usd: 'irc',
  registered_capital_vnd: 'irc',
  ircs_issued: 'irc',
  policy_approvals: 'policy_approval',
  construction_starts: 'construction_start',
}

export type PipelineProject = {
  id: string
  code: string
  name: string
  plannedDate: Date
  likelihood: Likelihood
  weight: number
  /** the project's contribution if it happens (USD, VND or 1), before weighting */
  value: number
}

type PipelineRow = {
  plannedDate: string | Date | null
  likelihood: string | null
  id: string
  code: string
  name: string
  capital: bigint | number | null
}

function likelihoodOf(value: string | null): Likelihood {
  return isOneOf(LIKELIHOODS, value) ? value : 'medium'
}

/** The goal page lists at most this many pipeline projects, soonest planned first; the forecast counts them all. */
export const PIPELINE_LIST_LIMIT = 500

/**
 * Which milestones feed a metric's forecast: planned to be reached before the period ends
 * (in the period, or overdue), not reached yet (`pending`, kept by triggers: no IRC date,
 * no policy decision date, no actual date; docs/decisions/010), on projects not deleted,
 * cancelled or suspended, within the goal's scope. Null when the metric has no forecast or
 * the period is over.
 */
function pipelineFilter(metric: GoalMetric, period: Period, scope: MetricScope, today: Date) {
  const kind = PIPELINE_MILESTONE[metric]
  const bounds = periodRange(period)
  if (!kind || today >= bounds.end) return null
  const fdi = metric === 'fdi_attracted_usd' ? ` AND p."investmentType" = 'fdi'` : ''
  const where = scopeSql(scope)
  return {
    bounds,
    sql: `FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
      WHERE m."kind" = ? AND m."pending" = 1 AND m."plannedDate" < ?
        AND p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'suspended')${fdi}${where.sql}`,
    params: [kind, sqlDate(bounds.end), ...where.params],
  }
}

type PipelineGroup = { likelihood: string | null; n: bigint | number; capital: bigint | number | null }

/** The pipeline counted and its capital summed by likelihood: from the tally, or the records for one project. */
function pipelineGroups(
  metric: GoalMetric,
  scope: MetricScope,
  filter: NonNullable<ReturnType<typeof pipelineFilter>>,
) {
  const tally = tallyScope(scope)
  if (tally === null) {
    return prisma.$queryRawUnsafe<PipelineGroup[]>(
      `SELECT m."likelihood" AS likelihood, COUNT(*) AS n, SUM(COALESCE(p."registeredCapitalVnd", 0)) AS capital
         ${filter.sql} GROUP BY m."likelihood"`,
      ...filter.params,
    )
  }
  // Planned before the period's end: periods end on the first of a month, so by month.
  return prisma.$queryRawUnsafe<PipelineGroup[]>(
    `SELECT NULLIF("likelihood", '') AS likelihood, SUM("n") AS n, SUM("capital") AS capital FROM "PipelineTally"
      WHERE "kind" = ? AND "scope" = ? AND "month" < ?${metric === 'fdi_attracted_usd' ? ' AND "fdi" = 1' : ''}
      GROUP BY "likelihood"`,
    PIPELINE_MILESTONE[metric],
    tally,
    filter.bounds.end.toISOString().slice(0, 7),
  )
}

/** What one project contributes if it reaches the milestone: 1, its VND, or its USD at the latest rate. */
function pipelineValue(metric: GoalMetric, capital: bigint, latestRate: number | null): number {
  if (METRIC_UNIT[metric] === 'count') return 1
  if (metric === 'fdi_attracted_usd') return latestRate ? Number(vndToUsd(capital, latestRate)) : 0
  return Number(capital)
}

async function latestRateFor(metric: GoalMetric): Promise<number | null> {
  if (metric !== 'fdi_attracted_usd') return null
  return (await ratesAscending()).at(-1)?.vndPerUsd ?? null
}

/**
 * The forecast's addition to the actual: every pipeline project's contribution weighted by
 * the likelihood staff set (medium when unset), summed in SQL by likelihood over all of
 * them, however many (the list on the goal page stops at PIPELINE_LIST_LIMIT). Money is
 * summed exactly per likelihood and converted once, so USD may differ from the sum of the
 * listed rows by the rounding of each row (under a dollar a project).
 */
export async function pipelineForecast(metric: GoalMetric, period: Period, scope: MetricScope, today: Date) {
  const filter = pipelineFilter(metric, period, scope, today)
  if (!filter) return { weighted: 0, total: 0 }
  await ensureDb()
  const [groups, latestRate] = await Promise.all([pipelineGroups(metric, scope, filter), latestRateFor(metric)])
  let weighted = 0
  let total = 0
  for (const group of groups) {
    const n = Number(group.n)
    const weight = LIKELIHOOD_WEIGHT[likelihoodOf(group.likelihood)]
    const value = METRIC_UNIT[metric] === 'count' ? n : pipelineValue(metric, BigInt(group.capital ?? 0), latestRate)
    weighted += value * weight
    total += n
  }
  return { weighted, total }
}

/**
 * The pipeline projects for the goal page, soonest planned first (at most
 * PIPELINE_LIST_LIMIT), with the forecast and the number of projects it counts. Shown apart
 * from the actual: a forecast, never a result.
 */
export async function listPipeline(metric: GoalMetric, period: Period, scope: MetricScope, today: Date) {
  const filter = pipelineFilter(metric, period, scope, today)
  if (!filter) return { projects: [] as PipelineProject[], weighted: 0, total: 0 }
  await ensureDb()
  const [rows, latestRate, forecast] = await Promise.all([
    prisma.$queryRawUnsafe<PipelineRow[]>(
      `SELECT m."plannedDate" AS plannedDate, m."likelihood" AS likelihood,
              p."id" AS id, p."code" AS code, p."name" AS name, p."registeredCapitalVnd" AS capital
         ${filter.sql}
        ORDER BY m."plannedDate" ASC
        LIMIT ${PIPELINE_LIST_LIMIT}`,
      ...filter.params,
    ),
    latestRateFor(metric),
    pipelineForecast(metric, period, scope, today),
  ])
  const projects: PipelineProject[] = rows.map((row) => {
    const likelihood = likelihoodOf(row.likelihood)
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      plannedDate: row.plannedDate === null ? filter.bounds.end : new Date(row.plannedDate),
      likelihood,
      weight: LIKELIHOOD_WEIGHT[likelihood],
      value: pipelineValue(metric, row.capital === null ? 0n : BigInt(row.capital), latestRate),
    }
  })
  return { projects, ...forecast }
}
