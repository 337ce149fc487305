import { useMemo, useRef } from 'react';
import { curveStepAfter, extent, line, scaleLinear } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { useDrag } from '../../charts/useDrag.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import '../../charts/figurePx.css';

const margin = { top: 14, right: 14, bottom: 44, left: 60 };

export interface MiniChartProps {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  /** Fixed vertical range; otherwise the data's, padded. */
  yDomain?: [number, number];
  step?: boolean;
  xLabel: string;
  yLabel: string;
  label: string;
  testId: string;
  /** A vertical marker at this x; dragging anywhere on the chart moves it. */
  marker?: number;
  onMarker?: (x: number) => void;
  markerLabel?: string;
  className?: string;
}

/** One series over x, with an optional draggable vertical marker. d3 computes the scales and path, React draws. */
export function MiniChart({ xs, ys, yDomain, step, xLabel, yLabel, label, testId, marker, onMarker, markerLabel, className = 'mini-line' }: MiniChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = Math.max(280, Math.min(560, useElementWidth(wrapRef, 480)));
  const height = 200;
  const bottom = height - margin.bottom;
  const geo = useMemo(() => {
    const xr = extent(Array.from(xs)) as [number, number];
    const x = scaleLinear().domain(xr[0] === undefined ? [0, 1] : xr).range([margin.left, width - margin.right]);
    let yr = yDomain ?? (extent(Array.from(ys).filter(Number.isFinite)) as [number, number]);
    if (yr[0] === undefined) yr = [0, 1];
    if (yr[0] === yr[1]) yr = [yr[0] - 1, yr[1] + 1];
    const pad = yDomain ? 0 : (yr[1] - yr[0]) * 0.08;
    const y = scaleLinear().domain([yr[0] - pad, yr[1] + pad]).range([bottom, margin.top]).nice();
    const pts = Array.from(xs, (v, i) => [v, ys[i]] as [number, number]);
    const gen = line<[number, number]>().defined((p) => Number.isFinite(p[1])).x((p) => x(p[0])).y((p) => svgSafe(y(p[1])));
    if (step) gen.curve(curveStepAfter);
    return { x, y, d: gen(pts) ?? '' };
  }, [xs, ys, yDomain, step, width, bottom]);
  const drag = useDrag((clientX, clientY) => {
    if (!svgRef.current || !onMarker) return;
    const p = svgPoint(svgRef.current, clientX, clientY);
    const [lo, hi] = geo.x.domain();
    onMarker(Math.min(hi, Math.max(lo, geo.x.invert(p.x))));
  });
  const plotW = width - margin.left - margin.right;
  const mx = marker === undefined ? null : svgSafe(geo.x(marker));
  return (
    <div ref={wrapRef} className="figure-measure mini-chart">
      <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="figure figure-px" role="img" aria-label={label} data-testid={testId}>
        <Axis scale={geo.y} orientation="left" at={margin.left} ticks={4} grid={plotW} label={yLabel} />
        <Axis scale={geo.x} orientation="bottom" at={bottom} ticks={width < 400 ? 4 : 6} label={xLabel} />
        <path d={geo.d} className={className} />
        {onMarker && (
          <rect x={margin.left} y={margin.top} width={plotW} height={bottom - margin.top} className="drag-surface" {...drag.handlers()} />
        )}
        {mx !== null && (
          <g pointerEvents="none">
            <line x1={mx} x2={mx} y1={margin.top} y2={bottom} className="sweep-marker" />
            {markerLabel && <text x={mx + 4} y={margin.top + 10} className="sweep-marker-label">{markerLabel}</text>}
          </g>
        )}
      </svg>
    </div>
  );
}
