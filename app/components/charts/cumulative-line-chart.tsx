import { CHART_SIZE, type LineChartGeometry } from '~/components/charts/chart-geometry'

/**
 * A running total by month against a target line, drawn on the server. The SVG is one
 * image to assistive technology (role="img", named by its <title> and <desc>); the ticks
 * and labels inside are for the eye, the figure's table carries the numbers. The positions
 * come from the loader (lineChartGeometry in chart-geometry.server.ts).
 */
export function CumulativeLineChart({
  ids,
  title,
  description,
  monthLabels,
  geometry,
  targetLabel,
  formatTick,
  axisLabel,
}: {
  ids: { titleId: string; descId: string }
  title: string
  description: string
  monthLabels: readonly string[]
  geometry: LineChartGeometry
  targetLabel: string | null
  formatTick: (value: number) => string
  axisLabel: string
}) {
  const { width, height, top, bottom, left, right } = CHART_SIZE
  const { ticks, monthEdges, monthCentres, targetY, path, points } = geometry
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
      {monthLabels.map((label, index) => (
        <text
          key={label + index}
          x={monthCentres[index]}
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
          x1={monthEdges[index]}
          x2={monthEdges[index]}
          y1={height - bottom}
          y2={height - bottom + 5}
          className="stroke-slate-500"
        />
      ))}
      <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} className="stroke-slate-500" />
      {targetY !== null ? (
        <g>
          <line
            x1={left}
            x2={width - right}
            y1={targetY}
            y2={targetY}
            strokeDasharray="6 4"
            strokeWidth="2"
            className="stroke-amber-700"
          />
          {targetLabel ? (
            <text x={left + 6} y={targetY - 6} className="fill-amber-900" fontWeight="600">
              {targetLabel}
            </text>
          ) : null}
        </g>
      ) : null}
      <path d={path} fill="none" strokeWidth="3" className="stroke-brand-700" />
      {points.map((point) => (
        <circle key={point.x} cx={point.x} cy={point.y} r="4" className="fill-brand-700" />
      ))}
      {last ? (
        <text x={last.x} y={last.y - 10} textAnchor="middle" className="fill-slate-900" fontWeight="600">
          {formatTick(last.value)}
        </text>
      ) : null}
    </svg>
  )
}
