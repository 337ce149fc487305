import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { scaleLinear } from 'd3';
import { Axis } from '../../charts/Axis.tsx';
import { HoverTip } from '../../charts/HoverTip.tsx';
import { svgPoint, svgSafe } from '../../charts/svgPoint.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import type { LossSeries } from '../../store/trainingSlice.ts';
import { formatCount, formatRateValue } from './format.ts';
import { lossAxisIterations, lossAxisMax, placeMarkLabels, strokeLosses, type LossView } from './lossCanvas.ts';
import { trainingMessages } from './messages.ts';

const margin = { top: 14, right: 30, bottom: 50, left: 62 };
const pct = (v: number, of: number) => `${(v / of) * 100}%`;
const CURVE = '#1f77b4'; // matplotlib's first colour, as in the book's figures
const LABEL_ROWS = 3;
const labelWidth = (text: string) => 7 * text.length; // 12 px text: a generous per-character width

/**
 * Figure 4-11: the loss after every iteration. The curve is drawn on a canvas from a transient store
 * subscription (one draw per animation frame, only the new points); axes, marks and hover are SVG.
 */
export function LossChart() {
  const t = useT(trainingMessages);
  const figureRef = useRef<HTMLDivElement>(null);
  const width = Math.max(300, useElementWidth(figureRef, 720));
  const height = width < 500 ? 240 : 300;
  const plot = { x: margin.left, y: margin.top, w: width - margin.left - margin.right, h: height - margin.top - margin.bottom };
  const runLength = useStore((s) => s.trainStatus?.iterations ?? s.trainIters);
  // A numerical run makes ~10 iterations a second: its axis follows the data instead of staying one pixel wide.
  const iterations = useStore((s) => lossAxisIterations(s.trainLosses.count, runLength, s.trainStatus?.config.gradientMethod === 'numerical'));
  const yMax = useStore((s) => lossAxisMax(s.trainLosses.max));
  const empty = useStore((s) => s.trainLosses.count === 0);
  const marks = useStore((s) => s.trainRateMarks);
  const divergedAt = useStore((s) => s.trainStatus?.divergedAt ?? null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ i: number; loss: number } | null>(null);

  const xScale = useMemo(() => scaleLinear().domain([0, iterations]).range([plot.x, plot.x + plot.w]), [iterations, plot.x, plot.w]);
  const yScale = useMemo(() => scaleLinear().domain([0, yMax]).range([plot.y + plot.h, plot.y]), [yMax, plot.y, plot.h]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let drawn = { runId: -1, count: 0, width: 0, height: 0 };
    let frame = 0;
    const draw = () => {
      frame = 0;
      const series = useStore.getState().trainLosses;
      const dpr = window.devicePixelRatio || 1;
      const w = Math.max(1, Math.round(canvas.clientWidth * dpr));
      const h = Math.max(1, Math.round(canvas.clientHeight * dpr));
      const full = series.runId !== drawn.runId || series.count < drawn.count || w !== drawn.width || h !== drawn.height;
      if (w !== canvas.width || h !== canvas.height) {
        canvas.width = w;
        canvas.height = h;
      }
      if (full) ctx.clearRect(0, 0, w, h);
      const view: LossView = { width: w, height: h, iterations, yMax };
      strokeLosses(ctx, series.values, full ? 0 : drawn.count, series.count, view, { color: CURVE, lineWidth: Math.max(1, dpr) });
      drawn = { runId: series.runId, count: series.count, width: w, height: h };
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(draw);
    };
    draw();
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.trainLosses !== prev.trainLosses) schedule();
    });
    const resize = new ResizeObserver(schedule);
    resize.observe(canvas);
    return () => {
      unsubscribe();
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [iterations, yMax]);

  const onPointer = (e: PointerEvent<SVGRectElement>) => {
    if (!overlayRef.current) return;
    const series: LossSeries = useStore.getState().trainLosses;
    const p = svgPoint(overlayRef.current, e.clientX, e.clientY);
    const i = Math.round(xScale.invert(p.x));
    if (series.count === 0 || i < 0) return setHover(null);
    const at = Math.min(series.count - 1, i);
    setHover({ i: at, loss: series.values[at] });
  };

  // Labels of marks close together go a row down, or are left out: never one on top of another.
  const markTexts = marks.map((m) => t('lrMark', { lr: formatRateValue(m.learningRate) }));
  const labels = placeMarkLabels(marks.map((m) => xScale(m.iteration)), markTexts.map(labelWidth), LABEL_ROWS, plot.x + plot.w);

  const hx = hover ? svgSafe(xScale(hover.i)) : 0;
  const hy = hover && Number.isFinite(hover.loss) ? svgSafe(yScale(Math.min(hover.loss, yMax))) : plot.y;
  const text = hover ? t('lossHover', { iteration: formatCount(hover.i), loss: Number.isFinite(hover.loss) ? hover.loss.toPrecision(6) : String(hover.loss) }) : '';

  return (
    <figure className="loss-chart" data-testid="loss-chart">
      <figcaption>{t('lossChartLabel')}</figcaption>
      <div className="layers" ref={figureRef}>
        <svg viewBox={`0 0 ${width} ${height}`} className="figure" aria-hidden="true">
          <Axis scale={yScale} orientation="left" at={plot.x} label={t('lossAxisY')} grid={plot.w} ticks={5} />
          <Axis scale={xScale} orientation="bottom" at={plot.y + plot.h} label={t('lossAxisX')} grid={plot.h} ticks={Math.max(2, Math.floor(plot.w / 80))} tickFormat={formatCount} />
        </svg>
        <canvas
          ref={canvasRef} data-testid="loss-canvas"
          style={{ left: pct(plot.x, width), top: pct(plot.y, height), width: pct(plot.w, width), height: pct(plot.h, height) }}
        />
        <svg ref={overlayRef} viewBox={`0 0 ${width} ${height}`} className="figure overlay" role="img" aria-label={t('lossChartLabel')}>
          {marks.map((m, i) => (
            <g key={`${m.iteration}-${m.learningRate}`} className="rate-mark" transform={`translate(${svgSafe(xScale(m.iteration))},0)`}>
              <line y1={plot.y} y2={plot.y + plot.h} />
              {labels[i] && (
                <text x={labels[i].left ? -4 : 4} y={plot.y + 12 + 14 * labels[i].row} textAnchor={labels[i].left ? 'end' : 'start'} data-testid="lr-mark-label">
                  {markTexts[i]}
                </text>
              )}
            </g>
          ))}
          {divergedAt !== null && (
            <g className="diverged-mark" transform={`translate(${svgSafe(xScale(divergedAt))},0)`}>
              <line y1={plot.y} y2={plot.y + plot.h} />
              <text x={-4} y={plot.y + 12} textAnchor="end">NaN</text>
            </g>
          )}
          {empty && (
            <text x={plot.x + plot.w / 2} y={plot.y + plot.h / 2} textAnchor="middle" className="empty-note">
              {t('emptyChart')}
            </text>
          )}
          <rect
            x={plot.x} y={plot.y} width={plot.w} height={plot.h} className="hover-surface" data-testid="loss-hover-surface"
            onPointerMove={onPointer} onPointerDown={onPointer} onPointerLeave={() => setHover(null)}
          />
          {hover && (
            <g className="hover" pointerEvents="none" data-testid="loss-hover" data-iteration={hover.i} data-loss={String(hover.loss)}>
              <line x1={hx} x2={hx} y1={plot.y} y2={plot.y + plot.h} />
              <circle cx={hx} cy={hy} r={4} />
              <HoverTip x={hx} top={plot.y} left={plot.x} right={width - margin.right} text={text} />
            </g>
          )}
        </svg>
      </div>
    </figure>
  );
}
