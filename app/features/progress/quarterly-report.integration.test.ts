import { beforeEach, describe, expect, test } from 'vitest'
import { loader } from '~/features/progress/routes/quarterly-report'
import { prisma } from '~/utils/db.server'
import { provinceToday } from '~/utils/format'
import { periodKey, quarterOf } from '~/utils/period'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn } from '../../../tests/integration-utils'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

let ref: Awaited<ReturnType<typeof getReferenceIds>>

async function report(path: string, options: Parameters<typeof makeRequest>[1] = {}) {
  const result = await settle(() => loader(routeArgs(makeRequest(path, options))))
  if (result instanceof Response) throw new Error(`Expected the report, got ${result.status}`)
  return result
}

beforeEach(async () => {
  ref = await getReferenceIds()
  await signIn('viewer', 'SCT', { asDefault: true })
  // An FDI project licensed on 10/8/2025: 2 621 bn đồng at the rate of 31/7 (26 210) = USD 100 million.
  await prisma.project.create({
    data: {
      code: 'RPT-1',
      name: 'Nhà máy linh kiện thử',
      nameSort: 'nha may linh kien thu',
      searchText: 'rpt-1',
      kind: 'factory',
      sector: 'manufacturing',
      status: 'irc_issued',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      investmentType: 'fdi',
      registeredCapitalVnd: 2_621_000_000_000n,
      ircDate: day('2025-08-10'),
    },
  })
  const indicator = await prisma.indicator.create({
    data: { code: 'iip_growth', nameVi: 'IIP', nameEn: 'IIP', unit: 'percent' },
  })
  // A provisional figure, then its correction: the later row counts.
  await prisma.statisticEntry.createMany({
    data: [
      {
        indicatorId: indicator.id,
        periodKey: '2025-Q3',
        value: 14.6,
        referenceDate: day('2025-09-30'),
        sourceTitle: 'Ước tính',
        createdAt: new Date('2025-10-02T02:00:00.000Z'),
      },
      {
        indicatorId: indicator.id,
        periodKey: '2025-Q3',
        value: 15.08,
        referenceDate: day('2025-09-30'),
        sourceTitle: 'Báo cáo chính thức',
        createdAt: new Date('2025-10-09T02:00:00.000Z'),
      },
    ],
  })
  const goal = {
    departmentId: ref.departmentId,
    direction: 'at_least',
    scopeType: 'province',
  }
  await prisma.goal.createMany({
    data: [
      {
        ...goal,
        title: 'Thu hút ít nhất 200 triệu USD vốn FDI trong quý III/2025',
        titleEn: 'Attract at least USD 200 million of FDI in Q3 2025',
        periodKey: '2025-Q3',
        metric: 'fdi_attracted_usd',
        target: 200_000_000,
      },
      {
        ...goal,
        title: 'IIP quý III/2025 tăng ít nhất 15 %',
        periodKey: '2025-Q3',
        metric: 'statistic',
        indicatorId: indicator.id,
        target: 15,
      },
      { ...goal, title: 'Chỉ tiêu của quý khác', periodKey: '2024-Q3', metric: 'ircs_issued', target: 3 },
    ],
  })
})

describe('the quarterly report', () => {
  test("returns the period's goals with their statuses, and the rates used with their dates", async () => {
    const data = await report('/progress/report?period=2025-Q3')
    expect(data.title).toBe('Báo cáo tiến độ quý III/2025')
    expect(data.period).toMatchObject({ key: '2025-Q3', ended: true })
    expect(data.invalid).toBeNull()

    const goals = Object.fromEntries(data.goals.map((goal) => [goal.metric, goal]))
    expect(data.goals).toHaveLength(2)
    expect(goals.fdi_attracted_usd?.progress).toMatchObject({
      status: 'off_track',
      actualExact: 100_000_000n,
      target: 200_000_000,
      percentOfTarget: 50,
    })
    expect(goals.statistic?.progress).toMatchObject({ status: 'met', actual: 15.08 })

    // Q3/2025 began under the rate of 30/6 and saw two more (reference data of the tests).
    expect(data.ratesApplied.map((rate) => [rate.date, rate.vndPerUsd])).toEqual([
      [day('2025-06-30'), 26_110],
      [day('2025-07-31'), 26_210],
      [day('2025-09-30'), 26_360],
    ])
    expect(data.rate).toMatchObject({ date: day('2025-09-30'), vndPerUsd: 26_360 })
    expect(data.charts.fdi.cumulative.at(-1)).toBe(100_000_000n)
    expect(data.generatedAt).toBeInstanceOf(Date)
  })

  test('speaks the reader’s language', async () => {
    const data = await report('/progress/report?period=2025-Q3', { locale: 'en' })
    expect(data.title).toBe('Progress report, Q3 2025')
    expect(data.goals.find((goal) => goal.metric === 'fdi_attracted_usd')?.title).toBe(
      'Attract at least USD 200 million of FDI in Q3 2025',
    )
  })

  test('a manager (viewer) may read it; nobody signed out may', async () => {
    const viewer = await signIn('viewer', null)
    const data = await report('/progress/report?period=2025-Q3', { cookie: viewer.cookie })
    expect(data.goals).toHaveLength(2)

    const anonymous = await settle(() =>
      loader(routeArgs(makeRequest('/progress/report?period=2025-Q3', { cookie: '' }))),
    )
    expect(anonymous).toBeInstanceOf(Response)
    expect((anonymous as Response).status).toBe(302)
    expect((anonymous as Response).headers.get('Location')).toContain('/login')
  })

  test('an unreadable period falls back to the current quarter, and says so', async () => {
    const current = periodKey(quarterOf(provinceToday()))
    for (const value of ['2025-Q9', 'soon', '']) {
      const data = await report(`/progress/report?period=${encodeURIComponent(value)}`)
      expect(data.period.key).toBe(current)
      expect(data.invalid).toBe(value)
    }
    const data = await report('/progress/report')
    expect(data.period.key).toBe(current)
    expect(data.invalid).toBeNull()
  })
})
