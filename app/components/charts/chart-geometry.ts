import { type ScaleLinear, scaleBand, scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'

/**
 * Geometry shared by the server-rendered charts: a fixed viewBox (the SVG scales with its
 * container through CSS classes, so no style attribute is needed under the CSP), a value
 * scale from zero, and month positions. Pure, unit-tested.
 */
export const CHART_SIZE = { width: 640, height: 270, top: 30, right: 24, bottom: 36, left: 64 } as const

/** From zero to a "nice" value above both the data and the target. */
export function valueScale(values: readonly (number | null)[], extra: number | null = null, ticks = 5) {
  const max = Math.max(0, extra ?? 0, ...values.map((value) => value ?? 0))
  return scaleLinear()
    .domain([0, max > 0 ? max * 1.05 : 1])
    .nice(ticks)
    .range([CHART_SIZE.height - CHART_SIZE.bottom, CHART_SIZE.top])
}

/** Ticks of a count axis: whole numbers only. */
export function wholeTicks(scale: ScaleLinear<number, number>, count = 5): number[] {
  return scale.ticks(count).filter((tick) => Number.isInteger(tick))
}

/** One band per month, for bars and labels. */
export function monthBands(months: readonly string[]) {
  return scaleBand<string>()
    .domain(months)
    .range([CHART_SIZE.left, CHART_SIZE.width - CHART_SIZE.right])
    .paddingInner(0.25)
    .paddingOuter(0.15)
}

/** The x of "after `months` months" on a continuous month axis (0 = the period's start). */
export function monthAxis(monthCount: number) {
  return scaleLinear()
    .domain([0, Math.max(1, monthCount)])
    .range([CHART_SIZE.left, CHART_SIZE.width - CHART_SIZE.right])
}

/**
 * Points of a running total: zero at the period's start, then the total at the end of each
 * month that has begun (the current month at the share of it already past).
 */
export function cumulativePoints(cumulative: readonly number[], begun: number, lastMonthShare = 1) {
  const points: [number, number][] = [[0, 0]]
  for (let month = 0; month < begun && month < cumulative.length; month += 1) {
    const share = month === begun - 1 ? Math.min(1, Math.max(0, lastMonthShare)) : 1
    points.push([month + share, cumulative[month] ?? 0])
  }
  return points
}

export function linePath(
  points: readonly [number, number][],
  x: (value: number) => number,
  y: (value: number) => number,
): string {
  return (
    line<[number, number]>()
      .x((point) => x(point[0]))
      .y((point) => y(point[1]))(points as [number, number][]) ?? ''
  )
}

/** "T7" in Vietnamese charts, "Jul" in English. */
export function monthShortLabel(monthKey: string, locale: 'vi' | 'en'): string {
  const month = Number(monthKey.slice(5, 7))
  if (locale === 'vi') return `T${month}`
  return new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
    new Date(`${monthKey}-01T00:00:00Z`),
  )
}

/** "Tháng 7/2025", "July 2025". */
export function monthLongLabel(monthKey: string, locale: 'vi' | 'en'): string {
  const year = monthKey.slice(0, 4)
  const month = Number(monthKey.slice(5, 7))
  if (locale === 'vi') return `Tháng ${month}/${year}`
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${monthKey}-01T00:00:00Z`),
  )
}
