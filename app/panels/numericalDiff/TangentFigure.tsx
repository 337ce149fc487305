import { useMemo, useRef, type KeyboardEvent } from 'react';
import { line, scaleLinear } from 'd3';
import { function1 } from '../../../src-core/index.ts';
import { Axis } from '../../charts/Axis.tsx';
import { svgPoint } from '../../charts/svgPoint.ts';
import { sliderKeyValue } from '../../charts/sliderKeys.ts';
import { useDrag } from '../../charts/useDrag.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { tangentDomain } from '../../store/tangentSlice.ts';
import '../../charts/figurePx.css';

const margin = { top: 16, right: 24, bottom: 56, left: 64 };
const samples = Array.from({ length: 201 }, (_, i) => i * 0.1);
/** Tick text with a true minus sign. */
const tickFormat = (v: number) => String(v).replace('-', '−');

/** Scales and the curve for a figure `width` CSS pixels wide (drawn 1:1, so text keeps its size on a phone). */
function geometry(width: number) {
  const height = Math.round(Math.min(420, Math.max(280, width * 0.58)));
  const xScale = scaleLinear().domain([tangentDomain.min, tangentDomain.max]).range([margin.left, width - margin.right]);
  const yScale = scaleLinear().domain([-1, 6.5]).range([height - margin.bottom, margin.top]);
  const curvePath = line<number>().x((x) => xScale(x)).y((x) => yScale(function1(x)))(samples) ?? '';
  return { height, xScale, yScale, curvePath };
}

export interface TangentFigureProps {
  x: number;
  slope: number;
  label: string;
  pointLabel: string;
  tangentLegend: string;
  curveLegend: string;
  onMove: (x: number) => void;
}

/** f(x) on [0, 20] with a draggable tangent point; d3 computes the geometry, React draws it. */
export function TangentFigure({ x, slope, label, pointLabel, tangentLegend, curveLegend, onMove }: TangentFigureProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = Math.max(300, Math.min(820, useElementWidth(wrapRef, 720)));
  const { height, xScale, yScale, curvePath } = useMemo(() => geometry(width), [width]);
  const fx = function1(x);
  const tangent = useMemo(() => {
    const [x0, x1] = [tangentDomain.min, tangentDomain.max];
    return { x1: xScale(x0), y1: yScale(fx + slope * (x0 - x)), x2: xScale(x1), y2: yScale(fx + slope * (x1 - x)) };
  }, [x, fx, slope, xScale, yScale]);

  const drag = useDrag((clientX, clientY) => {
    if (!svgRef.current) return;
    const p = svgPoint(svgRef.current, clientX, clientY);
    // Two decimals keeps the URL tidy; typed values keep full precision.
    onMove(Math.round(xScale.invert(p.x) * 100) / 100);
  });
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const next = sliderKeyValue(e, x, { step: 0.1, shiftStep: 1, ...tangentDomain });
    if (next === undefined) return;
    e.preventDefault();
    onMove(Math.round(next * 100) / 100);
  };

  const px = xScale(x);
  const py = yScale(fx);
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  return (
    <div ref={wrapRef} className="figure-measure">
    <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="figure figure-px" role="img" aria-label={label} data-testid="tangent-figure">
      <defs>
        <clipPath id="tangent-clip">
          <rect x={margin.left} y={margin.top} width={plotW} height={plotH} />
        </clipPath>
      </defs>
      <Axis scale={yScale} orientation="left" at={margin.left} label="f(x)" grid={plotW} ticks={8} tickFormat={tickFormat} />
      <Axis scale={xScale} orientation="bottom" at={height - margin.bottom} label="x" grid={plotH} ticks={width < 480 ? 5 : 10} />
      <line x1={margin.left} x2={width - margin.right} y1={yScale(0)} y2={yScale(0)} className="zero-line" />
      <rect
        x={margin.left} y={margin.top} width={plotW} height={plotH}
        className="drag-surface" data-testid="tangent-surface" {...drag.handlers()}
      />
      <g clipPath="url(#tangent-clip)" pointerEvents="none">
        <path d={curvePath} className="curve" data-testid="tangent-curve" />
        <line {...tangent} className="tangent" data-testid="tangent-line" />
        <line x1={px} x2={px} y1={py} y2={height - margin.bottom} className="guide" />
      </g>
      <g
        className="drag-point" tabIndex={0} role="slider" aria-label={pointLabel}
        aria-valuemin={tangentDomain.min} aria-valuemax={tangentDomain.max} aria-valuenow={x}
        data-testid="tangent-point" transform={`translate(${px},${py})`}
        {...drag.handlers()} onKeyDown={onKeyDown}
      >
        <circle r={18} className="hit-area" />
        <circle r={7} className="point" />
      </g>
      <g className="legend" transform={`translate(${margin.left + 16},${margin.top + 14})`}>
        <line x2={24} className="curve" />
        <text x={30} dy="0.32em">{curveLegend}</text>
        <line x2={24} y1={22} y2={22} className="tangent" />
        <text x={30} y={22} dy="0.32em">{tangentLegend}</text>
      </g>
    </svg>
    </div>
  );
}
