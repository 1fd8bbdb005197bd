import { describe, expect, test } from 'vitest'
import { CHART_SIZE, cumulativePoints, monthLongLabel, monthShortLabel } from '~/components/charts/chart-geometry'
import {
  barChartGeometry,
  lineChartGeometry,
  linePath,
  monthAxis,
  monthBands,
  progressChartsGeometry,
  valueScale,
  wholeTicks,
} from '~/components/charts/chart-geometry.server'

describe('chart scales', () => {
  test('the value scale starts at zero and reaches above both the data and the target', () => {
    const y = valueScale([100_000_000, 220_000_000], 300_000_000)
    const [low, high] = y.domain() as [number, number]
    expect(low).toBe(0)
    expect(high).toBeGreaterThanOrEqual(300_000_000)
    expect(y(0)).toBe(CHART_SIZE.height - CHART_SIZE.bottom)
    expect(y(high)).toBe(CHART_SIZE.top)
  })

  test('an empty series still has an axis, and counts get whole ticks', () => {
    const y = valueScale([0, 0, null])
    expect(y.domain()).toEqual([0, 1])
    expect(wholeTicks(valueScale([1, 2, 3]))).toEqual([0, 1, 2, 3])
  })

  test('months share the width; a running total starts at zero and stops today', () => {
    const bands = monthBands(['2025-07', '2025-08', '2025-09'])
    expect(bands('2025-07')).toBeGreaterThan(CHART_SIZE.left)
    expect((bands('2025-09') ?? 0) + bands.bandwidth()).toBeLessThan(CHART_SIZE.width - CHART_SIZE.right)
    expect(monthAxis(3)(0)).toBe(CHART_SIZE.left)
    expect(monthAxis(3)(3)).toBe(CHART_SIZE.width - CHART_SIZE.right)
    expect(cumulativePoints([10, 25, 25], 2, 0.5)).toEqual([
      [0, 0],
      [1, 10],
      [1.5, 25],
    ])
    expect(cumulativePoints([10, 25, 25], 0)).toEqual([[0, 0]])
    expect(
      linePath(
        [
          [0, 0],
          [1, 10],
        ],
        (x) => x * 10,
        (y) => 100 - y,
      ),
    ).toBe('M0,100L10,90')
  })

  test('month labels in both languages', () => {
    expect(monthShortLabel('2025-07', 'vi')).toBe('T7')
    expect(monthShortLabel('2025-07', 'en')).toBe('Jul')
    expect(monthLongLabel('2025-12', 'vi')).toBe('Tháng 12/2025')
    expect(monthLongLabel('2025-12', 'en')).toBe('December 2025')
  })

  test('the loader gives the components plain positions: ticks, a path, bars only for months begun', () => {
    const lineGeometry = lineChartGeometry({
      monthCount: 3,
      cumulative: [10, 25, 25],
      begun: 2,
      lastMonthShare: 0.5,
      target: 40,
    })
    const y = valueScale([10, 25], 40)
    const x = monthAxis(3)
    expect(lineGeometry.ticks).toEqual(y.ticks(5).map((value) => ({ value, y: y(value) })))
    expect(lineGeometry.monthEdges).toEqual([x(0), x(1), x(2), x(3)])
    expect(lineGeometry.monthCentres).toEqual([x(0.5), x(1.5), x(2.5)])
    expect(lineGeometry.targetY).toBe(y(40))
    expect(lineGeometry.path).toBe(linePath(cumulativePoints([10, 25, 25], 2, 0.5), x, y))
    expect(lineGeometry.points).toEqual([
      { x: x(1), y: y(10), value: 10 },
      { x: x(1.5), y: y(25), value: 25 },
    ])

    const bars = barChartGeometry({ months: ['2025-07', '2025-08', '2025-09'], values: [2, 0, 5], begun: 2 })
    expect(bars.bars.map((month) => month.bar?.value ?? null)).toEqual([2, 0, null])
    expect(bars.ticks.every((tick) => Number.isInteger(tick.value))).toBe(true)
    expect(bars.bars[0]?.bar?.height).toBeGreaterThan(0)
    expect(bars.bars[1]?.bar?.height).toBe(0)
  })

  test("the overview's charts are drawn once per series, and again when the day, the target or the series change", () => {
    const fdi = { months: ['2025-07', '2025-08', '2025-09'], begun: 2, cumulative: [10n, 25n, 25n] }
    const starts = { months: ['2025-07', '2025-08', '2025-09'], begun: 2, inMonth: [1, 0, 0] }
    const today = new Date('2025-08-15T00:00:00.000Z')
    const first = progressChartsGeometry({ fdi, starts, fdiTarget: 40, today })
    expect(progressChartsGeometry({ fdi, starts, fdiTarget: 40, today: new Date(today) })).toBe(first)

    const nextDay = progressChartsGeometry({ fdi, starts, fdiTarget: 40, today: new Date('2025-08-16T00:00:00.000Z') })
    expect(nextDay).not.toBe(first)
    expect(nextDay.fdi.path).not.toBe(first.fdi.path)
    const otherTarget = progressChartsGeometry({ fdi, starts, fdiTarget: 400, today })
    expect(otherTarget.fdi.points[0]?.y).not.toBe(first.fdi.points[0]?.y)
    // New series (the database changed): drawn from them, even with equal values.
    const redrawn = progressChartsGeometry({
      fdi: { ...fdi, cumulative: [10n, 30n, 30n] },
      starts,
      fdiTarget: 80,
      today,
    })
    expect(redrawn.fdi.points.map((point) => point.value)).toEqual([10, 30])
  })
})
