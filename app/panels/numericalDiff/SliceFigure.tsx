import { useMemo, useRef, type KeyboardEvent } from 'react';
import { line, scaleLinear } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { partialDomain } from '../../store/partialSlice.ts';
import { sliderKeyValue } from '../../charts/sliderKeys.ts';
import { useDrag } from '../../charts/useDrag.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import '../../charts/figurePx.css';

/** Tick text with a true minus sign. */
const tickFormat = (v: number) => String(v).replace('-', '−');

const margin = { top: 14, right: 16, bottom: 52, left: 60 };
const grid = Array.from({ length: 201 }, (_, i) => partialDomain.min + i * 0.05);

export interface SliceFigureProps {
  /** 'x0' or 'x1': which variable moves along this slice. */
  variable: 'x0' | 'x1';
  /** f with the other variable held fixed (the book's function_tmp1 / function_tmp2). */
  f: (t: number) => number;
  t: number;
  slope: number;
  labels: { figure: string; axisT: string; axisF: string; point: string; slope: string };
  onMove: (t: number) => void;
}

/** One slice of f(x0, x1) = x0² + x1² with its tangent; the point is dragged along t or moved with keys. */
export function SliceFigure({ variable, f, t, slope, labels, onMove }: SliceFigureProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = Math.max(280, Math.min(520, useElementWidth(wrapRef, 420)));
  const height = Math.round(Math.min(340, Math.max(260, width * 0.75)));
  const { xScale, yScale } = useMemo(
    () => ({
      xScale: scaleLinear().domain([partialDomain.min, partialDomain.max]).range([margin.left, width - margin.right]),
      yScale: scaleLinear().domain([0, 50]).range([height - margin.bottom, margin.top]),
    }),
    [width, height],
  );
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const curve = useMemo(() => line<number>().x((v) => xScale(v)).y((v) => yScale(f(v)))(grid) ?? '', [f, xScale, yScale]);
  const ft = f(t);
  const [a, b] = [partialDomain.min, partialDomain.max];
  const tangent = { x1: xScale(a), y1: svgSafe(yScale(ft + slope * (a - t))), x2: xScale(b), y2: svgSafe(yScale(ft + slope * (b - t))) };

  const drag = useDrag((clientX, clientY) => {
    if (!svgRef.current) return;
    const p = svgPoint(svgRef.current, clientX, clientY);
    onMove(Math.round(xScale.invert(p.x) * 100) / 100);
  });
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const next = sliderKeyValue(e, t, { step: 0.1, shiftStep: 1, min: a, max: b });
    if (next === undefined) return;
    e.preventDefault();
    onMove(Math.round(next * 100) / 100);
  };
  const handlers = drag.handlers();
  const px = xScale(t);
  const py = yScale(ft);
  return (
    <div ref={wrapRef} className="figure-measure">
    <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="figure figure-px" role="img" aria-label={labels.figure} data-testid={`slice-${variable}`}>
      <defs>
        <clipPath id={`slice-clip-${variable}`}>
          <rect x={margin.left} y={margin.top} width={plotW} height={plotH} />
        </clipPath>
      </defs>
      <Axis scale={yScale} orientation="left" at={margin.left} grid={plotW} ticks={5} />
      <text transform={`translate(16,${margin.top + plotH / 2}) rotate(-90)`} textAnchor="middle" className="axis-label">
        {labels.axisF}
      </text>
      <Axis scale={xScale} orientation="bottom" at={height - margin.bottom} label={labels.axisT} grid={plotH} ticks={width < 400 ? 5 : 10} tickFormat={tickFormat} />
      <rect x={margin.left} y={margin.top} width={plotW} height={plotH} className="drag-surface" data-testid={`slice-${variable}-surface`} {...handlers} />
      <g clipPath={`url(#slice-clip-${variable})`} pointerEvents="none">
        <path d={curve} className="curve" />
        <line {...tangent} className="tangent" data-testid={`slice-${variable}-tangent`} />
        <line x1={px} x2={px} y1={py} y2={height - margin.bottom} className="guide" />
      </g>
      <g
        className="drag-point" tabIndex={0} role="slider" aria-label={labels.point}
        aria-valuemin={a} aria-valuemax={b} aria-valuenow={t} data-testid={`slice-${variable}-point`}
        transform={`translate(${px},${py})`} onKeyDown={onKeyDown} {...handlers}
      >
        <circle r={18} className="hit-area" />
        <circle r={7} className="point" />
      </g>
      <g className="legend" transform={`translate(${margin.left + plotW / 2},${margin.top + 14})`} pointerEvents="none">
        <text textAnchor="middle" className="slice-slope" data-testid={`slice-${variable}-slope`}>{labels.slope}</text>
      </g>
    </svg>
    </div>
  );
}
