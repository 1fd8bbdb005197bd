import { type IndicatorInput } from '~/features/goals/goal-schema'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { parsePeriodKey, periodRange } from '~/utils/period'
import { type SubmissionClaim, isUniqueViolation } from '~/utils/submission-key.server'

/**
 * Figures the statistics office reports (IIP growth, GRDP growth, a product's output),
 * entered by staff with a date and a source. Nothing is ever overwritten: a correction is
 * a new entry for the same indicator and period, and the newest entry of a period is the
 * current figure (what computeMetric('statistic') reads). The older ones stay, shown as
 * superseded, so a report can always say which figure it used and when it changed.
 */

/** Entries shown on the statistics page: enough for years of monthly figures. */
export const STATISTIC_ENTRIES_SHOWN = 2000

export async function listIndicators() {
  await ensureDb()
  return prisma.indicator.findMany({
    orderBy: { code: 'asc' },
    take: 500,
    select: { id: true, code: true, nameVi: true, nameEn: true, unit: true },
  })
}

/** An entry as the pages show it: the figure, its date and source, who entered it and when. */
export const statisticEntryFields = {
  id: true,
  value: true,
  referenceDate: true,
  sourceTitle: true,
  sourceUrl: true,
  note: true,
  enteredByName: true,
  createdAt: true,
} as const

export type StatisticEntryFigure = {
  id: string
  value: number
  referenceDate: Date
  sourceTitle: string
  sourceUrl: string | null
  note: string | null
  enteredByName: string | null
  createdAt: Date
}

export type StatisticEntryRow = StatisticEntryFigure & { indicatorId: string; periodKey: string }

export type PeriodFigures = {
  periodKey: string
  /** the newest entry: the figure in force */
  current: StatisticEntryRow
  /** the entries it replaced, newest first, each with the moment it was replaced */
  superseded: (StatisticEntryRow & { supersededAt: Date })[]
}

/** The end of a period, for ordering periods newest first; unknown keys go last. */
function periodEnd(key: string): number {
  const period = parsePeriodKey(key)
  return period ? periodRange(period).end.getTime() : 0
}

/**
 * Groups one indicator's entries by period: the newest entry of each period is current,
 * the rest superseded (each by the entry entered after it). Periods newest first; of two
 * periods ending the same day, the shorter (a quarter before its year's "9 months") first.
 * Pure, so the rule is tested without a database.
 */
export function groupByPeriod(entries: readonly StatisticEntryRow[]): PeriodFigures[] {
  const byPeriod = new Map<string, StatisticEntryRow[]>()
  for (const entry of entries) {
    const list = byPeriod.get(entry.periodKey) ?? []
    list.push(entry)
    byPeriod.set(entry.periodKey, list)
  }
  const groups: PeriodFigures[] = []
  for (const [periodKey, list] of byPeriod) {
    const newestFirst = [...list].sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id),
    )
    const [current, ...older] = newestFirst
    if (!current) continue
    groups.push({
      periodKey,
      current,
      superseded: older.map((entry, index) => ({
        ...entry,
        supersededAt: (newestFirst[index] ?? current).createdAt,
      })),
    })
  }
  return groups.sort(
    (a, b) => periodEnd(b.periodKey) - periodEnd(a.periodKey) || a.periodKey.localeCompare(b.periodKey),
  )
}

/** Every indicator with its figures by period and their corrections. */
export async function listStatistics() {
  await ensureDb()
  const [indicators, entries] = await Promise.all([
    listIndicators(),
    prisma.statisticEntry.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: STATISTIC_ENTRIES_SHOWN,
      select: { ...statisticEntryFields, indicatorId: true, periodKey: true },
    }),
  ])
  return {
    indicators: indicators.map((indicator) => ({
      ...indicator,
      periods: groupByPeriod(entries.filter((entry) => entry.indicatorId === indicator.id)),
    })),
    /** How many entries were read when the list is cut short, or null when every entry is shown. */
    shownWhenTruncated: entries.length === STATISTIC_ENTRIES_SHOWN ? STATISTIC_ENTRIES_SHOWN : null,
  }
}

/** Adds an indicator; false when its code is taken. */
export async function createIndicator(input: Omit<IndicatorInput, 'intent'>, actor: Actor) {
  await ensureDb()
  try {
    return await prisma.$transaction(async (tx) => {
      const indicator = await tx.indicator.create({
        data: { code: input.code, nameVi: input.nameVi, nameEn: input.nameEn, unit: input.unit },
        select: { id: true, code: true, nameVi: true, nameEn: true, unit: true },
      })
      const { id, ...fields } = indicator
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'indicator',
        entityId: id,
        changes: diffSnapshots({}, fields),
      })
      return indicator
    })
  } catch (error) {
    if (isUniqueViolation(error)) return null
    throw error
  }
}

export async function getIndicator(id: string) {
  await ensureDb()
  return prisma.indicator.findUnique({
    where: { id },
    select: { id: true, code: true, nameVi: true, nameEn: true, unit: true },
  })
}

export type StatisticEntryInput = {
  indicatorId: string
  periodKey: string
  value: number
  referenceDate: Date
  sourceTitle: string
  sourceUrl: string | null
  note: string | null
}

/**
 * Records a figure. When the period already has one, this is a correction: the audit row
 * names the entry it supersedes and the figure it replaces, and both entries are kept.
 */
export async function addStatisticEntry(
  input: StatisticEntryInput,
  enteredBy: { id: string; name: string },
  actor: Actor,
  submission?: SubmissionClaim,
) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    await submission?.claim(tx, '/statistics')
    const previous = await tx.statisticEntry.findFirst({
      where: { indicatorId: input.indicatorId, periodKey: input.periodKey },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, value: true },
    })
    const entry = await tx.statisticEntry.create({
      data: { ...input, enteredById: enteredBy.id, enteredByName: enteredBy.name },
      select: { id: true },
    })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'statistic_entry',
      entityId: entry.id,
      changes: diffSnapshots({}, { ...input }),
      detail: previous ? { supersedes: previous.id, previousValue: previous.value } : undefined,
    })
    return { id: entry.id, correction: previous !== null }
  })
}
