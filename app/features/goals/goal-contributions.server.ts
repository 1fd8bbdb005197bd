import {
  type MetricScope,
  capitalEventsSql,
  rateForDay,
  ratesAscending,
  scopeWhere,
} from '~/features/goals/goal-metrics.server'
import { type GoalMetric } from '~/features/goals/goal-vocabulary'
import { type StatisticEntryFigure, statisticEntryFields } from '~/features/statistics/statistic.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { vndToUsd } from '~/utils/money'
import { type Period, periodKey, periodRange } from '~/utils/period'

/**
 * The records behind a goal's figure, so a manager can check it line by line. Each metric
 * lists exactly what computeMetric counts (docs/decisions/008): same dates, same scope,
 * same deleted-project rule; the integration tests hold the two together.
 */

export const CONTRIBUTION_LIMIT = 500

export type ContributionEvent =
  'irc' | 'adjustment' | 'policy_approval' | 'construction_start' | 'disbursement' | 'handover'

export type ContributionRow = {
  projectId: string
  code: string
  name: string
  date: Date
  event: ContributionEvent
  amountVnd: bigint | null
  hectares: number | null
  /** FDI only: the rate used for the row's day, the date of that rate, and the USD */
  vndPerUsd: number | null
  rateDate: Date | null
  usd: bigint | null
  note: string | null
}

export type Contributions =
  | {
      kind: 'records'
      rows: ContributionRow[]
      /** more rows exist than were listed */
      truncated: boolean
      totalVnd: bigint | null
      /** FDI: each day's đồng converted at that day's rate, as computeMetric adds them */
      totalUsd: bigint | null
      totalHectares: number | null
      /** FDI: the total less the sum of the rows' USD (whole-dollar rounding per row vs per day) */
      roundingUsd: bigint | null
    }
  | { kind: 'statistic'; entries: StatisticEntryFigure[] }

type Bounds = { start: Date; end: Date }

/** The date of the rate rateForDay picks for a day (the latest on or before it, else the earliest). */
export function rateDateForDay(rates: readonly { date: Date; vndPerUsd: number }[], day: Date): Date | null {
  let chosen: Date | null = null
  for (const rate of rates) {
    if (rate.date <= day) chosen = rate.date
  }
  return chosen ?? rates[0]?.date ?? null
}

type CapitalEventRow = {
  projectId: string
  code: string
  name: string
  event: string
  day: Date | string
  amount: bigint | number | null
  note: string | null
}

async function capitalContributions(bounds: Bounds, scope: MetricScope, fdi: boolean): Promise<Contributions> {
  const events = capitalEventsSql(bounds, scope, fdi)
  const [rows, rates] = await Promise.all([
    prisma.$queryRawUnsafe<CapitalEventRow[]>(
      `SELECT * FROM (${events.sql}) ORDER BY day, code, event LIMIT ?`,
      ...events.params,
      CONTRIBUTION_LIMIT + 1,
    ),
    fdi ? ratesAscending() : Promise.resolve([]),
  ])
  const mapped = rows.map((row): ContributionRow => {
    const date = new Date(row.day)
    const amountVnd = BigInt(row.amount ?? 0)
    const vndPerUsd = fdi ? rateForDay(rates, date) : null
    return {
      projectId: row.projectId,
      code: row.code,
      name: row.name,
      date,
      event: row.event === 'adjustment' ? 'adjustment' : 'irc',
      amountVnd,
      hectares: null,
      vndPerUsd,
      rateDate: fdi ? rateDateForDay(rates, date) : null,
      usd: vndPerUsd ? vndToUsd(amountVnd, vndPerUsd) : null,
      note: row.note,
    }
  })
  return records(mapped, (listed) => capitalTotals(listed, fdi ? rates : null))
}

/** The đồng of the rows listed; for FDI also the USD as computeMetric adds it, and the rounding. */
function capitalTotals(listed: ContributionRow[], rates: readonly { date: Date; vndPerUsd: number }[] | null) {
  const totalVnd = listed.reduce((sum, row) => sum + (row.amountVnd ?? 0n), 0n)
  if (!rates) return { totalVnd }
  // As computeMetric does: each day's đồng summed, then converted at that day's rate.
  const byDay = new Map<number, { day: Date; vnd: bigint }>()
  for (const row of listed) {
    const entry = byDay.get(row.date.getTime()) ?? { day: row.date, vnd: 0n }
    entry.vnd += row.amountVnd ?? 0n
    byDay.set(row.date.getTime(), entry)
  }
  let totalUsd = 0n
  for (const { day, vnd } of byDay.values()) {
    const rate = rateForDay(rates, day)
    if (rate) totalUsd += vndToUsd(vnd, rate)
  }
  const rowsUsd = listed.reduce((sum, row) => sum + (row.usd ?? 0n), 0n)
  return { totalVnd, totalUsd, roundingUsd: totalUsd - rowsUsd }
}

type RecordsTotals = Partial<Extract<Contributions, { kind: 'records' }>>

/** The first CONTRIBUTION_LIMIT rows (`truncated` when there were more), with the totals of those listed. */
function records(rows: ContributionRow[], totals: (listed: ContributionRow[]) => RecordsTotals = () => ({})) {
  const listed = rows.slice(0, CONTRIBUTION_LIMIT)
  return {
    kind: 'records' as const,
    rows: listed,
    truncated: rows.length > CONTRIBUTION_LIMIT,
    totalVnd: null,
    totalUsd: null,
    totalHectares: null,
    roundingUsd: null,
    ...totals(listed),
  }
}

const projectFields = { select: { id: true, code: true, name: true } } as const

/** A row for one of a project's records: the project, the record's event and date, and what else it has. */
function projectRow(
  project: { id: string; code: string; name: string },
  row: Pick<ContributionRow, 'event' | 'date'> & Partial<Pick<ContributionRow, 'amountVnd' | 'hectares' | 'note'>>,
): ContributionRow {
  return {
    projectId: project.id,
    code: project.code,
    name: project.name,
    amountVnd: null,
    hectares: null,
    vndPerUsd: null,
    rateDate: null,
    usd: null,
    note: null,
    ...row,
  }
}

/**
 * What a metric counted in the period, for the scope: the projects, events or entries,
 * each with its date and amount (at most CONTRIBUTION_LIMIT rows, `truncated` beyond).
 */
export async function listContributions(
  metric: GoalMetric,
  period: Period,
  scope: MetricScope,
  indicatorId?: string | null,
): Promise<Contributions> {
  await ensureDb()
  const bounds = periodRange(period)
  const inPeriod = { gte: bounds.start, lt: bounds.end }
  const project = { deletedAt: null, ...scopeWhere(scope) }
  const take = CONTRIBUTION_LIMIT + 1
  switch (metric) {
    case 'fdi_attracted_usd':
      return capitalContributions(bounds, scope, true)
    case 'registered_capital_vnd':
      return capitalContributions(bounds, scope, false)
    case 'policy_approvals':
    case 'ircs_issued': {
      const dateField = metric === 'policy_approvals' ? 'policyDecisionDate' : 'ircDate'
      const rows = await prisma.project.findMany({
        where: { ...project, [dateField]: inPeriod },
        orderBy: [{ [dateField]: 'asc' }, { code: 'asc' }],
        take,
        select: {
          id: true,
          code: true,
          name: true,
          policyDecisionDate: true,
          policyDecisionNumber: true,
          ircDate: true,
          ircNumber: true,
        },
      })
      return records(
        rows.map((row) =>
          projectRow(row, {
            event: metric === 'policy_approvals' ? 'policy_approval' : 'irc',
            date: (metric === 'policy_approvals' ? row.policyDecisionDate : row.ircDate) ?? bounds.start,
            note: metric === 'policy_approvals' ? row.policyDecisionNumber : row.ircNumber,
          }),
        ),
      )
    }
    case 'construction_starts': {
      const rows = await prisma.milestone.findMany({
        where: { kind: 'construction_start', actualDate: inPeriod, project },
        orderBy: { actualDate: 'asc' },
        take,
        select: { actualDate: true, project: projectFields },
      })
      return records(
        rows.map((row) =>
          projectRow(row.project, { event: 'construction_start', date: row.actualDate ?? bounds.start }),
        ),
      )
    }
    case 'capital_disbursed_vnd': {
      const rows = await prisma.disbursement.findMany({
        where: { date: inPeriod, voidedAt: null, project },
        orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
        take,
        select: { date: true, amountVnd: true, note: true, project: projectFields },
      })
      return records(
        rows.map((row) =>
          projectRow(row.project, { event: 'disbursement', date: row.date, amountVnd: row.amountVnd, note: row.note }),
        ),
        (listed) => ({ totalVnd: listed.reduce((sum, row) => sum + (row.amountVnd ?? 0n), 0n) }),
      )
    }
    case 'clearance_handed_over_ha': {
      const rows = await prisma.clearanceHandover.findMany({
        where: { date: inPeriod, voidedAt: null, project },
        orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
        take,
        select: { date: true, hectares: true, note: true, project: projectFields },
      })
      return records(
        rows.map((row) =>
          projectRow(row.project, { event: 'handover', date: row.date, hectares: row.hectares, note: row.note }),
        ),
        (listed) => ({ totalHectares: listed.reduce((sum, row) => sum + (row.hectares ?? 0), 0) }),
      )
    }
    case 'statistic': {
      if (!indicatorId) return { kind: 'statistic', entries: [] }
      // Every report of the period, newest first: the first is the figure, the others were corrected.
      const entries = await prisma.statisticEntry.findMany({
        where: { indicatorId, periodKey: periodKey(period) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 100,
        select: statisticEntryFields,
      })
      return { kind: 'statistic', entries }
    }
  }
}
