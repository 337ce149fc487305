import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { line, scaleLinear } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { HoverTip } from '../../charts/HoverTip.tsx';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import type { EvalPoint } from '../../../workers/protocol.ts';
import { formatAccuracy } from './format.ts';
import { trainingMessages } from './messages.ts';

const margin = { top: 14, right: 30, bottom: 50, left: 62 };

/** Figure 4-12: train and test accuracy on the full sets after every epoch, on 0–1, the test line dashed. */
export function AccuracyChart() {
  const t = useT(trainingMessages);
  const figureRef = useRef<HTMLElement>(null);
  const width = Math.max(300, useElementWidth(figureRef, 720));
  const height = width < 500 ? 220 : 260;
  const plot = { x: margin.left, y: margin.top, w: width - margin.left - margin.right, h: height - margin.top - margin.bottom };
  const yScale = scaleLinear().domain([0, 1]).range([plot.y + plot.h, plot.y]);
  const evals = useStore((s) => s.trainEvals);
  const iterations = useStore((s) => s.trainStatus?.iterations ?? s.trainIters);
  const perEpoch = useStore((s) => s.trainStatus?.iterPerEpoch ?? 600);
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<EvalPoint | null>(null);
  const lastEpoch = Math.max(1, Math.floor((iterations - 1) / perEpoch));
  const xScale = useMemo(() => scaleLinear().domain([0, lastEpoch]).range([plot.x, plot.x + plot.w]), [lastEpoch, plot.x, plot.w]);
  const path = (pick: (e: EvalPoint) => number) =>
    line<EvalPoint>()
      .x((e) => svgSafe(xScale(e.epoch)))
      .y((e) => svgSafe(yScale(pick(e))))(evals) ?? '';

  const onPointer = (e: PointerEvent<SVGRectElement>) => {
    if (!svgRef.current || evals.length === 0) return;
    const epoch = xScale.invert(svgPoint(svgRef.current, e.clientX, e.clientY).x);
    let best = evals[0];
    for (const p of evals) if (Math.abs(p.epoch - epoch) < Math.abs(best.epoch - epoch)) best = p;
    setHover(best);
  };
  const hx = hover ? svgSafe(xScale(hover.epoch)) : 0;
  const text = hover
    ? t('accuracyHover', { epoch: hover.epoch, train: formatAccuracy(hover.trainAccuracy), test: formatAccuracy(hover.testAccuracy) })
    : '';

  return (
    <figure className="accuracy-chart" data-testid="accuracy-chart" ref={figureRef}>
      <figcaption>{t('accuracyChartLabel')}</figcaption>
      <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="figure" role="img" aria-label={t('accuracyChartLabel')}>
        <Axis scale={yScale} orientation="left" at={plot.x} label={t('accuracyAxisY')} grid={plot.w} tickValues={[0, 0.2, 0.4, 0.6, 0.8, 1]} tickFormat={(v) => v.toFixed(1)} />
        <Axis scale={xScale} orientation="bottom" at={plot.y + plot.h} label={t('accuracyAxisX')} grid={plot.h} ticks={Math.min(lastEpoch, Math.max(2, Math.floor(plot.w / 50)))} tickFormat={(v) => (Number.isInteger(v) ? String(v) : '')} />
        <path d={path((e) => e.trainAccuracy)} className="acc-train" data-testid="acc-train-line" />
        <path d={path((e) => e.testAccuracy)} className="acc-test" data-testid="acc-test-line" />
        {evals.map((e) => (
          <circle
            key={e.iteration} cx={svgSafe(xScale(e.epoch))} cy={svgSafe(yScale(e.trainAccuracy))} r={3.5} className="acc-train-point"
            data-testid="acc-point" data-epoch={e.epoch} data-iteration={e.iteration} data-train={e.trainAccuracy}
            data-test={e.testAccuracy} data-elapsed-ms={Math.round(e.elapsedMs)}
          />
        ))}
        <g className="legend" transform={`translate(${plot.x + plot.w - 120},${plot.y + plot.h - 52})`}>
          <rect x={-10} y={-14} width={124} height={50} rx={4} className="legend-box" />
          <line x2={28} className="acc-train" />
          <circle cx={14} r={3.5} className="acc-train-point" />
          <text x={36} dy="0.32em">{t('trainAcc')}</text>
          <line x2={28} y1={22} y2={22} className="acc-test" />
          <text x={36} y={22} dy="0.32em">{t('testAcc')}</text>
        </g>
        {evals.length === 0 && (
          <text x={plot.x + plot.w / 2} y={plot.y + plot.h / 2} textAnchor="middle" className="empty-note">
            {t('emptyChart')}
          </text>
        )}
        <rect
          x={plot.x} y={plot.y} width={plot.w} height={plot.h} className="hover-surface" data-testid="acc-hover-surface"
          onPointerMove={onPointer} onPointerDown={onPointer} onPointerLeave={() => setHover(null)}
        />
        {hover && (
          <g className="hover" pointerEvents="none" data-testid="acc-hover">
            <line x1={hx} x2={hx} y1={plot.y} y2={plot.y + plot.h} />
            <circle cx={hx} cy={svgSafe(yScale(hover.trainAccuracy))} r={5} />
            <circle cx={hx} cy={svgSafe(yScale(hover.testAccuracy))} r={5} className="test" />
            <HoverTip x={hx} top={plot.y} left={plot.x} right={width - margin.right} text={text} />
          </g>
        )}
      </svg>
    </figure>
  );
}
