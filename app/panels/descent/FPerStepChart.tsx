import { useRef } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { formatPowerOfTen } from '../../charts/powerOfTen.ts';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { useDrag } from '../../charts/useDrag.ts';

export interface FSeries {
  name: string;
  color: string;
  dash?: string;
  values: number[];
}

export interface FPerStepChartProps {
  width: number;
  series: FSeries[];
  step: number;
  last: number;
  onPick: (step: number) => void;
  labels: { figure: string; yLog: string; yLinear: string; x: string };
}

const margin = { left: 62, right: 14, top: 12, bottom: 42 };
const height = 220;

/** f(xₖ) against k: log y while every value is > 0, linear otherwise; the step marker is shared with the path. */
export function FPerStepChart({ width, series, step, last, onPick, labels }: FPerStepChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const finite = series.flatMap((s) => s.values.filter(Number.isFinite));
  const log = finite.length > 0 && finite.every((v) => v > 0);
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  const x = scaleLinear().domain([0, Math.max(1, last)]).range([margin.left, width - margin.right]);
  const yRange = [height - margin.bottom, margin.top];
  const y = log
    ? scaleLog().domain(lo === hi ? [lo / 10, hi * 10] : [lo, hi]).range(yRange).nice()
    : scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range(yRange).nice();
  // Whole decades at multiples of a step, at most about five, so 10⁻³⁰⁰ … 10³⁰⁰ stays readable.
  const logTicks = () => {
    const [a, b] = y.domain().map((v) => Math.round(Math.log10(v)));
    const every = Math.max(1, Math.ceil((b - a) / 5));
    const first = Math.ceil(a / every) * every;
    return Array.from({ length: Math.floor((b - first) / every) + 1 }, (_, i) => Number(`1e${first + i * every}`));
  };
  const pathOf = line<number>().defined(Number.isFinite).x((_, k) => svgSafe(x(k))).y((v) => svgSafe(y(v)));
  const drag = useDrag((clientX, clientY) => {
    if (!svgRef.current) return;
    const k = Math.round(x.invert(svgPoint(svgRef.current, clientX, clientY).x));
    onPick(Math.max(0, Math.min(last, k)));
  });
  return (
    <svg
      ref={svgRef} viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} className="figure figure-px f-chart"
      role="img" aria-label={labels.figure} data-testid="descent-f-chart" data-scale={log ? 'log' : 'linear'}
    >
      <rect x={margin.left} y={margin.top} width={width - margin.left - margin.right} height={height - margin.top - margin.bottom} className="f-chart-surface" {...drag.handlers()} />
      <Axis scale={x} orientation="bottom" at={height - margin.bottom} ticks={6} tickFormat={(v) => (Number.isInteger(v) ? String(v) : '')} label={labels.x} labelOffset={34} />
      <Axis
        scale={y} orientation="left" at={margin.left} label={log ? labels.yLog : labels.yLinear} labelOffset={52}
        tickValues={log ? logTicks() : undefined} ticks={5}
        tickFormat={log ? formatPowerOfTen : (v) => String(v).replace('-', '−')}
      />
      <g pointerEvents="none">
        {series.map((s) => (
          <path key={s.name} d={pathOf(s.values) ?? ''} stroke={s.color} strokeDasharray={s.dash} className="f-line" data-testid={`descent-f-${s.name}`} />
        ))}
        <line x1={x(step)} x2={x(step)} y1={margin.top} y2={height - margin.bottom} className="f-marker" data-testid="descent-f-marker" />
      </g>
    </svg>
  );
}
