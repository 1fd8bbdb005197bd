import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { computeMetric } from '~/features/goals/goal-metrics.server'
import { metricProjectFactory } from '~/features/goals/metric-test-projects'
import { listProjectsAtRisk } from '~/features/progress/at-risk.server'
import { constructionStartsByMonth, fdiByMonth } from '~/features/progress/progress-series.server'
import { loader as atRiskLoader } from '~/features/progress/routes/at-risk'
import { loader as goalLoader } from '~/features/progress/routes/goal-progress'
import { loader as overviewLoader } from '~/features/progress/routes/progress-overview'
import { prisma } from '~/utils/db.server'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn } from '../../../tests/integration-utils'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const q3 = { kind: 'quarter', year: 2025, index: 3 } as const
const province = { type: 'province', value: null } as const
// Mid-morning of 15 August 2025 in Vietnam: Q3/2025 is half over (46 of 92 days).
const NOW = new Date('2025-08-15T03:00:00.000Z')
const TODAY = day('2025-08-15')

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let counter = 0

const project = metricProjectFactory('P', () => ref)

async function goal(title: string, metric: string, target: number, extra: { indicatorId?: string } = {}) {
  return prisma.goal.create({
    data: { title, periodKey: '2025-Q3', metric, target, departmentId: ref.departmentId, ...extra },
  })
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  ref = await getReferenceIds()
  await signIn('viewer', 'SCT', { asDefault: true })
  await prisma.exchangeRate.deleteMany()
  await prisma.exchangeRate.createMany({
    data: [
      { date: day('2025-07-01'), vndPerUsd: 25_000 },
      { date: day('2025-07-15'), vndPerUsd: 26_000 },
    ],
  })
})

afterEach(() => {
  vi.useRealTimers()
})

/** Three FDI events in Q3 (USD 100 + 100 + 20 million), one outside, one deleted, one in the pipeline. */
async function fdiRecords() {
  // 2 500 bn đồng on 10 July at 25 000 = USD 100 million
  const a = await project({ fdi: true, capital: 2_500_000_000_000n, ircDate: day('2025-07-10') })
  // 2 600 bn đồng on 1 August at 26 000 = USD 100 million
  const b = await project({ fdi: true, capital: 2_600_000_000_000n, ircDate: day('2025-08-01') })
  // Licensed in Q2, adjusted +520 bn on 5 August at 26 000 = USD 20 million
  const d = await project({ fdi: true, capital: 3_520_000_000_000n, ircDate: day('2025-05-01') })
  await prisma.capitalChange.create({
    data: { projectId: d.id, date: day('2025-08-05'), amountVnd: 520_000_000_000n, documentNumber: 'ĐC-01' },
  })
  const domestic = await project({ capital: 9_000_000_000_000n, ircDate: day('2025-07-20') })
  const later = await project({ fdi: true, capital: 1_000_000_000_000n, ircDate: day('2025-10-01') })
  const deleted = await project({ fdi: true, capital: 2_600_000_000_000n, ircDate: day('2025-08-02'), deleted: true })
  // Expected to receive its IRC on 1 September (high likelihood): a forecast, not an actual.
  const pipeline = await project({ fdi: true, capital: 2_600_000_000_000n, status: 'policy_approved' })
  await prisma.milestone.create({
    data: { projectId: pipeline.id, kind: 'irc', plannedDate: day('2025-09-01'), likelihood: 'high' },
  })
  // A's construction started on 1 August.
  await prisma.milestone.create({
    data: { projectId: a.id, kind: 'construction_start', actualDate: day('2025-08-01') },
  })
  return { a, b, d, domestic, later, deleted, pipeline }
}

describe('the progress overview', () => {
  test('shows a card per goal with the status the rule gives: met, on track, off track', async () => {
    await fdiRecords()
    // 3 IRCs in Q3 (A, B and the domestic project) against 2: met.
    await goal('Cấp GCN', 'ircs_issued', 2)
    // USD 220 million against 300, with 150 due by mid-quarter: on track.
    await goal('Thu hút FDI', 'fdi_attracted_usd', 300_000_000)
    // 1 start against 10, with 5 due: short by 40 % of the target, off track.
    await goal('Khởi công', 'construction_starts', 10)

    const data = await overviewLoader(routeArgs(makeRequest('/progress?period=2025-Q3')))
    expect(data.invalid).toBeNull()
    const statuses = Object.fromEntries(data.cards.map((card) => [card.goal.title, card.progress?.status]))
    expect(statuses).toEqual({ 'Cấp GCN': 'met', 'Thu hút FDI': 'on_track', 'Khởi công': 'off_track' })
    const fdiCard = data.cards.find((card) => card.goal.title === 'Thu hút FDI')
    expect(fdiCard?.progress?.actualExact).toBe(220_000_000n)
    // The forecast adds the pipeline project apart: 0.8 × USD 100 million at the latest rate.
    expect(fdiCard?.progress?.pipeline).toBeCloseTo(80_000_000)
    expect(fdiCard?.progress?.forecast).toBeCloseTo(300_000_000)
    // The chart's target line is the FDI goal's, and its running total ends on the card's actual.
    expect(data.fdiTarget).toBe(300_000_000)
    expect(data.fdi.cumulative).toEqual([100_000_000n, 220_000_000n, 220_000_000n])
    expect(data.fdi.begun).toBe(2)
    expect(data.starts.inMonth).toEqual([0, 1, 0])
  })

  test('names the newest exchange rate and its date for the notes beside every USD figure', async () => {
    const fdiGoal = await goal('Thu hút FDI', 'fdi_attracted_usd', 300_000_000)
    const overview = () => overviewLoader(routeArgs(makeRequest('/progress?period=2025-Q3')))
    const goalPage = () => goalLoader(routeArgs(makeRequest(`/progress/goals/${fdiGoal.id}`), { goalId: fdiGoal.id }))
    expect((await overview()).latestRate).toEqual({ date: day('2025-07-15'), vndPerUsd: 26_000 })
    expect((await goalPage()).latestRate).toEqual({ date: day('2025-07-15'), vndPerUsd: 26_000 })

    // A rate entered later is named at once, on both pages.
    await prisma.exchangeRate.create({ data: { date: day('2025-08-14'), vndPerUsd: 26_250 } })
    expect((await overview()).latestRate).toEqual({ date: day('2025-08-14'), vndPerUsd: 26_250 })
    expect((await goalPage()).latestRate).toEqual({ date: day('2025-08-14'), vndPerUsd: 26_250 })

    // No rate at all: nothing to name, and the notes say nothing could be converted.
    await prisma.exchangeRate.deleteMany()
    expect((await overview()).latestRate).toBeNull()
    expect((await goalPage()).latestRate).toBeNull()
  })

  test('the current quarter by default, and an unreadable period falls back to it', async () => {
    const byDefault = await overviewLoader(routeArgs(makeRequest('/progress')))
    expect(byDefault.period).toEqual(q3)
    expect(byDefault.cards).toEqual([])
    for (const query of ['period=2025-Q9', 'period=%3Cscript%3E', 'year=abc&part=Q2', 'year=2025&part=Q7']) {
      const data = await overviewLoader(routeArgs(makeRequest(`/progress?${query}`)))
      expect(data.period).toEqual(q3)
      expect(data.invalid).not.toBeNull()
    }
    const chosen = await overviewLoader(routeArgs(makeRequest('/progress?year=2024&part=H2')))
    expect(chosen.period).toEqual({ kind: 'half', year: 2024, index: 2 })
    expect(chosen.invalid).toBeNull()
  })

  test('the empty state offers to create a goal only to those who may', async () => {
    expect((await overviewLoader(routeArgs(makeRequest('/progress')))).canCreateGoal).toBe(false)
    const editor = await signIn('editor', 'SCT')
    expect((await overviewLoader(routeArgs(makeRequest('/progress', { cookie: editor.cookie })))).canCreateGoal).toBe(
      true,
    )
  })
})

describe('the goal page', () => {
  test('lists exactly the contributing projects, adding up to the card, and the pipeline apart', async () => {
    const records = await fdiRecords()
    const fdiGoal = await goal('Thu hút FDI', 'fdi_attracted_usd', 300_000_000)
    const overview = await overviewLoader(routeArgs(makeRequest('/progress?period=2025-Q3')))
    const card = overview.cards.find((item) => item.goal.id === fdiGoal.id)

    const data = await goalLoader(routeArgs(makeRequest(`/progress/goals/${fdiGoal.id}`), { goalId: fdiGoal.id }))
    const contributions = data.contributions
    if (contributions?.kind !== 'records') throw new Error('expected records')
    expect(contributions.rows.map((row) => [row.code, row.event])).toEqual([
      [records.a.code, 'irc'],
      [records.b.code, 'irc'],
      [records.d.code, 'adjustment'],
    ])
    // Each row names the amount, the rate and its date, and the USD.
    expect(contributions.rows.map((row) => [row.amountVnd, row.vndPerUsd, row.rateDate, row.usd])).toEqual([
      [2_500_000_000_000n, 25_000, day('2025-07-01'), 100_000_000n],
      [2_600_000_000_000n, 26_000, day('2025-07-15'), 100_000_000n],
      [520_000_000_000n, 26_000, day('2025-07-15'), 20_000_000n],
    ])
    expect(contributions.totalUsd).toBe(card?.progress?.actualExact)
    expect(contributions.rows.reduce((sum, row) => sum + (row.usd ?? 0n), 0n)).toBe(card?.progress?.actualExact)
    expect(contributions.roundingUsd).toBe(0n)
    expect(contributions.truncated).toBe(false)

    expect(data.pipeline.projects.map((item) => [item.code, item.likelihood, item.weight])).toEqual([
      [records.pipeline.code, 'high', 0.8],
    ])
    const counted = new Set(contributions.rows.map((row) => row.projectId))
    expect(counted.has(records.pipeline.id)).toBe(false)
    expect(data.progress?.actual).toBe(220_000_000)
  })

  test('every computed metric lists what it counts', async () => {
    const records = await fdiRecords()
    await prisma.disbursement.create({
      data: { projectId: records.a.id, date: day('2025-07-05'), amountVnd: 10_000_000_000n },
    })
    await prisma.clearanceHandover.create({
      data: { projectId: records.b.id, date: day('2025-08-08'), hectares: 12.5 },
    })
    const expectations = {
      registered_capital_vnd: 2_500_000_000_000n + 2_600_000_000_000n + 520_000_000_000n + 9_000_000_000_000n,
      ircs_issued: 3,
      construction_starts: 1,
      capital_disbursed_vnd: 10_000_000_000n,
      clearance_handed_over_ha: 12.5,
    } as const
    for (const [metric, expected] of Object.entries(expectations)) {
      const created = await goal(metric, metric, 1)
      const data = await goalLoader(routeArgs(makeRequest(`/progress/goals/${created.id}`), { goalId: created.id }))
      const contributions = data.contributions
      if (contributions?.kind !== 'records') throw new Error('expected records')
      const actual = await computeMetric(data.metric, q3, province)
      if (typeof expected === 'bigint') {
        expect(contributions.totalVnd, metric).toBe(expected)
        expect(actual?.exact, metric).toBe(expected)
      } else if (metric === 'clearance_handed_over_ha') {
        expect(contributions.totalHectares).toBe(expected)
      } else {
        expect(contributions.rows.length, metric).toBe(expected)
        expect(actual?.value, metric).toBe(expected)
      }
    }
  })

  test('a statistic goal lists the reports of its period, latest first, with sources', async () => {
    const indicator = await prisma.indicator.create({
      data: { code: 'iip', nameVi: 'Chỉ số IIP', nameEn: 'IIP', unit: 'percent' },
    })
    for (const [value, source, at] of [
      [20.15, 'Báo cáo tháng 7', '2025-08-02T00:00:00Z'],
      [21.3, 'Đính chính', '2025-08-09T00:00:00Z'],
    ] as const) {
      await prisma.statisticEntry.create({
        data: {
          indicatorId: indicator.id,
          periodKey: '2025-Q3',
          value,
          referenceDate: day('2025-07-31'),
          sourceTitle: source,
          createdAt: new Date(at),
        },
      })
    }
    const created = await goal('IIP', 'statistic', 15, { indicatorId: indicator.id })
    const data = await goalLoader(routeArgs(makeRequest(`/progress/goals/${created.id}`), { goalId: created.id }))
    if (data.contributions?.kind !== 'statistic') throw new Error('expected statistic entries')
    expect(data.contributions.entries.map((entry) => [entry.value, entry.sourceTitle])).toEqual([
      [21.3, 'Đính chính'],
      [20.15, 'Báo cáo tháng 7'],
    ])
    expect(data.progress?.actual).toBe(21.3)
  })

  test('an unknown goal is a 404', async () => {
    const response = await settle(() => goalLoader(routeArgs(makeRequest('/progress/goals/nope'), { goalId: 'nope' })))
    expect(response).toBeInstanceOf(Response)
    expect((response as Response).status).toBe(404)
  })
})

describe('projects needing attention', () => {
  test('the overview shows the worst ten and links to all of them, a page of 25 at a time in the same order', async () => {
    // 27 projects whose construction start is overdue by 27, 28, … 53 days: the worst last.
    const codes: string[] = []
    for (let index = 0; index < 27; index++) {
      const late = await project({ status: 'irc_issued' })
      codes.unshift(late.code)
      await prisma.milestone.create({
        data: {
          projectId: late.id,
          kind: 'construction_start',
          plannedDate: new Date(day('2025-07-19').getTime() - index * 86_400_000),
        },
      })
    }

    const overview = await overviewLoader(routeArgs(makeRequest('/progress')))
    expect(overview.atRisk.projects.map((item) => item.code)).toEqual(codes.slice(0, 10))
    expect(overview.atRisk.total).toBe(27)

    const first = await atRiskLoader(routeArgs(makeRequest('/progress/at-risk')))
    expect(first.projects.map((item) => item.code)).toEqual(codes.slice(0, 25))
    expect([first.page, first.pageCount, first.total]).toEqual([1, 2, 27])
    expect(first.projects[0]?.overdue?.days).toBe(53)
    const second = await atRiskLoader(routeArgs(makeRequest('/progress/at-risk?page=2')))
    expect(second.projects.map((item) => item.code)).toEqual(codes.slice(25))
    // A page past the end, or not a page at all: the last page, the first.
    expect((await atRiskLoader(routeArgs(makeRequest('/progress/at-risk?page=9')))).page).toBe(2)
    expect((await atRiskLoader(routeArgs(makeRequest('/progress/at-risk?page=abc')))).page).toBe(1)
  })

  test('lists an overdue milestone and a 90-day-stale project, not a project that reached its milestone', async () => {
    // Construction start planned 1 June, not started: 75 days overdue.
    const late = await project({ status: 'irc_issued', ircDate: day('2025-03-01') })
    await prisma.milestone.create({
      data: { projectId: late.id, kind: 'construction_start', plannedDate: day('2025-06-01') },
    })
    await prisma.statusChange.create({
      data: { projectId: late.id, toStatus: 'irc_issued', effectiveDate: day('2025-08-01') },
    })
    // Last status change on 1 May: 106 days without one.
    const stale = await project({ status: 'site_clearance' })
    await prisma.statusChange.create({
      data: { projectId: stale.id, toStatus: 'site_clearance', effectiveDate: day('2025-05-01') },
    })
    // Started on 20 June, after its plan: reached, not at risk.
    const reached = await project({ status: 'under_construction' })
    await prisma.milestone.create({
      data: {
        projectId: reached.id,
        kind: 'construction_start',
        plannedDate: day('2025-06-01'),
        actualDate: day('2025-06-20'),
      },
    })
    await prisma.statusChange.create({
      data: { projectId: reached.id, toStatus: 'under_construction', effectiveDate: day('2025-06-20') },
    })
    // Went straight to its IRC: the policy approval it skipped is not overdue.
    const skipped = await project({ status: 'irc_issued', ircDate: day('2025-07-01') })
    await prisma.milestone.create({
      data: { projectId: skipped.id, kind: 'policy_approval', plannedDate: day('2025-06-01') },
    })
    // Cancelled and deleted projects are not watched.
    const cancelled = await project({ status: 'cancelled' })
    await prisma.milestone.create({ data: { projectId: cancelled.id, kind: 'irc', plannedDate: day('2025-01-01') } })
    const deleted = await project({ status: 'proposed', deleted: true })
    await prisma.milestone.create({ data: { projectId: deleted.id, kind: 'irc', plannedDate: day('2025-01-01') } })
    // 89 days: not yet stale.
    const recent = await project({ status: 'proposed' })
    await prisma.statusChange.create({
      data: { projectId: recent.id, toStatus: 'proposed', effectiveDate: day('2025-05-18') },
    })

    const data = await overviewLoader(routeArgs(makeRequest('/progress')))
    expect(
      data.atRisk.projects.map((item) => [
        item.code,
        item.overdue?.kind ?? null,
        item.overdue?.days ?? null,
        item.stale?.days ?? null,
      ]),
    ).toEqual([
      [late.code, 'construction_start', 75, null],
      [stale.code, null, null, 106],
    ])
    expect(data.atRisk.total).toBe(2)
    expect(data.atRisk.projects[0]?.department.code).toBe('SCT')

    // At most `limit` rows, worst first, and a count of the rest; `offset` skips the first.
    const limited = await listProjectsAtRisk(TODAY, 1)
    expect(limited.projects.map((item) => item.code)).toEqual([late.code])
    expect(limited.more).toBe(1)
    const second = await listProjectsAtRisk(TODAY, 1, 1)
    expect(second.projects.map((item) => item.code)).toEqual([stale.code])
    expect(second.more).toBe(0)
  })

  test('lists obstacles past their deadline by the province’s calendar, not those due today or resolved', async () => {
    // 00:00 on 15 August in Hà Nội, still the 14th in UTC.
    vi.setSystemTime(new Date('2025-08-14T17:00:00.000Z'))
    const obstacle = async (projectId: string, deadline: Date, status = 'open') => {
      counter += 1
      return prisma.obstacle.create({
        data: {
          code: `OBS-${String(counter).padStart(4, '0')}`,
          projectId,
          category: 'land',
          title: 'Chậm bàn giao đất sạch',
          raisedOn: day('2025-07-01'),
          raisedByKind: 'enterprise',
          raisedByName: 'Nhà đầu tư',
          deadline,
          priority: 'high',
          status,
          searchText: 'cham ban giao dat sach',
        },
      })
    }
    // An operating park waiting for the land of its next phase: no milestone is late.
    const late = await project({ status: 'operating' })
    await obstacle(late.id, day('2025-08-14'))
    const dueToday = await project({ status: 'operating' })
    await obstacle(dueToday.id, day('2025-08-15'))
    const resolved = await project({ status: 'operating' })
    await obstacle(resolved.id, day('2025-07-31'), 'resolved')

    const data = await overviewLoader(routeArgs(makeRequest('/progress')))
    expect(data.atRisk.projects.map((item) => [item.code, item.obstacles?.count, item.obstacles?.days])).toEqual([
      [late.code, 1, 1],
    ])
  })
})

test('the monthly series add up to the metrics', async () => {
  await fdiRecords()
  const fdi = await fdiByMonth({ kind: 'year', year: 2025, index: 1 }, TODAY)
  expect(fdi.months).toHaveLength(12)
  expect(fdi.begun).toBe(8)
  expect(fdi.cumulative.at(-1)).toBe(
    (await computeMetric('fdi_attracted_usd', { kind: 'year', year: 2025, index: 1 }, province))?.exact,
  )
  const starts = await constructionStartsByMonth(q3, TODAY)
  expect(starts.cumulative.at(-1)).toBe((await computeMetric('construction_starts', q3, province))?.value)
})
