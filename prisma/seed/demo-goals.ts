/**
 * Demo goals, reported statistics and the dated project events the goals count.
 *
 * Two parts:
 *  - the goals the Báo Quảng Ninh article (July 2025) states — FDI of at least USD 200
 *    million in Q3/2025, value added of industry–construction +24,95 % in Q3/2025, GRDP
 *    growth above 14 % in 2025, construction start of the four coal projects — with the
 *    article's IIP figures (and one superseded provisional figure);
 *  - goals for the quarter and the year of the day the seeder runs, so that the progress
 *    overview looks alive whenever the demo is started: one goal met, one on track, one
 *    at risk, one off track (and one whose figure is not reported yet). The amounts are
 *    chosen from the share of the quarter already elapsed, the way the progress rule
 *    (app/features/progress/progress.ts) judges them; reported rates (a level, judged without regard
 *    to the day) back up "at risk" and "off track" in the first days of a quarter, when
 *    no cumulative goal can be behind yet.
 *
 * The events are added to the projects demo-projects.ts wrote (found by code): IRC
 * adjustments (CapitalChange, with the registered capital raised by the same amount),
 * disbursements and land handovers (the project totals raised to match), construction
 * starts (a status change and the milestone's actual date, as the app records them) and
 * the likelihood of planned milestones (which weights the forecast).
 *
 * DEMO DATA: apart from the article's targets and IIP figures, every figure here is
 * illustrative ("Số liệu minh hoạ"), not an official one.
 */

import { MILESTONE_KINDS, type MilestoneKind, type ProjectStatus } from '../../app/features/projects/project-vocabulary'
import { provinceToday } from '../../app/utils/format'
import {
  type Period,
  elapsedFraction,
  periodKey,
  periodLabel,
  periodRange,
  previousPeriod,
  quarterOf,
  samePeriodLastYear,
} from '../../app/utils/period'
import { SOURCES } from './demo-projects'
import { DEMO_USERS } from './demo-users'
import { EXCHANGE_RATE_SOURCE, type DepartmentCode } from './reference-data'
import { MS_PER_DAY, addDays, day, ty } from './sqlite-values'
import type { GoalMetric, GoalScopeType, Likelihood } from '../../app/features/goals/goal-vocabulary'
import type { Prisma } from '@prisma/client'

const DEMO_NOTE = 'Số liệu minh hoạ (dữ liệu demo), không phải số liệu chính thức.'
const DEMO_GOAL_SOURCE = 'Chỉ tiêu minh hoạ (dữ liệu demo), không phải chỉ tiêu chính thức'
const DEMO_STATISTIC_SOURCE = 'Số liệu minh hoạ (dữ liệu demo), không phải số liệu của cơ quan thống kê'
/** The article's targets are the People's Committee's plan, as the newspaper reported it. */
const ARTICLE_PLAN_SOURCE = {
  title: 'Kế hoạch của UBND tỉnh Quảng Ninh, theo Báo Quảng Ninh 7/2025 ("Công nghiệp Quảng Ninh tăng tốc mạnh mẽ")',
  url: SOURCES.qn.url,
}

export const DEMO_INDICATORS = [
  {
    code: 'iip_growth',
    nameVi: 'Chỉ số sản xuất công nghiệp (IIP), tăng so với cùng kỳ',
    nameEn: 'Industrial production index (IIP), growth year on year',
    unit: 'percent',
  },
  {
    code: 'iip_mining_growth',
    nameVi: 'IIP ngành khai khoáng, tăng so với cùng kỳ',
    nameEn: 'IIP of mining and quarrying, growth year on year',
    unit: 'percent',
  },
  {
    code: 'iip_manufacturing_growth',
    nameVi: 'IIP ngành chế biến, chế tạo, tăng so với cùng kỳ',
    nameEn: 'IIP of processing and manufacturing, growth year on year',
    unit: 'percent',
  },
  {
    code: 'iip_electricity_growth',
    nameVi:
      'IIP ngành sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí, tăng so với cùng kỳ',
    nameEn: 'IIP of electricity, gas, steam and air conditioning supply, growth year on year',
    unit: 'percent',
  },
  {
    code: 'iip_water_waste_growth',
    nameVi: 'IIP ngành cung cấp nước, quản lý và xử lý rác thải, nước thải, tăng so với cùng kỳ',
    nameEn: 'IIP of water supply, sewerage and waste management, growth year on year',
    unit: 'percent',
  },
  {
    code: 'electricity_output',
    nameVi: 'Sản lượng điện sản xuất',
    nameEn: 'Electricity output',
    unit: 'kwh',
  },
  {
    code: 'ic_value_added_growth',
    nameVi: 'Giá trị tăng thêm ngành công nghiệp – xây dựng, tăng so với cùng kỳ',
    nameEn: 'Value added of industry and construction, growth year on year',
    unit: 'percent',
  },
  {
    code: 'grdp_growth',
    nameVi: 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)',
    nameEn: 'Growth of gross regional domestic product (GRDP)',
    unit: 'percent',
  },
] as const

type IndicatorCode = (typeof DEMO_INDICATORS)[number]['code']

interface GoalSeed {
  title: string
  titleEn: string
  periodKey: string
  metric: GoalMetric
  indicator?: IndicatorCode
  target: number
  scopeType?: GoalScopeType
  scopeValue?: string
  department: DepartmentCode
  source: { title: string; url: string | null }
  createdAt: Date
}

interface StatisticSeed {
  indicator: IndicatorCode
  periodKey: string
  value: number
  referenceDate: Date
  source: { title: string; url: string | null }
  note?: string
  /** when it was entered: the latest row of a period is the figure */
  createdAt: Date
}

export interface GoalCounts {
  goals: number
  indicators: number
  statisticEntries: number
  capitalChanges: number
  disbursements: number
  clearanceHandovers: number
  currentExchangeRates: number
}

/** The goals of the article, for 2025 (all ended by now). */
const ARTICLE_GOALS: readonly GoalSeed[] = [
  {
    title: 'Thu hút ít nhất 200 triệu USD vốn FDI trong quý III/2025',
    titleEn: 'Attract at least USD 200 million of FDI in Q3 2025',
    periodKey: '2025-Q3',
    metric: 'fdi_attracted_usd',
    target: 200_000_000,
    department: 'BQLKKT',
    source: ARTICLE_PLAN_SOURCE,
    createdAt: day('2025-07-05'),
  },
  {
    title: 'Giá trị tăng thêm ngành công nghiệp – xây dựng quý III/2025 tăng 24,95 %',
    titleEn: 'Value added of industry and construction up 24.95% in Q3 2025',
    periodKey: '2025-Q3',
    metric: 'statistic',
    indicator: 'ic_value_added_growth',
    target: 24.95,
    department: 'SCT',
    source: ARTICLE_PLAN_SOURCE,
    createdAt: day('2025-07-05'),
  },
  {
    title: 'Tăng trưởng GRDP năm 2025 đạt trên 14 %',
    titleEn: 'GRDP growth above 14% in 2025',
    periodKey: '2025',
    metric: 'statistic',
    indicator: 'grdp_growth',
    target: 14,
    department: 'STC',
    source: ARTICLE_PLAN_SOURCE,
    createdAt: day('2025-01-10'),
  },
  {
    title:
      'Khởi công 4 dự án ngành than: mở rộng mỏ Hà Ráng, cụm mỏ Cọc Sáu – Đèo Nai, mỏ Tân Yên – Đồng Trảng Bạch, nhà máy sàng tuyển than Nam Mẫu',
    titleEn:
      'Start construction of the 4 coal projects: Hà Ráng expansion, Cọc Sáu – Đèo Nai cluster, Tân Yên – Đồng Trảng Bạch mine, Nam Mẫu screening plant',
    periodKey: '2025',
    metric: 'construction_starts',
    target: 4,
    // The demo register's mining sector holds exactly these four projects.
    scopeType: 'sector',
    scopeValue: 'mining',
    department: 'SCT',
    source: ARTICLE_PLAN_SOURCE,
    createdAt: day('2025-07-05'),
  },
]

const ARTICLE_STATISTICS: readonly StatisticSeed[] = [
  // The correction: a provisional estimate, superseded a week later by the figure the
  // People's Committee reported (the later row is the one the goals read).
  {
    indicator: 'iip_growth',
    periodKey: '2025-M7',
    value: 14.6,
    referenceDate: day('2025-07-31'),
    source: { title: DEMO_STATISTIC_SOURCE, url: null },
    note: 'Ước tính sơ bộ, đã được thay bằng số báo cáo của UBND tỉnh (số ước tính là minh hoạ).',
    createdAt: new Date('2025-07-22T02:30:00.000Z'),
  },
  {
    indicator: 'iip_growth',
    periodKey: '2025-M7',
    value: 15.08,
    referenceDate: day('2025-07-31'),
    source: SOURCES.qn,
    note: 'Riêng tháng 7/2025 ước tăng 20,15 % so với cùng kỳ. Đính chính số ước tính sơ bộ 14,6 %.',
    createdAt: new Date('2025-07-29T03:00:00.000Z'),
  },
  {
    indicator: 'iip_mining_growth',
    periodKey: '2025-M7',
    value: 4.65,
    referenceDate: day('2025-07-31'),
    source: SOURCES.qn,
    note: 'Riêng tháng 7/2025 ước tăng 1,57 %.',
    createdAt: new Date('2025-07-29T03:05:00.000Z'),
  },
  {
    indicator: 'iip_manufacturing_growth',
    periodKey: '2025-M7',
    value: 32,
    referenceDate: day('2025-07-31'),
    source: SOURCES.qn,
    note: 'Bài báo: tăng gần 32 %.',
    createdAt: new Date('2025-07-29T03:06:00.000Z'),
  },
  {
    indicator: 'iip_electricity_growth',
    periodKey: '2025-M7',
    value: 1.85,
    referenceDate: day('2025-07-31'),
    source: SOURCES.qn,
    note: 'Riêng tháng 7/2025 tăng 3,76 %.',
    createdAt: new Date('2025-07-29T03:07:00.000Z'),
  },
  {
    indicator: 'iip_water_waste_growth',
    periodKey: '2025-M7',
    value: 7.88,
    referenceDate: day('2025-07-31'),
    source: SOURCES.qn,
    note: 'Riêng tháng 7/2025 tăng 17,22 %.',
    createdAt: new Date('2025-07-29T03:08:00.000Z'),
  },
  {
    indicator: 'electricity_output',
    periodKey: '2025-M7',
    value: 22_450_000_000,
    referenceDate: day('2025-07-31'),
    source: SOURCES.qn,
    note: 'Khoảng 22,45 tỷ kWh, tăng 1,9 % so với cùng kỳ.',
    createdAt: new Date('2025-07-29T03:09:00.000Z'),
  },
  {
    indicator: 'ic_value_added_growth',
    periodKey: '2025-Q3',
    value: 16.8,
    referenceDate: day('2025-09-30'),
    source: { title: DEMO_STATISTIC_SOURCE, url: null },
    note: DEMO_NOTE,
    createdAt: new Date('2025-10-08T02:00:00.000Z'),
  },
  {
    indicator: 'grdp_growth',
    periodKey: '2025',
    value: 12.1,
    referenceDate: day('2025-12-31'),
    source: { title: DEMO_STATISTIC_SOURCE, url: null },
    note: DEMO_NOTE,
    createdAt: new Date('2026-01-08T02:00:00.000Z'),
  },
]

/** IRC adjustments of Q3/2025 that, with Hanbit's IRC of 29/8/2025, exceed the USD 200 million. */
const ARTICLE_CAPITAL_CHANGES = [
  { code: 'QN-2025-008', date: day('2025-07-18'), amountVnd: ty(1_650), document: '2157362809 (điều chỉnh lần 3)' },
  { code: 'QN-2025-009', date: day('2025-09-24'), amountVnd: ty(1_480), document: '1210026345 (điều chỉnh lần 5)' },
] as const

// ——— The current quarter ———

const CURRENT_FDI_TARGET_USD = 150_000_000
const CURRENT_DISBURSEMENT_TARGET_TY = 1_200
const CURRENT_CLEARANCE_TARGET_HA = 40
/** Projects that may start construction this quarter, in the order they do. */
const STARTERS = ['QN-2025-004', 'QN-2025-010', 'QN-2025-003'] as const

/**
 * How many construction starts to record against what target so that the goal is at
 * risk on the day of seeding: the shortfall against the days elapsed must be 10–25 % of
 * the target; aim at the middle, so the demo stays "at risk" for a few days after. In the
 * first tenth of a quarter nothing can be behind yet: one start of four is on track.
 */
export function constructionStartPlan(elapsed: number): { target: number; started: number } {
  let best: { target: number; started: number; distance: number } | null = null
  for (let started = 0; started <= STARTERS.length; started += 1) {
    for (let target = Math.max(2, started + 1); target <= 8; target += 1) {
      const shortfall = elapsed - started / target
      // The rule's bounds are inclusive at 25 %; on the last day of a quarter 1 − 3/4 is exact.
      if (shortfall < 0.11 || shortfall > 0.25) continue
      // A goal with at least one start has a contributing project to show.
      const distance = Math.abs(shortfall - 0.175) + (started === 0 ? 1 : 0)
      if (!best || distance < best.distance) best = { target, started, distance }
    }
  }
  return best ? { target: best.target, started: best.started } : { target: 4, started: 1 }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function rateOn(rates: readonly { date: Date; vndPerUsd: number }[], date: Date): number {
  let chosen = rates[0]?.vndPerUsd
  for (const rate of rates) if (rate.date <= date) chosen = rate.vndPerUsd
  if (!chosen) throw new Error('Demo goals need the reference exchange rates')
  return chosen
}

type ProjectRow = {
  id: string
  code: string
  status: string
  registeredCapitalVnd: bigint | null
  disbursedCapitalVnd: bigint | null
  clearanceNeededHa: number | null
  clearanceDoneHa: number | null
  ircNumber: string | null
  statusChanges: { effectiveDate: Date }[]
}

/**
 * Writes the goals, indicators, statistics and dated events. Expects the reference data,
 * the demo projects (and, for the name of who entered the statistics, the demo users).
 * `today` is the province's day the current quarter is computed from.
 */
export async function seedDemoGoals(
  db: Prisma.TransactionClient,
  { today = provinceToday() }: { today?: Date } = {},
): Promise<GoalCounts> {
  const counts: GoalCounts = {
    goals: 0,
    indicators: 0,
    statisticEntries: 0,
    capitalChanges: 0,
    disbursements: 0,
    clearanceHandovers: 0,
    currentExchangeRates: 0,
  }

  const departments = await db.department.findMany({ select: { id: true, code: true } })
  const departmentId = (code: DepartmentCode) => {
    const id = departments.find((d) => d.code === code)?.id
    if (!id) throw new Error(`Demo goals: unknown department ${code}`)
    return id
  }
  const projects = await db.project.findMany({
    where: {
      code: {
        in: [
          'QN-2025-001',
          ...STARTERS,
          'QN-2025-005',
          'QN-2025-006',
          'QN-2025-002',
          'LC-2025-004',
          'QN-2025-008',
          'QN-2025-009',
          'QN-2025-011',
          'QN-2025-012',
          'QN-2025-013',
        ],
      },
    },
    select: {
      id: true,
      code: true,
      status: true,
      registeredCapitalVnd: true,
      disbursedCapitalVnd: true,
      clearanceNeededHa: true,
      clearanceDoneHa: true,
      ircNumber: true,
      statusChanges: { orderBy: { effectiveDate: 'desc' }, take: 1, select: { effectiveDate: true } },
    },
  })
  const project = (code: string): ProjectRow => {
    const row = projects.find((p) => p.code === code)
    if (!row) throw new Error(`Demo goals: demo project ${code} is missing`)
    return row
  }
  const editor = DEMO_USERS.find((user) => user.role === 'editor' && user.department === 'SCT')
  const enteredBy = editor
    ? await db.user.findUnique({ where: { email: editor.email }, select: { id: true, name: true } })
    : null

  // ——— Indicators and statistics ———
  const indicatorIds = new Map<IndicatorCode, string>()
  for (const indicator of DEMO_INDICATORS) {
    const row = await db.indicator.create({ data: { ...indicator }, select: { id: true } })
    indicatorIds.set(indicator.code, row.id)
    counts.indicators += 1
  }
  const addStatistic = async (entry: StatisticSeed) => {
    await db.statisticEntry.create({
      data: {
        indicatorId: indicatorIds.get(entry.indicator)!,
        periodKey: entry.periodKey,
        value: entry.value,
        referenceDate: entry.referenceDate,
        sourceTitle: entry.source.title,
        sourceUrl: entry.source.url,
        note: entry.note ?? null,
        enteredById: enteredBy?.id ?? null,
        enteredByName: enteredBy?.name ?? editor?.name ?? null,
        createdAt: entry.createdAt,
      },
    })
    counts.statisticEntries += 1
  }
  const addGoal = async (goal: GoalSeed) => {
    await db.goal.create({
      data: {
        title: goal.title,
        titleEn: goal.titleEn,
        periodKey: goal.periodKey,
        metric: goal.metric,
        indicatorId: goal.indicator ? indicatorIds.get(goal.indicator)! : null,
        target: goal.target,
        direction: 'at_least',
        scopeType: goal.scopeType ?? 'province',
        scopeValue: goal.scopeValue ?? null,
        departmentId: departmentId(goal.department),
        sourceTitle: goal.source.title,
        sourceUrl: goal.source.url,
        createdAt: goal.createdAt,
        updatedAt: goal.createdAt,
      },
    })
    counts.goals += 1
  }

  // ——— Project events ———
  const addCapitalChange = async (code: string, date: Date, amountVnd: bigint, documentNumber: string) => {
    const row = project(code)
    await db.capitalChange.create({
      data: { projectId: row.id, date, amountVnd, documentNumber, note: `Điều chỉnh tăng vốn đầu tư. ${DEMO_NOTE}` },
    })
    // The registered capital is the current total: an adjustment raises it.
    row.registeredCapitalVnd = (row.registeredCapitalVnd ?? 0n) + amountVnd
    await db.project.update({ where: { id: row.id }, data: { registeredCapitalVnd: row.registeredCapitalVnd } })
    counts.capitalChanges += 1
  }
  /** An entry that is part of the total already recorded on the project. */
  const addPastDisbursement = async (code: string, date: Date, amountVnd: bigint) => {
    await db.disbursement.create({ data: { projectId: project(code).id, date, amountVnd, note: DEMO_NOTE } })
    counts.disbursements += 1
  }
  const addNewDisbursement = async (code: string, date: Date, amountVnd: bigint) => {
    const row = project(code)
    await addPastDisbursement(code, date, amountVnd)
    row.disbursedCapitalVnd = (row.disbursedCapitalVnd ?? 0n) + amountVnd
    if (row.registeredCapitalVnd !== null && row.disbursedCapitalVnd > row.registeredCapitalVnd) {
      throw new Error(`Demo goals: ${code} would disburse more than its registered capital`)
    }
    await db.project.update({ where: { id: row.id }, data: { disbursedCapitalVnd: row.disbursedCapitalVnd } })
  }
  const addPastHandover = async (code: string, date: Date, hectares: number) => {
    await db.clearanceHandover.create({ data: { projectId: project(code).id, date, hectares, note: DEMO_NOTE } })
    counts.clearanceHandovers += 1
  }
  const addNewHandover = async (code: string, date: Date, hectares: number) => {
    const row = project(code)
    await addPastHandover(code, date, hectares)
    row.clearanceDoneHa = Math.round(((row.clearanceDoneHa ?? 0) + hectares) * 10) / 10
    if (row.clearanceNeededHa !== null && row.clearanceDoneHa > row.clearanceNeededHa) {
      throw new Error(`Demo goals: ${code} would hand over more land than it needs`)
    }
    await db.project.update({ where: { id: row.id }, data: { clearanceDoneHa: row.clearanceDoneHa } })
  }
  /** Moves a project on in its lifecycle the way the status form does. */
  const advance = async (code: string, toStatus: ProjectStatus, date: Date, reason: string) => {
    const row = project(code)
    const last = row.statusChanges[0]?.effectiveDate
    if (last && date <= last) throw new Error(`Demo goals: ${code} cannot change status on ${date.toISOString()}`)
    await db.statusChange.create({
      data: {
        projectId: row.id,
        fromStatus: row.status,
        toStatus,
        effectiveDate: date,
        reason,
        createdAt: date,
      },
    })
    if (toStatus === 'under_construction') {
      await db.milestone.update({
        where: { projectId_kind: { projectId: row.id, kind: 'construction_start' } },
        data: { actualDate: date },
      })
    }
    await db.project.update({
      where: { id: row.id },
      data: { status: toStatus, updatedAt: date, version: { increment: 1 } },
    })
    row.status = toStatus
    row.statusChanges = [{ effectiveDate: date }]
  }
  /**
   * Sets a milestone's likelihood and, when given, moves its planned date; later planned
   * dates that would fall before it move with it (half a year apart), since the editor
   * refuses planned dates out of the lifecycle's order.
   */
  const plan = async (code: string, kind: MilestoneKind, likelihood: Likelihood, plannedDate?: Date) => {
    const projectId = project(code).id
    await db.milestone.update({
      where: { projectId_kind: { projectId, kind } },
      data: { likelihood, ...(plannedDate ? { plannedDate } : {}) },
    })
    if (!plannedDate) return
    let previous = plannedDate
    for (const later of MILESTONE_KINDS.slice(MILESTONE_KINDS.indexOf(kind) + 1)) {
      const row = await db.milestone.findUnique({
        where: { projectId_kind: { projectId, kind: later } },
        select: { plannedDate: true },
      })
      if (!row?.plannedDate) continue
      if (row.plannedDate < previous) {
        previous = addDays(previous, 182)
        await db.milestone.update({
          where: { projectId_kind: { projectId, kind: later } },
          data: { plannedDate: previous },
        })
      } else {
        previous = row.plannedDate
      }
    }
  }

  // ——— 2025: the article ———
  for (const entry of ARTICLE_STATISTICS) await addStatistic(entry)
  for (const goal of ARTICLE_GOALS) await addGoal(goal)
  for (const change of ARTICLE_CAPITAL_CHANGES) {
    await addCapitalChange(change.code, change.date, change.amountVnd, change.document)
  }

  // ——— The quarter and year of `today` ———
  const quarter = quarterOf(today)
  const year: Period = { kind: 'year', year: quarter.year, index: 1 }
  const month: Period = { kind: 'months', year: quarter.year, index: today.getUTCMonth() + 1 }
  const { start, end } = periodRange(quarter)
  const lastDay = addDays(end, -1)
  const elapsedDays = Math.round((today.getTime() - start.getTime()) / MS_PER_DAY)
  /** A day of this quarter, `share` of the way from its first day to today. */
  const dayIn = (share: number) => addDays(start, Math.round(share * elapsedDays))
  const elapsed = elapsedFraction(quarter, today)
  const quarterVi = lowerFirst(periodLabel(quarter, 'vi'))
  const quarterEn = periodLabel(quarter, 'en')
  const monthsVi = lowerFirst(periodLabel(month, 'vi'))
  const monthsEn = lowerFirst(periodLabel(month, 'en'))
  const demoSource = { title: DEMO_GOAL_SOURCE, url: null }
  const previous = periodRange(previousPeriod(quarter)).start
  const lastYear = periodRange(samePeriodLastYear(quarter)).start

  // A rate dated in this quarter, so converted figures name a recent one.
  const rates = await db.exchangeRate.findMany({ orderBy: { date: 'asc' }, select: { date: true, vndPerUsd: true } })
  if (!rates.some((rate) => rate.date >= start && rate.date <= today)) {
    const rate = { date: start, vndPerUsd: rateOn(rates, start) + 40 }
    await db.exchangeRate.create({ data: { ...rate, source: EXCHANGE_RATE_SOURCE } })
    rates.push(rate)
    rates.sort((a, b) => a.date.getTime() - b.date.getTime())
    counts.currentExchangeRates += 1
  }

  // On track: IRC adjustments ahead of the days elapsed, below the target.
  await addGoal({
    title: `Thu hút ít nhất 150 triệu USD vốn FDI trong ${quarterVi}`,
    titleEn: `Attract at least USD 150 million of FDI in ${quarterEn}`,
    periodKey: periodKey(quarter),
    metric: 'fdi_attracted_usd',
    target: CURRENT_FDI_TARGET_USD,
    department: 'BQLKKT',
    source: demoSource,
    createdAt: start,
  })
  const fdiUsd = Math.round((CURRENT_FDI_TARGET_USD * (0.45 + 0.5 * elapsed)) / 100_000) * 100_000
  const hanbitUsd = Math.round((fdiUsd * 0.7) / 100_000) * 100_000
  for (const [code, usd, share, document] of [
    ['QN-2025-013', hanbitUsd, 0.2, '2154093867 (điều chỉnh lần 1, giai đoạn 2)'],
    ['QN-2025-012', fdiUsd - hanbitUsd, 0.6, '8732016458 (điều chỉnh lần 2, mở rộng nhà xưởng)'],
  ] as const) {
    const date = dayIn(share)
    await addCapitalChange(code, date, BigInt(usd) * BigInt(rateOn(rates, date)), document)
  }
  // The forecast: B.Grimm's IRC expected this quarter (the e2e journey records it).
  await plan('QN-2025-005', 'irc', 'high', lastDay)
  await plan('QN-2025-006', 'irc', 'low')

  // At risk: fewer construction starts than the days elapsed call for.
  const starts = constructionStartPlan(elapsed)
  await addGoal({
    title: `Khởi công ít nhất ${starts.target} dự án trong ${quarterVi}`,
    titleEn: `Start construction of at least ${starts.target} projects in ${quarterEn}`,
    periodKey: periodKey(quarter),
    metric: 'construction_starts',
    target: starts.target,
    department: 'SCT',
    source: demoSource,
    createdAt: start,
  })
  const startReasons: Record<(typeof STARTERS)[number], string> = {
    'QN-2025-004': 'Khởi công trên phần diện tích đã bàn giao; phần đất rừng còn làm thủ tục chuyển mục đích',
    'QN-2025-010': 'Khởi công hạ tầng phân khu đã bàn giao mặt bằng',
    'QN-2025-003': 'Khởi công đào lò mở vỉa sau khi được bàn giao mặt bằng khu công nghiệp mỏ',
  }
  const startShares = [0.25, 0.6, 0.9]
  for (const [i, code] of STARTERS.entries()) {
    if (i >= starts.started) break
    if (project(code).status === 'irc_issued') {
      await advance(
        code,
        'site_clearance',
        addDays(previous, 20),
        'Bắt đầu bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng',
      )
    }
    await advance(code, 'under_construction', dayIn(startShares[i]!), startReasons[code])
  }
  if (starts.started < STARTERS.length) await plan('QN-2025-003', 'construction_start', 'medium', lastDay)
  await plan('QN-2025-002', 'construction_start', 'low')
  await plan('QN-2025-002', 'irc', 'medium')
  await plan('LC-2025-004', 'construction_start', 'low')

  // Off track: disbursement well behind the days elapsed (the last month weighs most).
  await addGoal({
    title: `Giải ngân ít nhất ${CURRENT_DISBURSEMENT_TARGET_TY.toLocaleString('vi-VN')} tỷ đồng vốn đầu tư của các dự án trong ${quarterVi}`,
    titleEn: `Disburse at least VND ${CURRENT_DISBURSEMENT_TARGET_TY.toLocaleString('en-US')} billion of project capital in ${quarterEn}`,
    periodKey: periodKey(quarter),
    metric: 'capital_disbursed_vnd',
    target: CURRENT_DISBURSEMENT_TARGET_TY * 1e9,
    department: 'STC',
    source: demoSource,
    createdAt: start,
  })
  const disbursedTy = Math.max(1, Math.round(CURRENT_DISBURSEMENT_TARGET_TY * 0.3 * elapsed))
  const haRangTy = Math.round(disbursedTy * 0.45)
  const songKhoaiTy = Math.round(disbursedTy * 0.3)
  for (const [code, amountTy, share] of [
    ['QN-2025-001', haRangTy, 0.15],
    ['QN-2025-008', songKhoaiTy, 0.5],
    ['QN-2025-011', disbursedTy - haRangTy - songKhoaiTy, 0.85],
  ] as const) {
    if (amountTy > 0) await addNewDisbursement(code, dayIn(share), ty(amountTy))
  }
  // Earlier quarters, part of the totals already recorded: the goal's comparisons.
  await addPastDisbursement('QN-2025-001', addDays(previous, 40), ty(120))
  await addPastDisbursement('QN-2025-008', addDays(previous, 55), ty(260))
  await addPastDisbursement('QN-2025-011', addDays(previous, 70), ty(180))
  await addPastDisbursement('QN-2025-008', addDays(lastYear, 45), ty(240))
  await addPastDisbursement('QN-2025-011', addDays(lastYear, 60), ty(150))

  // Met: clean land handed over to the industrial parks.
  await addGoal({
    title: `Bàn giao ít nhất ${CURRENT_CLEARANCE_TARGET_HA} ha mặt bằng sạch cho các khu công nghiệp trong ${quarterVi}`,
    titleEn: `Hand over at least ${CURRENT_CLEARANCE_TARGET_HA} ha of cleared land to industrial parks in ${quarterEn}`,
    periodKey: periodKey(quarter),
    metric: 'clearance_handed_over_ha',
    target: CURRENT_CLEARANCE_TARGET_HA,
    scopeType: 'kind',
    scopeValue: 'industrial_park',
    department: 'BQLKKT',
    source: demoSource,
    createdAt: start,
  })
  await addNewHandover('QN-2025-010', dayIn(0.35), 28.3)
  await addNewHandover('QN-2025-011', dayIn(0.8), 18.2)
  await addPastHandover('QN-2025-010', addDays(previous, 30), 12.5)
  await addPastHandover('QN-2025-011', addDays(previous, 62), 20)

  // Reported rates are judged as levels, whatever the day: at risk and off track.
  // Entered this morning (or now, when the seeder runs earlier than that).
  const published = new Date(Math.min(Date.now(), today.getTime() + 2 * 3_600_000))
  for (const [indicator, target, value, valueLastYear, titleVi, titleEn] of [
    [
      'iip_growth',
      12,
      10.1,
      9.6,
      `Chỉ số sản xuất công nghiệp (IIP) ${monthsVi} tăng ít nhất 12 %`,
      `Industrial production index (IIP) up at least 12% in the ${monthsEn}`,
    ],
    [
      'iip_manufacturing_growth',
      25,
      16.4,
      18.2,
      `IIP ngành chế biến, chế tạo ${monthsVi} tăng ít nhất 25 %`,
      `IIP of processing and manufacturing up at least 25% in the ${monthsEn}`,
    ],
  ] as const) {
    await addGoal({
      title: titleVi,
      titleEn,
      periodKey: periodKey(month),
      metric: 'statistic',
      indicator,
      target,
      department: 'SCT',
      source: demoSource,
      createdAt: start,
    })
    await addStatistic({
      indicator,
      periodKey: periodKey(month),
      value,
      referenceDate: today,
      source: { title: DEMO_STATISTIC_SOURCE, url: null },
      note: 'Số ước tính.',
      createdAt: published,
    })
    const sameMonthsLastYear = periodKey(samePeriodLastYear(month))
    if (!ARTICLE_STATISTICS.some((entry) => entry.indicator === indicator && entry.periodKey === sameMonthsLastYear)) {
      await addStatistic({
        indicator,
        periodKey: sameMonthsLastYear,
        value: valueLastYear,
        referenceDate: addDays(today, -365),
        source: { title: DEMO_STATISTIC_SOURCE, url: null },
        createdAt: addDays(published, -365),
      })
    }
  }
  // Not reported until the year is over: "no data", never a zero.
  await addGoal({
    title: `Tăng trưởng GRDP ${lowerFirst(periodLabel(year, 'vi'))} đạt trên 12 %`,
    titleEn: `GRDP growth above 12% in ${quarter.year}`,
    periodKey: periodKey(year),
    metric: 'statistic',
    indicator: 'grdp_growth',
    target: 12,
    department: 'STC',
    source: demoSource,
    createdAt: periodRange(year).start,
  })

  return counts
}
