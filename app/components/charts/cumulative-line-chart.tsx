import { CHART_SIZE, cumulativePoints, linePath, monthAxis, valueScale } from '~/components/charts/chart-geometry'

/**
 * A running total by month against a target line, drawn on the server. The SVG is one
 * image to assistive technology (role="img", named by its <title> and <desc>); the ticks
 * and labels inside are for the eye, the figure's table carries the numbers.
 */
export function CumulativeLineChart({
  ids,
  title,
  description,
  monthLabels,
  cumulative,
  begun,
  lastMonthShare,
  target,
  targetLabel,
  formatTick,
  axisLabel,
}: {
  ids: { titleId: string; descId: string }
  title: string
  description: string
  monthLabels: readonly string[]
  cumulative: readonly number[]
  begun: number
  lastMonthShare: number
  target: number | null
  targetLabel: string | null
  formatTick: (value: number) => string
  axisLabel: string
}) {
  const { width, height, top, bottom, left, right } = CHART_SIZE
  const y = valueScale(cumulative.slice(0, begun), target)
  const x = monthAxis(monthLabels.length)
  const points = cumulativePoints(cumulative, begun, lastMonthShare)
  const last = points.at(-1)
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
      {y.ticks(5).map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
          <text x={left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="fill-slate-700">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      <text x={left - 8} y={top - 8} textAnchor="end" className="fill-slate-700">
        {axisLabel}
      </text>
      {monthLabels.map((label, index) => (
        <text
          key={label + index}
          x={x(index + 0.5)}
          y={height - bottom + 20}
          textAnchor="middle"
          className="fill-slate-700"
        >
          {label}
        </text>
      ))}
      {monthLabels.map((label, index) => (
        <line
          key={`tick-${label}-${index}`}
          x1={x(index)}
          x2={x(index)}
          y1={height - bottom}
          y2={height - bottom + 5}
          className="stroke-slate-500"
        />
      ))}
      <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} className="stroke-slate-500" />
      {target !== null ? (
        <g>
          <line
            x1={left}
            x2={width - right}
            y1={y(target)}
            y2={y(target)}
            strokeDasharray="6 4"
            strokeWidth="2"
            className="stroke-amber-700"
          />
          {targetLabel ? (
            <text x={left + 6} y={y(target) - 6} className="fill-amber-900" fontWeight="600">
              {targetLabel}
            </text>
          ) : null}
        </g>
      ) : null}
      <path d={linePath(points, x, y)} fill="none" strokeWidth="3" className="stroke-brand-700" />
      {points.slice(1).map(([month, value]) => (
        <circle key={month} cx={x(month)} cy={y(value)} r="4" className="fill-brand-700" />
      ))}
      {last && points.length > 1 ? (
        <text x={x(last[0])} y={y(last[1]) - 10} textAnchor="middle" className="fill-slate-900" fontWeight="600">
          {formatTick(last[1])}
        </text>
      ) : null}
    </svg>
  )
}
