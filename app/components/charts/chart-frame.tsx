import { type ReactNode } from 'react'
import { CHART_SIZE, type ChartTick } from '~/components/charts/chart-geometry'

/**
 * What every chart of the overview shares: the SVG named for assistive technology by its
 * <title> and <desc> (one image; the figure's table carries the numbers), the horizontal
 * grid with its value labels, and the axis label. The chart draws the rest as children.
 */
export function ChartFrame({
  ids,
  title,
  description,
  ticks,
  formatTick,
  axisLabel,
  children,
}: {
  ids: { titleId: string; descId: string }
  title: string
  description: string
  ticks: readonly ChartTick[]
  formatTick: (value: number) => string
  axisLabel: string
  children: ReactNode
}) {
  const { width, height, top, left, right } = CHART_SIZE
  return (
    <svg
      role="img"
      aria-labelledby={`${ids.titleId} ${ids.descId}`}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      fontSize="12"
    >
      <title id={ids.titleId}>{title}</title>
      <desc id={ids.descId}>{description}</desc>
      {/* The grid as one path and its labels in one group: a chart's few elements are rendered
          on every load of the overview. */}
      <path
        d={ticks.map((tick) => `M${left} ${tick.y}H${width - right}`).join('')}
        fill="none"
        className="stroke-slate-200"
      />
      <g textAnchor="end" className="fill-slate-700">
        {ticks.map((tick) => (
          <text key={tick.value} x={left - 8} y={tick.y} dy="0.32em">
            {formatTick(tick.value)}
          </text>
        ))}
      </g>
      <text x={left - 8} y={top - 8} textAnchor="end" className="fill-slate-700">
        {axisLabel}
      </text>
      {children}
    </svg>
  )
}
