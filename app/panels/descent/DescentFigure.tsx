import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { line } from 'd3';
import type { GradientDescentPoint } from '../../../src-core/index.ts';
import { Axis } from '../../charts/Axis.tsx';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { ColorBar } from '../gradient/ColorBar.tsx';
import { ContourLayer } from '../gradient/ContourLayer.tsx';
import { labelledThresholds } from '../gradient/fieldColor.ts';
import { descentContours, overflowThreshold } from './descentContours.ts';
import { tickText, type DescentView } from './descentView.ts';

export const descentPlot = { left: 70, top: 24, size: 456 };
const width = descentPlot.left + descentPlot.size + 110;
const legendTop = descentPlot.top + descentPlot.size + 64;
const height = legendTop + 56;

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
export function DescentFigure({ view, path, pinnedPath, step, start, labels, onStartMove }: DescentFigureProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const { x, y } = view;
  const contours = useMemo(() => descentContours(view, descentPlot), [view]);
  const px = (p: GradientDescentPoint) => svgSafe(x(p.x[0]));
  const py = (p: GradientDescentPoint) => svgSafe(y(p.x[1]));
  const pathLine = line<GradientDescentPoint>().defined(finite).x(px).y(py);
  const d = pathLine(path) ?? '';
  const pinnedD = pinnedPath ? (pathLine(pinnedPath) ?? '') : '';
  const marker = path[Math.min(step, path.length - 1)];

  const moveStart = (clientX: number, clientY: number) => {
    if (!svgRef.current) return;
    const p = svgPoint(svgRef.current, clientX, clientY);
    onStartMove(round2(x.invert(p.x)), round2(y.invert(p.y)));
  };
  const onPointerDown = (e: PointerEvent<SVGGElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.stopPropagation();
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (dragging.current) moveStart(e.clientX, e.clientY);
  };
  const onPointerUp = (e: PointerEvent<SVGGElement>) => {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
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

  const { left, top, size } = descentPlot;
  const sx = svgSafe(x(start[0]));
  const sy = svgSafe(y(start[1]));
  return (
    <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="figure descent-figure" role="group" aria-label={labels.figure} data-testid="descent-figure">
      <defs>
        <clipPath id="descent-clip">
          <rect x={left} y={top} width={size} height={size} />
        </clipPath>
      </defs>
      <g clipPath="url(#descent-clip)">
        <ContourLayer bands={contours.bands} color={contours.color} testId="descent-contours" />
      </g>
      <Axis scale={x} orientation="bottom" at={top + size} label={labels.xAxis} tickValues={view.tickValues} tickFormat={(v) => tickText(view.kind, v)} />
      <Axis scale={y} orientation="left" at={left} label={labels.yAxis} tickValues={view.tickValues} tickFormat={(v) => tickText(view.kind, v)} />
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
        onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onKeyDown={onKeyDown}
      >
        <circle r={18} className="hit-area" />
        <rect x={-6.5} y={-6.5} width={13} height={13} className="point" />
      </g>
      <ColorBar
        x={left + size + 22} y={top + 26} width={12} height={size * 0.62}
        thresholds={contours.thresholds} color={contours.color} labelled={labelledThresholds(contours.thresholds)}
        format={(v) => (v === overflowThreshold ? labels.overflowBand : String(v))} title={labels.colorTitle} testId="descent-color-bar"
      />
      <g className="legend" transform={`translate(${left},${legendTop})`} data-testid="descent-legend">
        <line x2={28} className="legend-current" />
        <circle cx={14} r={2.8} className="legend-current-dot" />
        <text x={36} dy="0.32em">{labels.current}</text>
        {labels.pinned && (
          <>
            <line x2={28} y1={30} y2={30} className="legend-pinned" />
            <circle cx={14} cy={30} r={4} className="legend-pinned-dot" />
            <text x={36} y={30} dy="0.32em">{labels.pinned}</text>
          </>
        )}
      </g>
    </svg>
  );
}
