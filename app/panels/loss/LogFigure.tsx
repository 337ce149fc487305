import { useMemo, useRef, type KeyboardEvent } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import { crossEntropyError } from '../../../src-core/index.ts';
import { Axis } from '../../charts/Axis.tsx';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { sliderKeyValue } from '../../charts/sliderKeys.ts';
import { useDrag } from '../../charts/useDrag.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { decades, formatPowerOfTen } from '../../charts/powerOfTen.ts';
import '../../charts/figurePx.css';
import { PARTS } from '../../store/lossParts.ts';

const margin = { top: 20, right: 20, bottom: 56, left: 56 };
const eMax = 18;
/** Left end of the log axis; yₜ = 0 is drawn there. */
const logMin = 1e-9;
/** The book's cross-entropy of a one-class output: −log(y + 1e-7), straight from the core. */
const lossAt = (y: number) => crossEntropyError([y], 0);
export const ceiling = lossAt(0);
// Log-spaced samples so the steep rise near 0 is drawn, plus y = 0 itself.
const samples = [0, ...Array.from({ length: 241 }, (_, i) => 10 ** (-12 + i / 20))];
const curve = samples.map((y) => ({ y, e: lossAt(y) }));
const bare = samples.filter((y) => y > 0).map((y) => ({ y, e: -Math.log(y) }));

/**
 * Where the point's label goes. The curve falls from left to right, so above-right of the point is clear;
 * a label to the left must sit above the curve at the label's far (left) end, which is higher than the point.
 */
function labelClearOfCurve(
  px: number, py: number, onRight: boolean, textWidth: number,
  invertX: (x: number) => number, eOf: (v: number) => number,
): { x: number; y: number } {
  if (onRight) return { x: px + 12, y: py - 12 };
  const leftEnd = Math.max(margin.left, px - 12 - textWidth);
  const curveTop = eOf(Math.min(eMax, lossAt(Math.max(0, invertX(leftEnd)))));
  return { x: px - 12, y: Math.max(margin.top + 14, Math.min(py - 12, curveTop - 8)) };
}

export interface LogFigureProps {
  yTrue: number;
  logScale: boolean;
  labels: { figure: string; axisY: string; axisE: string; curve: string; bare: string; ceiling: string; atZero: string; point: string };
  onY: (parts: number) => void;
}

/** −log(y + δ) over y in [0, 1] with the current yₜ and the ceiling δ creates at y = 0. */
export function LogFigure({ yTrue, logScale, labels, onY }: LogFigureProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = Math.max(300, Math.min(820, useElementWidth(wrapRef, 720)));
  const height = Math.round(Math.min(400, Math.max(300, width * 0.5)));
  const bottom = height - margin.bottom;
  const geo = useMemo(() => {
    const range = [margin.left, width - margin.right];
    const lin = scaleLinear().domain([0, 1]).range(range);
    const log = scaleLog().domain([logMin, 1]).range(range).clamp(true);
    const xOf = (y: number) => (logScale ? log(Math.max(logMin, y)) : lin(y));
    const e = scaleLinear().domain([0, eMax]).range([bottom, margin.top]);
    const path = (points: { y: number; e: number }[]) =>
      line<{ y: number; e: number }>()
        .defined((p) => (logScale ? p.y >= logMin : true))
        .x((p) => xOf(p.y))
        .y((p) => e(Math.min(eMax + 2, p.e)))(points) ?? '';
    return { lin, log, xOf, e, curvePath: path(curve), barePath: path(bare) };
  }, [width, bottom, logScale]);
  const plotW = width - margin.left - margin.right;
  const plotH = bottom - margin.top;

  const drag = useDrag((clientX, clientY) => {
    if (!svgRef.current) return;
    const p = svgPoint(svgRef.current, clientX, clientY);
    const px = Math.min(width - margin.right, Math.max(margin.left, p.x));
    const y = logScale ? geo.log.invert(px) : geo.lin.invert(px);
    onY(Math.round(y * PARTS));
  });
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const next = sliderKeyValue(e, Math.round(yTrue * PARTS), { step: PARTS / 100, shiftStep: PARTS / 10, min: 0, max: PARTS });
    if (next === undefined) return;
    e.preventDefault();
    onY(next);
  };

  const value = lossAt(yTrue);
  const px = svgSafe(geo.xOf(yTrue));
  const py = svgSafe(geo.e(value));
  const cy = geo.e(ceiling);
  const handlers = drag.handlers();
  const pointOnRight = px < margin.left + plotW * 0.6;
  const pointText = yTrue === 0 && logScale ? `${labels.atZero}: E = ${value.toFixed(4)}` : `yₜ = ${yTrue}, E = ${value.toFixed(4)}`;
  const labelPos = labelClearOfCurve(px, py, pointOnRight, pointText.length * 7.2, logScale ? geo.log.invert : geo.lin.invert, geo.e);
  return (
    <div ref={wrapRef} className="figure-measure">
      <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="figure figure-px" role="img" aria-label={labels.figure} data-testid="log-figure">
        <defs>
          <clipPath id="log-clip">
            <rect x={margin.left} y={margin.top} width={plotW} height={plotH} />
          </clipPath>
        </defs>
        <Axis scale={geo.e} orientation="left" at={margin.left} tickValues={[0, 2, 4, 6, 8, 10, 12, 14, 16, 18]} grid={plotW} label={labels.axisE} />
        {logScale ? (
          <Axis scale={geo.log} orientation="bottom" at={bottom} tickValues={decades(-9, 0)} tickFormat={formatPowerOfTen} grid={plotH} label={labels.axisY} />
        ) : (
          <Axis scale={geo.lin} orientation="bottom" at={bottom} ticks={width < 500 ? 5 : 10} grid={plotH} label={labels.axisY} />
        )}
        <rect x={margin.left} y={margin.top} width={plotW} height={plotH} className="drag-surface" data-testid="log-surface" {...handlers} />
        <g clipPath="url(#log-clip)" pointerEvents="none">
          <line x1={margin.left} x2={width - margin.right} y1={cy} y2={cy} className="log-ceiling" data-testid="log-ceiling" />
          <path d={geo.barePath} className="log-bare" />
          <path d={geo.curvePath} className="curve" data-testid="log-curve" />
          <line x1={px} x2={px} y1={py} y2={bottom} className="guide" />
        </g>
        <text x={width - margin.right - 6} y={cy - 6} textAnchor="end" className="log-ceiling-label">{labels.ceiling}</text>
        <g
          className="drag-point" tabIndex={0} role="slider" aria-label={labels.point} aria-valuemin={0} aria-valuemax={1}
          aria-valuenow={yTrue} data-testid="log-point" transform={`translate(${px},${py})`} onKeyDown={onKeyDown} {...handlers}
        >
          <circle r={16} className="hit-area" />
          <circle r={6.5} className="point" />
        </g>
        <text
          x={labelPos.x} y={labelPos.y} textAnchor={pointOnRight ? 'start' : 'end'}
          className="log-point-label" data-testid="log-point-label"
        >
          {pointText}
        </text>
        <g className="legend" transform={`translate(${width - margin.right - (width < 500 ? 200 : 240)},${margin.top + 60})`} pointerEvents="none">
          <line x2={22} className="curve" />
          <text x={28} dy="0.32em">{labels.curve}</text>
          <line x2={22} y1={22} y2={22} className="log-bare" />
          <text x={28} y={22} dy="0.32em">{labels.bare}</text>
        </g>
      </svg>
    </div>
  );
}
