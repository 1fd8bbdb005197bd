/**
 * Geometry shared by the server-rendered charts: a fixed viewBox (the SVG scales with its
 * container through CSS classes, so no style attribute is needed under the CSP). The scales
 * and paths are computed by the loader (chart-geometry.server.ts, with d3), so d3 stays on
 * the server; the chart components draw the plain numbers they are given. Pure, unit-tested.
 */
export const CHART_SIZE = { width: 640, height: 270, top: 30, right: 24, bottom: 36, left: 64 } as const

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

/** A tick of the value axis: its value (for the label) and where it is drawn. */
export type ChartTick = { value: number; y: number }

/** Everything CumulativeLineChart draws, in viewBox units. */
export type LineChartGeometry = {
  ticks: ChartTick[]
  /** x of each month's start, and of the end of the last month (months + 1 values). */
  monthEdges: number[]
  /** x of each month's middle, for its label. */
  monthCentres: number[]
  targetY: number | null
  path: string
  /** The running total's points after the period's start: where, and the total there. */
  points: { x: number; y: number; value: number }[]
}

/** Everything MonthlyBarChart draws, in viewBox units. */
export type BarChartGeometry = {
  ticks: ChartTick[]
  bandwidth: number
  /** One per month: where its band starts; for a month begun, its bar's top and height. */
  bars: { x: number; bar: { value: number; y: number; height: number } | null }[]
}

/** The progress overview's two charts, as its loaders compute them. */
export type ProgressChartsGeometry = { fdi: LineChartGeometry; starts: BarChartGeometry }
