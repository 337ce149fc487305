import './contours.css';

export interface ColorBarProps {
  /** Top-left corner of the bar, in SVG units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Band edges, ascending; the bar shows one swatch per band. */
  thresholds: number[];
  color: (value: number) => string;
  /** Thresholds whose values are written beside the bar. */
  labelled: number[];
  format: (value: number) => string;
  title: string;
  /** Where the title goes (default: above the bar, starting a little left of it). */
  titleAt?: { x: number; y: number; anchor: 'start' | 'end' };
  testId?: string;
  /** Horizontal: low values on the left, labels underneath; width and height are then the bar's long and short sides. */
  horizontal?: boolean;
}

/** A small vertical colour legend for filled contours: low values at the bottom, like the plot's y axis. */
export function ColorBar({ x, y, width, height, thresholds, color, labelled, format, title, titleAt, testId, horizontal }: ColorBarProps) {
  const n = thresholds.length;
  if (horizontal) {
    const stepX = width / n;
    return (
      <g className="color-bar" data-testid={testId}>
        <text x={x} y={y - 6} className="color-bar-title">{title}</text>
        {thresholds.map((t, i) => (
          <rect key={t} x={x + i * stepX} y={y} width={stepX + 0.5} height={height} fill={color(t)} />
        ))}
        <rect x={x} y={y} width={width} height={height} className="color-bar-frame" />
        {thresholds.map((t, i) =>
          labelled.includes(t) ? (
            <g key={t} transform={`translate(${x + i * stepX},${y + height})`}>
              <line y2={4} className="tick-line" />
              <text y={15} textAnchor="middle" className="tick-label">{format(t)}</text>
            </g>
          ) : null,
        )}
      </g>
    );
  }
  const step = height / n;
  const at = (i: number) => y + height - i * step;
  return (
    <g className="color-bar" data-testid={testId}>
      <text x={titleAt?.x ?? x - 10} y={titleAt?.y ?? y - 10} textAnchor={titleAt?.anchor ?? 'start'} className="color-bar-title">
        {title}
      </text>
      {thresholds.map((t, i) => (
        <rect key={t} x={x} y={at(i + 1)} width={width} height={step + 0.5} fill={color(t)} />
      ))}
      <rect x={x} y={y} width={width} height={height} className="color-bar-frame" />
      {thresholds.map((t, i) =>
        labelled.includes(t) ? (
          <g key={t} transform={`translate(${x + width},${at(i)})`}>
            <line x2={4} className="tick-line" />
            <text x={7} dy="0.32em" className="tick-label">
              {format(t)}
            </text>
          </g>
        ) : null,
      )}
    </g>
  );
}
