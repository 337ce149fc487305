import type { KeyboardEvent } from 'react';
import { interpolateRdBu, scaleDiverging } from 'd3';
import { svgSafe } from '../../charts/svgPoint.ts';

export interface HeatMapProps {
  /** rows×cols values, row-major. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** The colour scale runs from −scaleMax (blue) through 0 (white) to +scaleMax (red). */
  scaleMax: number;
  format: (value: number) => string;
  rowLabel: (i: number) => string;
  colLabel: (j: number) => string;
  /** Highlighted cell (row-major index), or null. */
  selected: number | null;
  /** Makes cells buttons that pick a cell. */
  onSelect?: (cell: number) => void;
  cellLabel?: (cell: number) => string;
  label: string;
  testId: string;
}

const cellW = 76;
const cellH = 46;
const left = 40;
const top = 22;

/** A small matrix drawn as coloured cells with the values printed in them (diverging scale, 0 is white). */
export function HeatMap({ values, rows, cols, scaleMax, format, rowLabel, colLabel, selected, onSelect, cellLabel, label, testId }: HeatMapProps) {
  const m = scaleMax > 0 && Number.isFinite(scaleMax) ? scaleMax : 1;
  const color = scaleDiverging(interpolateRdBu).domain([m, 0, -m]).clamp(true);
  const width = left + cols * cellW + 2;
  const height = top + rows * cellH + 2;
  const onKey = (cell: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect?.(cell);
    }
  };
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="heat-map" role="img" aria-label={label} data-testid={testId}>
      {Array.from({ length: cols }, (_, j) => (
        <text key={`c${j}`} x={left + (j + 0.5) * cellW} y={top - 7} textAnchor="middle" className="heat-axis">{colLabel(j)}</text>
      ))}
      {Array.from({ length: rows }, (_, i) => (
        <text key={`r${i}`} x={left - 8} y={top + (i + 0.5) * cellH} dy="0.32em" textAnchor="end" className="heat-axis">{rowLabel(i)}</text>
      ))}
      {Array.from({ length: rows * cols }, (_, cell) => {
        const i = Math.floor(cell / cols);
        const j = cell % cols;
        const v = values[cell];
        const strong = Number.isFinite(v) && Math.abs(v) / m > 0.55;
        const interactive = onSelect !== undefined;
        return (
          <g
            key={cell} transform={`translate(${left + j * cellW},${top + i * cellH})`}
            className={interactive ? 'heat-cell interactive' : 'heat-cell'}
            role={interactive ? 'button' : undefined} tabIndex={interactive ? 0 : undefined}
            aria-label={interactive && cellLabel ? cellLabel(cell) : undefined}
            aria-pressed={interactive ? selected === cell : undefined}
            onClick={interactive ? () => onSelect(cell) : undefined} onKeyDown={interactive ? onKey(cell) : undefined}
            data-testid={`${testId}-cell-${cell}`} data-value={Number.isFinite(v) ? v : undefined}
          >
            <rect width={cellW} height={cellH} fill={Number.isFinite(v) ? color(svgSafe(v)) : '#ddd'} className="heat-rect" />
            <text x={cellW / 2} y={cellH / 2} dy="0.32em" textAnchor="middle" className={strong ? 'heat-value light' : 'heat-value'}>
              {format(v)}
            </text>
          </g>
        );
      })}
      {selected !== null && (
        <rect
          x={left + (selected % cols) * cellW + 1.5} y={top + Math.floor(selected / cols) * cellH + 1.5}
          width={cellW - 3} height={cellH - 3} className="heat-selected" pointerEvents="none"
        />
      )}
    </svg>
  );
}
