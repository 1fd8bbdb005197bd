import { ChartFrame } from '~/components/charts/chart-frame'
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
  const { width, height, bottom, left, right } = CHART_SIZE
  const { ticks, monthEdges, monthCentres, targetY, path, points } = geometry
  const last = points.at(-1)
  return (
    <ChartFrame
      ids={ids}
      title={title}
      description={description}
      ticks={ticks}
      formatTick={formatTick}
      axisLabel={axisLabel}
    >
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
    </ChartFrame>
  )
}
