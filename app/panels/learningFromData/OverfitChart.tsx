import { useMemo, useRef } from 'react';
import { line, scaleLinear } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import '../../charts/figurePx.css';
import type { OverfitPoint } from '../../store/overfitSlice.ts';

const margin = { top: 16, right: 16, bottom: 48, left: 64 };

export interface OverfitChartProps {
  points: readonly OverfitPoint[];
  epochs: number;
  labels: { figure: string; epoch: string; accuracy: string; train: string; test: string };
}

/** Train and test accuracy per epoch; the shaded band between them is the gap. d3 computes, React draws. */
export function OverfitChart({ points, epochs, labels }: OverfitChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = Math.max(300, Math.min(820, useElementWidth(wrapRef, 720)));
  const height = Math.round(Math.min(340, Math.max(240, width * 0.45)));
  const bottom = height - margin.bottom;
  const geo = useMemo(() => {
    const x = scaleLinear().domain([0, Math.max(1, epochs - 1)]).range([margin.left, width - margin.right]);
    const y = scaleLinear().domain([0, 1]).range([bottom, margin.top]);
    const path = (key: 'train' | 'test') => line<OverfitPoint>().x((p) => x(p.epoch)).y((p) => y(p[key]))([...points]) ?? '';
    const band = points.length > 1
      ? `${path('train')}L${[...points].reverse().map((p) => `${x(p.epoch)},${y(p.test)}`).join('L')}Z`
      : '';
    return { x, y, train: path('train'), test: path('test'), band };
  }, [points, epochs, width, bottom]);
  const plotW = width - margin.left - margin.right;
  return (
    <div ref={wrapRef} className="figure-measure">
      <svg viewBox={`0 0 ${width} ${height}`} className="figure figure-px" role="img" aria-label={labels.figure} data-testid="overfit-chart">
        <Axis scale={geo.y} orientation="left" at={margin.left} tickValues={[0, 0.2, 0.4, 0.6, 0.8, 1]} grid={plotW} label={labels.accuracy} />
        <Axis scale={geo.x} orientation="bottom" at={bottom} ticks={width < 500 ? 4 : 8} label={labels.epoch} />
        <path d={geo.band} className="overfit-gap" />
        <path d={geo.train} className="overfit-train" />
        <path d={geo.test} className="overfit-test" />
        {points.length <= 200 && points.map((p) => (
          <g key={p.epoch} data-testid="overfit-point" data-epoch={p.epoch} data-train={p.train} data-test={p.test}>
            <circle cx={geo.x(p.epoch)} cy={geo.y(p.train)} r={2.5} className="overfit-train-dot" />
            <circle cx={geo.x(p.epoch)} cy={geo.y(p.test)} r={2.5} className="overfit-test-dot" />
          </g>
        ))}
        <g className="legend" pointerEvents="none" transform={`translate(${margin.left + 10},${margin.top + 12})`}>
          <line x2={22} y1={-4} y2={-4} className="overfit-train" />
          <text x={28} className="overfit-train-label">{labels.train}</text>
          <line x2={22} y1={14} y2={14} className="overfit-test" />
          <text x={28} y={18} className="overfit-test-label">{labels.test}</text>
        </g>
      </svg>
    </div>
  );
}
