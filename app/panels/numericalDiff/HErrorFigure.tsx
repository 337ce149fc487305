import { useMemo, useRef } from 'react';
import { line, scaleLog } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import type { Differences, ErrorSample } from './differences.ts';
import { FigureLegend } from './FigureLegend.tsx';
import { decades, formatPowerOfTen } from '../../charts/powerOfTen.ts';
import { useDrag } from '../../charts/useDrag.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import '../../charts/figurePx.css';

const margin = { top: 16, right: 20, bottom: 56, left: 84 };
export const hPlotRange = { min: 1e-16, max: 1e-1 } as const;
/** Errors of exactly 0 cannot go on a log axis: they are drawn on a band at this height. */
const zeroFloor = 1e-18;
const errorTop = 10;

function geometry(width: number) {
  const height = Math.round(Math.min(420, Math.max(320, width * 0.6)));
  const x = scaleLog().domain([hPlotRange.min, hPlotRange.max]).range([margin.left, width - margin.right]);
  const y = scaleLog().domain([zeroFloor / 3, errorTop]).range([height - margin.bottom, margin.top]);
  const yOf = (error: number) => y(Math.min(errorTop, Math.max(zeroFloor, error)));
  const path = (samples: ErrorSample[], key: 'forward' | 'central') =>
    line<ErrorSample>()
      .defined((s) => !Number.isNaN(s[key]))
      .x((s) => x(s.h))
      .y((s) => yOf(s[key]))(samples) ?? '';
  return { width, height, x, y, yOf, path, plotW: width - margin.left - margin.right, plotH: height - margin.top - margin.bottom };
}

export interface HErrorFigureProps {
  samples: ErrorSample[];
  /** The other precision, drawn faint for comparison. */
  reference: ErrorSample[];
  current: Differences;
  /** h as set (before float32 rounding), for the marker. */
  h: number;
  labels: { figure: string; axisH: string; axisError: string; zero: string; forward: string; central: string; reference: string; offScale: string; marker: string };
  /** A position picked on the plot, in decades (log10 h). */
  onPickExponent: (exponent: number) => void;
}

/** Log–log plot of |difference − exact| against h for both differences; d3 computes, React draws. */
export function HErrorFigure({ samples, reference, current, h, labels, onPickExponent }: HErrorFigureProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = Math.max(300, Math.min(760, useElementWidth(wrapRef, 720)));
  const geo = useMemo(() => geometry(width), [width]);
  const paths = useMemo(
    () => ({
      forward: geo.path(samples, 'forward'), central: geo.path(samples, 'central'),
      refForward: geo.path(reference, 'forward'), refCentral: geo.path(reference, 'central'),
    }),
    [geo, samples, reference],
  );
  const { x: xScale, y: yScale, yOf, height, plotW, plotH } = geo;
  const bottom = height - margin.bottom;
  const bandTop = yScale(zeroFloor * 3);

  const drag = useDrag((clientX, clientY) => {
    if (!svgRef.current) return;
    const p = svgPoint(svgRef.current, clientX, clientY);
    const px = Math.min(width - margin.right, Math.max(margin.left, p.x));
    // Twenty positions a decade: fine enough to explore, tidy enough to read.
    onPickExponent(Math.round(Math.log10(xScale.invert(px)) * 20) / 20);
  });

  const offScale = h < hPlotRange.min;
  const hx = svgSafe(offScale ? margin.left : xScale(h));
  const markerOnRight = hx < margin.left + plotW * 0.6;
  const dots = (['forward', 'central'] as const).filter((k) => !Number.isNaN(current[`${k}Error`]));
  const narrow = width < 560;
  const legendRows = [
    { lineClass: 'h-curve h-forward', text: labels.forward },
    { lineClass: 'h-curve h-central', text: labels.central },
    { lineClass: 'h-curve h-reference-key', text: labels.reference },
  ];
  return (
    <div ref={wrapRef} className="figure-measure">
      <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="figure figure-px" role="img" aria-label={labels.figure} data-testid="h-figure">
        <defs>
          <clipPath id="h-clip">
            <rect x={margin.left} y={margin.top} width={plotW} height={plotH} />
          </clipPath>
        </defs>
        <rect x={margin.left} y={bandTop} width={plotW} height={bottom - bandTop} className="zero-band" data-testid="h-zero-band" />
        <text x={margin.left - 10} y={(bandTop + bottom) / 2} dy="0.32em" textAnchor="end" className="tick-label">
          {labels.zero}
        </text>
        <Axis scale={yScale} orientation="left" at={margin.left} tickValues={decades(-16, 0, narrow ? 4 : 2)} tickFormat={formatPowerOfTen} grid={plotW} />
        <text transform={`translate(18,${(margin.top + bandTop) / 2}) rotate(-90)`} textAnchor="middle" className="axis-label">
          {labels.axisError}
        </text>
        <Axis
          scale={xScale} orientation="bottom" at={bottom} tickValues={decades(-16, -1)} grid={plotH} label={labels.axisH}
          tickFormat={(v) => (Math.round(Math.log10(v)) % 3 === 0 ? formatPowerOfTen(v) : '')}
        />
        <rect
          x={margin.left} y={margin.top} width={plotW} height={plotH} className="drag-surface" data-testid="h-surface"
          {...drag.handlers()}
        />
        <g clipPath="url(#h-clip)" pointerEvents="none">
          <path d={paths.refForward} className="h-curve h-forward h-reference" />
          <path d={paths.refCentral} className="h-curve h-central h-reference" />
          <path d={paths.forward} className="h-curve h-forward" data-testid="h-curve-forward" />
          <path d={paths.central} className="h-curve h-central" data-testid="h-curve-central" />
          <line x1={hx} x2={hx} y1={margin.top} y2={bottom} className="h-marker" data-testid="h-marker" />
          {dots.map((k) => (
            <circle key={k} cx={hx} cy={svgSafe(yOf(current[`${k}Error`]))} r={5.5} className={`h-dot h-${k}`} data-testid={`h-dot-${k}`} />
          ))}
        </g>
        <text
          x={hx + (markerOnRight ? 6 : -6)} y={margin.top + 12} textAnchor={markerOnRight ? 'start' : 'end'}
          className={offScale ? 'h-marker-label h-offscale' : 'h-marker-label'} data-testid={offScale ? 'h-offscale' : 'h-marker-label'}
        >
          {offScale ? `← ${labels.offScale}` : labels.marker}
        </text>
      </svg>
      <FigureLegend entries={legendRows} />
    </div>
  );
}
