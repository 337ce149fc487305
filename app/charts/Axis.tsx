export interface AxisScale {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

export interface AxisProps {
  scale: AxisScale;
  orientation: 'bottom' | 'left';
  /** Where the axis line sits: y for a bottom axis, x for a left axis (in SVG units). */
  at: number;
  ticks?: number;
  tickValues?: number[];
  tickFormat?: (value: number) => string;
  label?: string;
  /** Length of grid lines drawn across the plot (0: none). */
  grid?: number;
  /** Distance of the title from the axis line (default 40 below a bottom axis, 46 left of a left axis). */
  labelOffset?: number;
}

/** An axis drawn by React from a d3 scale: d3 computes ticks, React owns every element. */
export function Axis({ scale, orientation, at, ticks = 6, tickValues, tickFormat = String, label, grid = 0, labelOffset }: AxisProps) {
  const values = tickValues ?? scale.ticks(ticks);
  const [r0, r1] = scale.range();
  if (orientation === 'bottom') {
    return (
      <g className="axis axis-bottom" transform={`translate(0,${at})`}>
        <line x1={r0} x2={r1} className="axis-line" />
        {values.map((v) => (
          <g key={v} transform={`translate(${scale(v)},0)`}>
            {grid > 0 && <line y2={-grid} className="grid-line" />}
            <line y2={6} className="tick-line" />
            <text y={20} textAnchor="middle" className="tick-label">
              {tickFormat(v)}
            </text>
          </g>
        ))}
        {label && (
          <text x={(r0 + r1) / 2} y={labelOffset ?? 40} textAnchor="middle" className="axis-label">
            {label}
          </text>
        )}
      </g>
    );
  }
  return (
    <g className="axis axis-left" transform={`translate(${at},0)`}>
      <line y1={r0} y2={r1} className="axis-line" />
      {values.map((v) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          {grid > 0 && <line x2={grid} className="grid-line" />}
          <line x2={-6} className="tick-line" />
          <text x={-10} dy="0.32em" textAnchor="end" className="tick-label">
            {tickFormat(v)}
          </text>
        </g>
      ))}
      {label && (
        <text transform={`translate(${-(labelOffset ?? 46)},${(r0 + r1) / 2}) rotate(-90)`} textAnchor="middle" className="axis-label">
          {label}
        </text>
      )}
    </g>
  );
}
