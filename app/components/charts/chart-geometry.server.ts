import { type ScaleLinear, scaleBand, scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import {
  type BarChartGeometry,
  CHART_SIZE,
  type LineChartGeometry,
  type ProgressChartsGeometry,
  cumulativePoints,
} from '~/components/charts/chart-geometry'

/**
 * The charts' scales and paths, computed on the server with d3 so that d3 never reaches the
 * browser: loaders pass the result (plain numbers and a path string) to the components.
 */

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

/** The share of the current month gone by today (1 for a month already over). */
export function lastMonthShare(months: readonly string[], begun: number, today: Date): number {
  const key = months[begun - 1]
  if (!key || key !== today.toISOString().slice(0, 7)) return 1
  const year = today.getUTCFullYear()
  const month = today.getUTCMonth()
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return today.getUTCDate() / days
}

/** A running total by month against a target line. */
export function lineChartGeometry({
  monthCount,
  cumulative,
  begun,
  lastMonthShare: share,
  target,
}: {
  monthCount: number
  cumulative: readonly number[]
  begun: number
  lastMonthShare: number
  target: number | null
}): LineChartGeometry {
  const y = valueScale(cumulative.slice(0, begun), target)
  const x = monthAxis(monthCount)
  const points = cumulativePoints(cumulative, begun, share)
  return {
    ticks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    monthEdges: Array.from({ length: monthCount + 1 }, (_, index) => x(index)),
    monthCentres: Array.from({ length: monthCount }, (_, index) => x(index + 0.5)),
    targetY: target !== null ? y(target) : null,
    path: linePath(points, x, y),
    points: points.slice(1).map(([month, value]) => ({ x: x(month), y: y(value), value })),
  }
}

/** A count per month as bars; months not begun have none. */
export function barChartGeometry({
  months,
  values,
  begun,
}: {
  months: readonly string[]
  values: readonly number[]
  begun: number
}): BarChartGeometry {
  const { height, bottom, left } = CHART_SIZE
  const shown = values.slice(0, begun)
  const y = valueScale(shown, null, Math.min(5, Math.max(1, ...shown)))
  const x = monthBands(months)
  return {
    ticks: wholeTicks(y, 5).map((value) => ({ value, y: y(value) })),
    bandwidth: x.bandwidth(),
    bars: months.map((month, index) => {
      const value = index < begun ? (values[index] ?? 0) : null
      return {
        x: x(month) ?? left,
        bar: value === null ? null : { value, y: y(value), height: Math.max(0, height - bottom - y(value)) },
      }
    }),
  }
}

type ChartsInput = {
  fdi: { months: readonly string[]; begun: number; cumulative: readonly bigint[] }
  fdiTarget: number | null
  starts: { months: readonly string[]; begun: number; inMonth: readonly number[] }
  today: Date
}

// The overview's series come from its exact cache (progress-overview.server.ts): while the
// database is unchanged the loader receives the very same objects, and the geometry, a pure
// function of its input, is remembered beside them instead of drawn again for every request.
const remembered = new WeakMap<ChartsInput['fdi'], { input: ChartsInput; geometry: ProgressChartsGeometry }>()

/** The progress overview's two charts (the overview and the printable report show both). */
export function progressChartsGeometry(input: ChartsInput): ProgressChartsGeometry {
  const previous = remembered.get(input.fdi)
  if (
    previous &&
    previous.input.starts === input.starts &&
    previous.input.fdiTarget === input.fdiTarget &&
    previous.input.today.getTime() === input.today.getTime()
  )
    return previous.geometry
  const geometry = drawProgressCharts(input)
  remembered.set(input.fdi, { input, geometry })
  return geometry
}

function drawProgressCharts({ fdi, fdiTarget, starts, today }: ChartsInput): ProgressChartsGeometry {
  return {
    fdi: lineChartGeometry({
      monthCount: fdi.months.length,
      cumulative: fdi.cumulative.map((usd) => Number(usd)),
      begun: fdi.begun,
      lastMonthShare: lastMonthShare(fdi.months, fdi.begun, today),
      target: fdiTarget,
    }),
    starts: barChartGeometry({ months: starts.months, values: starts.inMonth, begun: starts.begun }),
  }
}
