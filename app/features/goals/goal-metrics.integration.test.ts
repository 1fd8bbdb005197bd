import { beforeEach, describe, expect, test } from 'vitest'
import {
  PIPELINE_LIST_LIMIT,
  computeMetric,
  listPipeline,
  pipelineForecast,
  rateForDay,
} from '~/features/goals/goal-metrics.server'
import { LIKELIHOOD_WEIGHT } from '~/features/goals/goal-vocabulary'
import { metricProjectFactory } from '~/features/goals/metric-test-projects'
import { prisma } from '~/utils/db.server'
import { getReferenceIds } from '../../../tests/integration-utils'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const q3 = { kind: 'quarter', year: 2025, index: 3 } as const
const q2 = { kind: 'quarter', year: 2025, index: 2 } as const
const province = { type: 'province', value: null } as const

let ref: Awaited<ReturnType<typeof getReferenceIds>>

const project = metricProjectFactory('M', () => ref)

beforeEach(async () => {
  ref = await getReferenceIds()
  // Two rates: one for the first half of July, one from mid-July on.
  await prisma.exchangeRate.deleteMany()
  await prisma.exchangeRate.createMany({
    data: [
      { date: day('2025-07-01'), vndPerUsd: 25_000 },
      { date: day('2025-07-15'), vndPerUsd: 26_000 },
    ],
  })
})

describe('FDI attracted', () => {
  test('counts FDI IRCs issued in the period at the rate of their day, plus adjustments dated in it', async () => {
    // Licensed 10 July at 25 000: 2 500 bn đồng = USD 100 million
    await project({ fdi: true, capital: 2_500_000_000_000n, ircDate: day('2025-07-10') })
    // Licensed in Q2 and adjusted +520 bn on 20 August at 26 000 = USD 20 million
    const older = await project({ fdi: true, capital: 3_520_000_000_000n, ircDate: day('2025-05-01') })
    await prisma.capitalChange.create({
      data: { projectId: older.id, date: day('2025-08-20'), amountVnd: 520_000_000_000n },
    })
    // Domestic projects and IRCs outside the quarter do not count
    await project({ capital: 9_000_000_000_000n, ircDate: day('2025-07-20') })
    await project({ fdi: true, capital: 1_000_000_000_000n, ircDate: day('2025-10-01') })

    const q3Value = await computeMetric('fdi_attracted_usd', q3, province)
    expect(q3Value?.exact).toBe(120_000_000n)
    // Q2 sees the older project's initial capital only (3 520 − 520 = 3 000 bn at the earliest rate, 25 000)
    expect((await computeMetric('fdi_attracted_usd', q2, province))?.exact).toBe(120_000_000n)
  })

  test('a project whose IRC date moves to another quarter moves with it', async () => {
    const moving = await project({ fdi: true, capital: 2_600_000_000_000n, ircDate: day('2025-09-30') })
    expect((await computeMetric('fdi_attracted_usd', q3, province))?.exact).toBe(100_000_000n)
    await prisma.project.update({ where: { id: moving.id }, data: { ircDate: day('2025-10-01') } })
    expect((await computeMetric('fdi_attracted_usd', q3, province))?.exact).toBe(0n)
  })

  test('deleted projects and other scopes do not count', async () => {
    const gone = await project({ fdi: true, capital: 2_600_000_000_000n, ircDate: day('2025-08-01') })
    await prisma.project.update({ where: { id: gone.id }, data: { deletedAt: new Date() } })
    await project({ fdi: true, capital: 2_600_000_000_000n, ircDate: day('2025-08-01'), kind: 'wind_power' })
    expect((await computeMetric('fdi_attracted_usd', q3, province))?.exact).toBe(100_000_000n)
    expect((await computeMetric('fdi_attracted_usd', q3, { type: 'kind', value: 'factory' }))?.exact).toBe(0n)
  })
})

describe('other computed metrics', () => {
  test('registered capital of all projects licensed in the period, exact', async () => {
    await project({ capital: 1_234_567_890_123n, ircDate: day('2025-07-02') })
    await project({ fdi: true, capital: 1n, ircDate: day('2025-09-30') })
    expect((await computeMetric('registered_capital_vnd', q3, province))?.exact).toBe(1_234_567_890_124n)
  })

  test('counts policy approvals, IRCs and construction starts by their dates', async () => {
    const a = await project({ policyDate: day('2025-07-01'), ircDate: day('2025-08-01') })
    await project({ policyDate: day('2025-06-30') })
    await prisma.milestone.create({
      data: { projectId: a.id, kind: 'construction_start', actualDate: day('2025-09-15') },
    })
    expect((await computeMetric('policy_approvals', q3, province))?.value).toBe(1)
    expect((await computeMetric('ircs_issued', q3, province))?.value).toBe(1)
    expect((await computeMetric('construction_starts', q3, province))?.value).toBe(1)
    expect((await computeMetric('construction_starts', q2, province))?.value).toBe(0)
  })

  test('adds up dated disbursements and hectares handed over', async () => {
    const a = await project({})
    await prisma.disbursement.createMany({
      data: [
        { projectId: a.id, date: day('2025-07-05'), amountVnd: 10_000_000_000n },
        { projectId: a.id, date: day('2025-10-05'), amountVnd: 99_000_000_000n },
      ],
    })
    await prisma.clearanceHandover.create({ data: { projectId: a.id, date: day('2025-08-08'), hectares: 12.5 } })
    expect((await computeMetric('capital_disbursed_vnd', q3, province))?.exact).toBe(10_000_000_000n)
    expect((await computeMetric('clearance_handed_over_ha', q3, province))?.value).toBe(12.5)
  })

  test('a reported statistic reads its latest correction, and nothing when none was reported', async () => {
    const indicator = await prisma.indicator.create({
      data: {
        code: 'ic_va_growth',
        nameVi: 'Tăng trưởng GTTT công nghiệp – xây dựng',
        nameEn: 'Industry–construction VA growth',
        unit: 'percent',
      },
    })
    expect(await computeMetric('statistic', q3, province, indicator.id)).toBeNull()
    await prisma.statisticEntry.create({
      data: {
        indicatorId: indicator.id,
        periodKey: '2025-Q3',
        value: 20.15,
        referenceDate: day('2025-08-01'),
        sourceTitle: 'Báo cáo',
        createdAt: new Date('2025-08-02T00:00:00Z'),
      },
    })
    await prisma.statisticEntry.create({
      data: {
        indicatorId: indicator.id,
        periodKey: '2025-Q3',
        value: 21.3,
        referenceDate: day('2025-08-01'),
        sourceTitle: 'Đính chính',
        createdAt: new Date('2025-08-09T00:00:00Z'),
      },
    })
    expect((await computeMetric('statistic', q3, province, indicator.id))?.value).toBe(21.3)
    expect(await prisma.statisticEntry.count({ where: { indicatorId: indicator.id } })).toBe(2)
  })
})

describe('pipeline', () => {
  test('weights projects planned to reach the milestone before the period ends, apart from the actual', async () => {
    const high = await project({ fdi: true, capital: 2_600_000_000_000n, status: 'policy_approved' })
    const unset = await project({ fdi: true, capital: 2_600_000_000_000n, status: 'policy_approved' })
    const later = await project({ fdi: true, capital: 2_600_000_000_000n, status: 'policy_approved' })
    await prisma.milestone.createMany({
      data: [
        { projectId: high.id, kind: 'irc', plannedDate: day('2025-09-01'), likelihood: 'high' },
        { projectId: unset.id, kind: 'irc', plannedDate: day('2025-08-01') },
        { projectId: later.id, kind: 'irc', plannedDate: day('2025-12-01'), likelihood: 'high' },
      ],
    })
    const pipeline = await listPipeline('fdi_attracted_usd', q3, province, day('2025-07-20'))
    expect(pipeline.projects.map((item) => [item.code, item.likelihood])).toEqual([
      [unset.code, 'medium'],
      [high.code, 'high'],
    ])
    // USD 100 million each at the latest rate (26 000): 0.5 × 100 + 0.8 × 100
    expect(pipeline.weighted).toBeCloseTo(130_000_000)
    expect(pipeline.total).toBe(2)
    expect(await pipelineForecast('fdi_attracted_usd', q3, province, day('2025-07-20'))).toEqual({
      weighted: pipeline.weighted,
      total: 2,
    })
    expect((await listPipeline('fdi_attracted_usd', q3, province, day('2025-10-01'))).projects).toEqual([])
  })
})

describe('pipeline past the list', () => {
  test('the forecast counts every pipeline project, not only those the goal page lists', async () => {
    const count = PIPELINE_LIST_LIMIT + 20
    await prisma.project.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        code: `PL-${index}`,
        name: `Dự án chờ khởi công ${index}`,
        nameSort: `du an cho khoi cong ${index}`,
        searchText: `pl-${index}`,
        kind: 'factory',
        sector: 'manufacturing',
        status: 'irc_issued',
        unitId: ref.unitId,
        departmentId: ref.departmentId,
        investmentType: 'domestic',
      })),
    })
    const projects = await prisma.project.findMany({ where: { code: { startsWith: 'PL-' } }, select: { id: true } })
    await prisma.milestone.createMany({
      data: projects.map((item, index) => ({
        projectId: item.id,
        kind: 'construction_start',
        plannedDate: day('2025-08-01'),
        likelihood: index % 2 === 0 ? 'high' : 'low',
      })),
    })
    const pipeline = await listPipeline('construction_starts', q3, province, day('2025-07-20'))
    expect(pipeline.projects).toHaveLength(PIPELINE_LIST_LIMIT)
    expect(pipeline.total).toBe(count)
    // Half high, half low: every one of them weighted, listed or not.
    expect(pipeline.weighted).toBeCloseTo((count / 2) * (LIKELIHOOD_WEIGHT.high + LIKELIHOOD_WEIGHT.low))
  })
})

test('the rate of a day is the latest on or before it', () => {
  const rates = [
    { date: day('2025-07-01'), vndPerUsd: 25_000 },
    { date: day('2025-07-15'), vndPerUsd: 26_000 },
  ]
  expect(rateForDay(rates, day('2025-07-14'))).toBe(25_000)
  expect(rateForDay(rates, day('2025-07-15'))).toBe(26_000)
  expect(rateForDay(rates, day('2025-01-01'))).toBe(25_000)
  expect(rateForDay([], day('2025-01-01'))).toBeNull()
})
