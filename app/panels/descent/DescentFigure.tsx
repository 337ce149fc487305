import { memo, useRef, type KeyboardEvent } from 'react';
import { line } from 'd3';
import type { OptimizePoint as GradientDescentPoint } from '../../../src-core/index.ts';
import { Axis } from '../../charts/Axis.tsx';
import type { SquareLayout } from '../../charts/squareLayout.ts';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { useDrag } from '../../charts/useDrag.ts';
import '../../charts/figurePx.css';
import { ColorBar } from '../../charts/ColorBar.tsx';
import { ContourLayer } from '../../charts/ContourLayer.tsx';
import { labelledThresholds } from '../../charts/contourColors.ts';
import { overflowThreshold, type DescentContours } from './descentContours.ts';
import { tickText, type DescentView } from './descentView.ts';

/** Width of one character of tick text (12 px monospace). */
export const tickCharWidth = 7.3;

export interface DescentFigureLabels {
  figure: string;
  start: string;
  colorTitle: string;
  overflowBand: string;
  xAxis: string;
  yAxis: string;
}

export interface DescentFigureProps {
  /** Where the plot sits, in CSS pixels (the figure is drawn 1:1). */
  layout: SquareLayout;
  view: DescentView;
  /** The selected optimizers' paths, drawn under the pins. */
  series: { name: string; path: GradientDescentPoint[]; color: string; legend: string }[];
  /** Pinned SGD paths: dashed, hollow rings of growing size on top, so they stay visible on the same line. */
  pins: { path: GradientDescentPoint[]; color: string; dash: string; r: number; legend: string }[];
  contours: DescentContours;
  step: number;
  start: [number, number];
  labels: DescentFigureLabels;
  onStartMove: (x0: number, x1: number) => void;
}

const finite = (p: GradientDescentPoint) => Number.isFinite(p.x[0]) && Number.isFinite(p.x[1]);
const round2 = (v: number) => Math.round(v * 100) / 100;

/** One optimizer's path and dots; memoised, so dragging SGD's lr redraws SGD's path only. */
const PathSeries = memo(function PathSeries({ name, path, color, view }: { name: string; path: GradientDescentPoint[]; color: string; view: DescentView }) {
  const px = (p: GradientDescentPoint) => svgSafe(view.x(p.x[0]));
  const py = (p: GradientDescentPoint) => svgSafe(view.y(p.x[1]));
  const id = (base: string) => (name === 'SGD' ? base : `${base}-${name}`);
  return (
    <g className="path-current" style={{ color }} data-testid={id('descent-series')}>
      <path d={line<GradientDescentPoint>().defined(finite).x(px).y(py)(path) ?? ''} data-testid={id('descent-path')} data-points={path.filter(finite).length} />
      {/* At most about 200 dots a path: past that they overlap, and thousands of circles slow every redraw. */}
      {path.filter((p, i) => finite(p) && i % Math.ceil(path.length / 200) === 0).map((p, i) => <circle key={i} cx={px(p)} cy={py(p)} r={2.8} />)}
    </g>
  );
});

/** The descent path (and a pinned one) over the contours of f, with a draggable start and a step marker. */
export function DescentFigure({ layout, view, series, pins, contours, step, start, labels, onStartMove }: DescentFigureProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { x, y } = view;
  const { left, top, size, width, height } = layout;
  const px = (p: GradientDescentPoint) => svgSafe(x(p.x[0]));
  const py = (p: GradientDescentPoint) => svgSafe(y(p.x[1]));
  const pathLine = line<GradientDescentPoint>().defined(finite).x(px).y(py);
  // SGD keeps 4.4.1's test ids; the others are named after their optimizer.
  const id = (base: string, name: string) => (name === 'SGD' ? base : `${base}-${name}`);

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
      <Axis scale={y} orientation="left" at={left} label={labels.yAxis} tickValues={view.yTickValues} tickFormat={tick} labelOffset={layout.yLabelOffset} />
      <g clipPath="url(#descent-clip)" pointerEvents="none">
        {series.map(({ name, path, color }) => (
          <PathSeries key={name} name={name} path={path} color={color} view={view} />
        ))}
        {pins.map((pin, k) => (
          <g key={k} className="path-pinned" style={{ color: pin.color }} data-testid={`descent-pinned-${k}`}>
            <path d={pathLine(pin.path) ?? ''} strokeDasharray={pin.dash} data-testid={`descent-pinned-path-${k}`} />
            {/* About forty rings at most: a thousand would paint over the path beneath. */}
            {pin.path.filter((p, i) => finite(p) && i % Math.ceil(pin.path.length / 40) === 0).map((p, i) => <circle key={i} cx={px(p)} cy={py(p)} r={pin.r} />)}
          </g>
        ))}
        {series.map(({ name, path, color }) => {
          const marker = path[Math.min(step, path.length - 1)];
          return marker && finite(marker) ? (
            <circle key={name} className="step-marker" stroke={color} cx={px(marker)} cy={py(marker)} r={8} data-testid={id('descent-marker', name)} />
          ) : null;
        })}
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
        horizontal={layout.barBelow}
        x={layout.barX} y={layout.barBelow ? layout.barY : top + 26} width={layout.barBelow ? size : 12} height={layout.barBelow ? 10 : size * 0.62}
        thresholds={contours.thresholds} color={contours.color} labelled={labelledThresholds(contours.thresholds)}
        format={(v) => (v === overflowThreshold ? labels.overflowBand : String(v))} title={labels.colorTitle} testId="descent-color-bar"
        titleAt={layout.narrow && !layout.barBelow ? { x: width - 2, y: top - 8, anchor: 'end' } : undefined}
      />
    </svg>
    {/* In HTML, so a long legend wraps on a phone instead of running off the figure. */}
    <ul className="descent-legend" data-testid="descent-legend" style={{ paddingLeft: layout.narrow ? 0 : left }}>
      {series.map(({ name, color, legend }) => (
        <li key={name}>
          <svg width={30} height={12} aria-hidden="true">
            <line x1={1} x2={29} y1={6} y2={6} stroke={color} strokeWidth={2} />
            <circle cx={15} cy={6} r={2.8} fill={color} />
          </svg>
          {legend}
        </li>
      ))}
      {pins.map((pin, k) => (
        <li key={k}>
          <svg width={30} height={20} aria-hidden="true">
            <line x1={1} x2={29} y1={10} y2={10} stroke={pin.color} strokeWidth={2} strokeDasharray={pin.dash} />
            <circle cx={15} cy={10} r={pin.r} fill="none" stroke={pin.color} strokeWidth={1.4} />
          </svg>
          {pin.legend}
        </li>
      ))}
    </ul>
    </>
  );
}
