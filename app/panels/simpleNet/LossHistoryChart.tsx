import { useRef } from 'react';
import { line, scaleLinear } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { formatCompact } from '../../charts/formatNumber.ts';
import { svgSafe } from '../../charts/svgPoint.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import '../../charts/figurePx.css';

export interface LossHistoryChartProps {
  /** Loss at step 0, 1, 2, … (the last one is the current loss). */
  losses: readonly number[];
  label: string;
  xLabel: string;
  yLabel: string;
}

const margin = { top: 22, right: 20, bottom: 52, left: 64 };

/** The loss after each gradient-descent step, on axes from 0: the book's training-loss plot in miniature. */
export function LossHistoryChart({ losses, label, xLabel, yLabel }: LossHistoryChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  // Drawn 1:1 in CSS pixels, so its text keeps its size on a phone.
  const width = Math.max(280, Math.min(760, useElementWidth(wrapRef, 640)));
  const height = Math.round(Math.min(280, Math.max(220, width * 0.42)));
  const finite = losses.filter(Number.isFinite);
  const last = Math.max(losses.length - 1, 1);
  const x = scaleLinear().domain([0, Math.max(10, last)]).range([margin.left, width - margin.right]);
  const top = finite.length > 0 ? Math.max(...finite) : 1;
  const y = scaleLinear().domain([0, top > 0 ? top * 1.08 : 1]).range([height - margin.bottom, margin.top]).nice();
  const points = losses.map((l, i) => [i, l] as const).filter(([, l]) => Number.isFinite(l));
  const path = line<readonly [number, number]>().x(([i]) => svgSafe(x(i))).y(([, l]) => svgSafe(y(l)))(points) ?? '';
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const integerTicks = x.ticks(width < 480 ? 5 : 8).filter(Number.isInteger);
  const end = points[points.length - 1];
  // The current loss is labelled beside its point, on whichever side has room.
  const right = end !== undefined && x(end[0]) > (margin.left + width - margin.right) / 2;
  return (
    <div ref={wrapRef} className="figure-measure">
    <svg viewBox={`0 0 ${width} ${height}`} className="figure figure-px loss-history" role="img" aria-label={label} data-testid="sn-history-chart">
      <Axis scale={y} orientation="left" at={margin.left} label={yLabel} grid={plotW} ticks={5} tickFormat={(v) => formatCompact(v, 3)} />
      <Axis scale={x} orientation="bottom" at={height - margin.bottom} label={xLabel} grid={plotH} tickValues={integerTicks} />
      <path d={path} className="history-line" data-testid="sn-history-line" data-points={points.length} />
      {points.length <= 60 && points.map(([i, l]) => <circle key={i} cx={svgSafe(x(i))} cy={svgSafe(y(l))} r={3} className="history-dot" />)}
      {end && (
        <text
          x={svgSafe(x(end[0])) + (right ? -6 : 8)} y={svgSafe(y(end[1])) - 10}
          textAnchor={right ? 'end' : 'start'} className="history-end" data-testid="sn-history-end"
        >
          {formatCompact(end[1], 4)}
        </text>
      )}
    </svg>
    </div>
  );
}
