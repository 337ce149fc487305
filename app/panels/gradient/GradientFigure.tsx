import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3';
import { function2, numericalGradient } from '../../../src-core/index.ts';
import { Axis } from '../../charts/Axis.tsx';
import { squareLayout } from '../../charts/squareLayout.ts';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { useDrag } from '../../charts/useDrag.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import '../../charts/figurePx.css';
import { ColorBar } from '../../charts/ColorBar.tsx';
import { ContourLayer } from '../../charts/ContourLayer.tsx';
import { contourBands } from '../../charts/contours.ts';
import { arrowPath, arrowScale, bookGrid, gridSpacing } from './field.ts';
import { fieldColors, labelledThresholds } from '../../charts/contourColors.ts';

/** Room left of the y axis for tick labels like "−2" (12 px mono). */
const tickRoom = 26;

export interface GradientFigureLabels {
  figure: string;
  probe: string;
  arrowLegend: string;
  arrowSample: string;
  gridLegend: string;
  colorTitle: string;
}

export interface GradientFigureProps {
  domain: [number, number];
  /** The point whose gradient is shown: under the pointer, or the selected one. */
  probe: [number, number];
  probeGradient: Float64Array;
  labels: GradientFigureLabels;
  onHover: (point: [number, number] | null) => void;
  onSelect: (x0: number, x1: number) => void;
}

const round2 = (v: number) => Math.round(v * 100) / 100;
/** Tick text with a true minus sign, as in the other figures. */
const tickFormat = (v: number) => String(v).replace('-', '−');

/** −∇f on the book's grid over filled contours of f; hover reads the gradient, a tap or drag selects a point. */
export function GradientFigure({ domain, probe, probeGradient, labels, onHover, onSelect }: GradientFigureProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const half = domain[1];
  // Drawn 1:1 in CSS pixels: the plot takes the column's width, text keeps its size on a phone.
  const layout = squareLayout(useElementWidth(wrapRef, 616), { tickRoom, maxSize: 456, bottom: 52 });
  const { width, height, size: plot } = layout;
  const margin = { left: layout.left, top: layout.top };

  const view = useMemo(() => {
    const x = scaleLinear().domain(domain).range([margin.left, margin.left + plot]);
    const y = scaleLinear().domain(domain).range([margin.top + plot, margin.top]);
    const colors = fieldColors(2 * half * half);
    const bands = contourBands({
      left: margin.left, top: margin.top, width: plot, height: plot, cols: 114, rows: 114,
      valueAt: (px, py) => function2([x.invert(px), y.invert(py)]),
      thresholds: colors.thresholds,
    });
    // The book's loop: numerical_gradient at each grid point, drawn as −∇f.
    const arrows = bookGrid.flatMap((x0) =>
      bookGrid.map((x1) => {
        const g = numericalGradient(function2, [x0, x1]);
        return { key: `${x0},${x1}`, d: arrowPath(x(x0), y(x1), x(x0 - arrowScale * g[0]), y(x1 - arrowScale * g[1])) };
      }),
    );
    return { x, y, colors, bands, arrows };
    // domain is [−half, half]: half alone identifies it; the plot's place and size set the pixels.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [half, margin.left, margin.top, plot]);
  const { x, y, colors, bands, arrows } = view;

  /** The data point under the pointer (clamped to the view) and whether it lies inside the plot. */
  const toData = (clientX: number, clientY: number): { point: [number, number]; inside: boolean } | null => {
    if (!svgRef.current) return null;
    const p = svgPoint(svgRef.current, clientX, clientY);
    const d0 = x.invert(p.x);
    const d1 = y.invert(p.y);
    const clampView = (v: number) => Math.min(half, Math.max(-half, v));
    const inside = Math.abs(d0) <= half && Math.abs(d1) <= half;
    return { point: [round2(clampView(d0)), round2(clampView(d1))], inside };
  };
  const drag = useDrag((clientX, clientY) => {
    const at = toData(clientX, clientY);
    if (!at) return;
    onSelect(at.point[0], at.point[1]);
    onHover(null);
  });
  // On the whole figure, so moving onto the probe itself does not count as leaving the plot.
  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    const at = toData(e.clientX, e.clientY);
    if (at && !drag.active() && e.pointerType === 'mouse') onHover(at.inside ? at.point : null);
  };
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const step = e.shiftKey ? 1 : gridSpacing;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [step, 0], ArrowLeft: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step],
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    onSelect(round2(probe[0] + move[0]), round2(probe[1] + move[1]));
  };

  const px = svgSafe(x(probe[0]));
  const py = svgSafe(y(probe[1]));
  const tip = [svgSafe(x(probe[0] - arrowScale * probeGradient[0])), svgSafe(y(probe[1] - arrowScale * probeGradient[1]))];
  const gridBox = { x: x(bookGrid[0]), y: y(bookGrid[17]), w: x(bookGrid[17]) - x(bookGrid[0]) };
  const sampleLength = x(5 * arrowScale) - x(0);
  return (
    <div ref={wrapRef} className="figure-measure">
    <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} className="figure figure-px gradient-figure" role="group" aria-label={labels.figure} data-testid="gradient-figure"
      onPointerMove={onPointerMove} onPointerLeave={() => onHover(null)}
    >
      <defs>
        <clipPath id="gradient-clip">
          <rect x={margin.left} y={margin.top} width={plot} height={plot} />
        </clipPath>
      </defs>
      <g clipPath="url(#gradient-clip)">
        <ContourLayer bands={bands} color={colors.color} testId="gradient-contours" />
      </g>
      <Axis scale={x} orientation="bottom" at={margin.top + plot} label="x₀" ticks={6} tickFormat={tickFormat} />
      <Axis scale={y} orientation="left" at={margin.left} label="x₁" ticks={6} tickFormat={tickFormat} labelOffset={layout.yLabelOffset} />
      {half > 2.5 && (
        <g className="grid-box" pointerEvents="none">
          <rect x={gridBox.x} y={gridBox.y} width={gridBox.w} height={gridBox.w} />
          <text x={gridBox.x + 4} y={gridBox.y - 5}>{labels.gridLegend}</text>
        </g>
      )}
      <g className="field-arrows" pointerEvents="none" data-testid="gradient-arrows">
        {arrows.map((a) => (a.d ? <path key={a.key} d={a.d} /> : <circle key={a.key} r={1.5} cx={x(0)} cy={y(0)} />))}
      </g>
      <rect
        x={margin.left} y={margin.top} width={plot} height={plot} className="drag-surface" data-testid="gradient-surface"
        {...drag.handlers()}
      />
      <g pointerEvents="none" clipPath="url(#gradient-clip)">
        <path d={arrowPath(px, py, tip[0], tip[1])} className="probe-arrow" data-testid="gradient-probe-arrow" />
      </g>
      <g
        className="drag-point probe" tabIndex={0} role="group" aria-label={`${labels.probe}: (${probe[0]}, ${probe[1]})`}
        transform={`translate(${px},${py})`} data-testid="gradient-probe" onKeyDown={onKeyDown}
        {...drag.handlers()}
      >
        <circle r={14} className="hit-area" />
        <circle r={5.5} className="point" />
      </g>
      <ColorBar
        x={layout.barX} y={margin.top + 26} width={12} height={plot * 0.62}
        thresholds={colors.thresholds} color={colors.color} labelled={labelledThresholds(colors.thresholds)}
        format={String} title={labels.colorTitle} testId="gradient-color-bar"
        titleAt={layout.narrow ? { x: width - 2, y: margin.top - 8, anchor: 'end' } : undefined}
      />
    </svg>
    {/* In HTML, so the sentence wraps on a phone; the sample arrow is drawn at the plot's own scale. */}
    <div className="gradient-legend" data-testid="gradient-legend" style={{ paddingLeft: layout.narrow ? 0 : margin.left }}>
      <p>
        <svg width={Math.max(sampleLength, 14) + 2} height={12} aria-hidden="true" className="legend-sample">
          <path d={arrowPath(1, 6, 1 + sampleLength, 6)} className="legend-arrow" />
        </svg>
        {labels.arrowSample}
      </p>
      <p>{labels.arrowLegend}</p>
    </div>
    </div>
  );
}
