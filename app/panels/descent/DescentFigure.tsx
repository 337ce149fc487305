import { useMemo, useRef, type KeyboardEvent } from 'react';
import { line } from 'd3';
import type { GradientDescentPoint } from '../../../src-core/index.ts';
import { Axis } from '../../charts/Axis.tsx';
import type { SquareLayout } from '../../charts/squareLayout.ts';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { useDrag } from '../../charts/useDrag.ts';
import '../../charts/figurePx.css';
import { ColorBar } from '../../charts/ColorBar.tsx';
import { ContourLayer } from '../../charts/ContourLayer.tsx';
import { labelledThresholds } from '../../charts/contourColors.ts';
import { descentContours, overflowThreshold } from './descentContours.ts';
import { tickText, type DescentView } from './descentView.ts';

/** Width of one character of tick text (12 px monospace). */
export const tickCharWidth = 7.3;

export interface DescentFigureLabels {
  figure: string;
  start: string;
  current: string;
  pinned: string | null;
  colorTitle: string;
  overflowBand: string;
  xAxis: string;
  yAxis: string;
}

export interface DescentFigureProps {
  /** Where the plot sits, in CSS pixels (the figure is drawn 1:1). */
  layout: SquareLayout;
  view: DescentView;
  path: GradientDescentPoint[];
  pinnedPath: GradientDescentPoint[] | null;
  step: number;
  start: [number, number];
  labels: DescentFigureLabels;
  onStartMove: (x0: number, x1: number) => void;
}

const finite = (p: GradientDescentPoint) => Number.isFinite(p.x[0]) && Number.isFinite(p.x[1]);
const round2 = (v: number) => Math.round(v * 100) / 100;

/** The descent path (and a pinned one) over the contours of f, with a draggable start and a step marker. */
export function DescentFigure({ layout, view, path, pinnedPath, step, start, labels, onStartMove }: DescentFigureProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { x, y } = view;
  const { left, top, size, width, height } = layout;
  const contours = useMemo(() => descentContours(view, { left, top, size }), [view, left, top, size]);
  const px = (p: GradientDescentPoint) => svgSafe(x(p.x[0]));
  const py = (p: GradientDescentPoint) => svgSafe(y(p.x[1]));
  const pathLine = line<GradientDescentPoint>().defined(finite).x(px).y(py);
  const d = pathLine(path) ?? '';
  const pinnedD = pinnedPath ? (pathLine(pinnedPath) ?? '') : '';
  const marker = path[Math.min(step, path.length - 1)];

  // Grabbing the start point does not move it: only a drag does.
  const drag = useDrag((clientX, clientY) => {
    if (!svgRef.current) return;
    const p = svgPoint(svgRef.current, clientX, clientY);
    onStartMove(round2(x.invert(p.x)), round2(y.invert(p.y)));
  }, { moveOnDown: false, stopPropagation: true });
  // Arrow keys move the start point while it has focus; they must not also step the path.
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const s = e.shiftKey ? 1 : 0.1;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [s, 0], ArrowLeft: [-s, 0], ArrowUp: [0, s], ArrowDown: [0, -s],
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    e.stopPropagation();
    onStartMove(round2(start[0] + move[0]), round2(start[1] + move[1]));
  };

  const sx = svgSafe(x(start[0]));
  const sy = svgSafe(y(start[1]));
  const tick = (v: number) => tickText(view.kind, v);
  // Where the x labels would touch (long 10ⁿ labels on a narrow plot), every other one is left out.
  const widest = Math.max(...view.tickValues.map((v) => tick(v).length)) * tickCharWidth;
  const thin = size / Math.max(1, view.tickValues.length - 1) < widest + 6;
  const centre = (view.tickValues.length - 1) / 2;
  const xTick = (v: number) => (thin && (view.tickValues.indexOf(v) - centre) % 2 !== 0 ? '' : tick(v));
  return (
    <>
    <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} className="figure figure-px descent-figure" role="group" aria-label={labels.figure} data-testid="descent-figure">
      <defs>
        <clipPath id="descent-clip">
          <rect x={left} y={top} width={size} height={size} />
        </clipPath>
      </defs>
      <g clipPath="url(#descent-clip)">
        <ContourLayer bands={contours.bands} color={contours.color} testId="descent-contours" />
      </g>
      <Axis scale={x} orientation="bottom" at={top + size} label={labels.xAxis} tickValues={view.tickValues} tickFormat={xTick} />
      <Axis scale={y} orientation="left" at={left} label={labels.yAxis} tickValues={view.tickValues} tickFormat={tick} labelOffset={layout.yLabelOffset} />
      <g clipPath="url(#descent-clip)" pointerEvents="none">
        {pinnedPath && (
          <g className="path-pinned" data-testid="descent-pinned">
            <path d={pinnedD} data-testid="descent-pinned-path" />
            {pinnedPath.filter(finite).map((p, i) => <circle key={i} cx={px(p)} cy={py(p)} r={4} />)}
          </g>
        )}
        <g className="path-current">
          <path d={d} data-testid="descent-path" data-points={path.filter(finite).length} />
          {path.filter(finite).map((p, i) => <circle key={i} cx={px(p)} cy={py(p)} r={2.8} />)}
        </g>
        {marker && finite(marker) && (
          <circle className="step-marker" cx={px(marker)} cy={py(marker)} r={8} data-testid="descent-marker" />
        )}
      </g>
      <g
        className="drag-point start-point" tabIndex={0} role="group" aria-label={`${labels.start}: (${start[0]}, ${start[1]})`}
        transform={`translate(${sx},${sy})`} data-testid="descent-start"
        {...drag.handlers()} onKeyDown={onKeyDown}
      >
        <circle r={18} className="hit-area" />
        <rect x={-6.5} y={-6.5} width={13} height={13} className="point" />
      </g>
      <ColorBar
        x={layout.barX} y={top + 26} width={12} height={size * 0.62}
        thresholds={contours.thresholds} color={contours.color} labelled={labelledThresholds(contours.thresholds)}
        format={(v) => (v === overflowThreshold ? labels.overflowBand : String(v))} title={labels.colorTitle} testId="descent-color-bar"
        titleAt={layout.narrow ? { x: width - 2, y: top - 8, anchor: 'end' } : undefined}
      />
    </svg>
    {/* In HTML, so a long legend wraps on a phone instead of running off the figure. */}
    <ul className="descent-legend" data-testid="descent-legend" style={{ paddingLeft: layout.narrow ? 0 : left }}>
      <li>
        <svg width={30} height={10} aria-hidden="true">
          <line x1={1} x2={29} y1={5} y2={5} className="legend-current" />
          <circle cx={15} cy={5} r={2.8} className="legend-current-dot" />
        </svg>
        {labels.current}
      </li>
      {labels.pinned && (
        <li>
          <svg width={30} height={10} aria-hidden="true">
            <line x1={1} x2={29} y1={5} y2={5} className="legend-pinned" />
            <circle cx={15} cy={5} r={4} className="legend-pinned-dot" />
          </svg>
          {labels.pinned}
        </li>
      )}
    </ul>
    </>
  );
}
