import { describe, expect, test } from 'vitest'
import {
  CHART_SIZE,
  cumulativePoints,
  linePath,
  monthAxis,
  monthBands,
  monthLongLabel,
  monthShortLabel,
  valueScale,
  wholeTicks,
} from '~/components/charts/chart-geometry'

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
})
