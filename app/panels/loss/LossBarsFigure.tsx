import { useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleBand, scaleLinear } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { svgPoint } from '../../charts/svgPoint.ts';
import { sliderKeyValue } from '../../charts/sliderKeys.ts';
import { useDrag } from '../../charts/useDrag.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import '../../charts/figurePx.css';
import { CLASSES, PARTS } from '../../store/lossParts.ts';

const margin = { top: 48, right: 12, bottom: 64, left: 52 };
const classes = Array.from({ length: CLASSES }, (_, k) => k);

export interface LossBarsFigureProps {
  parts: readonly number[];
  label: number;
  labels: { figure: string; bar: (k: number) => string; axisClass: string; axisY: string; legendY: string; legendT: string; pickLabel: (k: number) => string };
  onBar: (index: number, parts: number) => void;
  onLabel: (label: number) => void;
}

/** The ten outputs as draggable bars over the one-hot target; d3 lays out, React draws. */
export function LossBarsFigure({ parts, label, labels, onBar, onLabel }: LossBarsFigureProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = Math.max(300, Math.min(820, useElementWidth(wrapRef, 720)));
  const height = Math.round(Math.min(400, Math.max(320, width * 0.55)));
  const { x, y } = useMemo(
    () => ({
      x: scaleBand<number>().domain(classes).range([margin.left, width - margin.right]).paddingInner(0.28).paddingOuter(0.14),
      y: scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top]),
    }),
    [width, height],
  );
  const bottom = height - margin.bottom;
  const plotW = width - margin.left - margin.right;
  const step = x.step();
  const narrow = width < 520;

  // The bar pressed keeps following the pointer, wherever it goes.
  const drag = useDrag<number>((clientX, clientY, index) => {
    if (!svgRef.current) return;
    const p = svgPoint(svgRef.current, clientX, clientY);
    onBar(index, Math.round(y.invert(p.y) * PARTS));
  });
  const onKeyDown = (index: number) => (e: KeyboardEvent<SVGGElement>) => {
    const next = sliderKeyValue(e, parts[index], { step: PARTS / 100, shiftStep: PARTS / 10, pageStep: PARTS / 10, min: 0, max: PARTS });
    if (next === undefined) return;
    e.preventDefault();
    onBar(index, next);
  };

  return (
    <div ref={wrapRef} className="figure-measure">
      <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="figure figure-px" role="group" aria-label={labels.figure} data-testid="loss-bars">
        <Axis scale={y} orientation="left" at={margin.left} ticks={5} grid={plotW} label={labels.axisY} />
        <line x1={margin.left} x2={width - margin.right} y1={bottom} y2={bottom} className="axis-line" />
        <g className="legend" transform={`translate(${margin.left + 4},16)`} pointerEvents="none">
          <rect width={14} height={14} y={-7} className="loss-bar" />
          <text x={20} dy="0.32em">{labels.legendY}</text>
          <g transform={`translate(${narrow ? 120 : 150},0)`}>
            <rect width={14} height={14} y={-7} className="loss-target" />
            <text x={20} dy="0.32em">{labels.legendT}</text>
          </g>
        </g>
        {classes.map((k) => {
          const value = parts[k] / PARTS;
          const bx = x(k) ?? 0;
          const top = y(value);
          const text = narrow && value !== 0 ? value.toFixed(2) : String(value);
          return (
            <g
              key={k} className="loss-bar-group" tabIndex={0} role="slider" aria-label={labels.bar(k)}
              aria-valuemin={0} aria-valuemax={1} aria-valuenow={value} aria-valuetext={String(value)}
              onKeyDown={onKeyDown(k)}
            >
              {k === label && (
                <rect x={bx - 3} width={x.bandwidth() + 6} y={y(1)} height={bottom - y(1)} className="loss-target" data-testid="loss-target" />
              )}
              <rect
                x={bx} width={x.bandwidth()} y={top} height={Math.max(0, bottom - top)}
                className={k === label ? 'loss-bar is-true' : 'loss-bar'} data-testid={`loss-bar-${k}`} data-value={value}
              />
              <text x={bx + x.bandwidth() / 2} y={top - 6} textAnchor="middle" className={narrow ? 'loss-bar-value narrow' : 'loss-bar-value'}>{text}</text>
              <rect
                x={bx - (step - x.bandwidth()) / 2} width={step} y={margin.top} height={bottom - margin.top}
                className="loss-bar-hit" data-testid={`loss-bar-hit-${k}`}
                {...drag.handlers(k)}
              />
            </g>
          );
        })}
        <g aria-hidden="true">
          {classes.map((k) => {
            const cx = (x(k) ?? 0) + x.bandwidth() / 2;
            return (
              <g key={k} transform={`translate(${cx},${bottom + 20})`} className="loss-class" onClick={() => onLabel(k)} data-testid={`loss-class-${k}`}>
                <title>{labels.pickLabel(k)}</title>
                <circle r={12} className={k === label ? 'loss-class-mark is-true' : 'loss-class-mark'} />
                <text dy="0.35em" textAnchor="middle">{k}</text>
              </g>
            );
          })}
        </g>
        <text x={margin.left + plotW / 2} y={height - 10} textAnchor="middle" className="axis-label">{labels.axisClass}</text>
      </svg>
    </div>
  );
}
