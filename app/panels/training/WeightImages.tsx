import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { NetworkWeights } from '../../../workers/protocol.ts';
import { ColorBar } from '../../charts/ColorBar.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { learnedMessages } from './learnedMessages.ts';
import { absMax, divergingColor, drawWeightTiles } from './weightColors.ts';

const SIDE = 28;
const REFRESH_MS = 1000;

/** The current W1 and W2: fetched on a new run or evaluation, and at most once a second while training. */
function useWeights(): NetworkWeights | null {
  const fetchWeights = useStore((s) => s.trainingWeights);
  const runId = useStore((s) => s.trainStatus?.runId ?? 0);
  const state = useStore((s) => s.trainStatus?.state ?? 'idle');
  const evals = useStore((s) => s.trainEvals.length);
  const loaded = useStore((s) => s.trainDataStatus === 'ready');
  const [weights, setWeights] = useState<NetworkWeights | null>(null);
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    let busy = false;
    const get = () => {
      if (busy) return;
      busy = true;
      void fetchWeights().then((w) => {
        busy = false;
        if (live && w) setWeights(w);
      });
    };
    get();
    const timer = state === 'running' ? setInterval(get, REFRESH_MS) : undefined;
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [fetchWeights, runId, state, evals, loaded]);
  return weights;
}

/** W1's columns as 28×28 pictures on one canvas; hover or focus one to read its row of W2. */
export function WeightImages() {
  const t = useT(learnedMessages);
  const weights = useWeights();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [unit, setUnit] = useState(0);
  const [drawMs, setDrawMs] = useState(0);
  const hidden = weights?.hiddenSize ?? 0;
  const cols = Math.min(10, Math.max(1, hidden));
  const rows = Math.ceil(hidden / cols);
  const width = cols * (SIDE + 1) - 1, height = Math.max(1, rows * (SIDE + 1) - 1);
  const max = weights ? absMax(weights.W1) : 1;

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || !weights) return;
    const t0 = performance.now();
    const image = ctx.createImageData(width, height);
    drawWeightTiles(weights.W1, SIDE, weights.hiddenSize, cols, max, image);
    ctx.putImageData(image, 0, 0);
    setDrawMs(performance.now() - t0);
  }, [weights, width, height, cols, max]);

  if (!weights) return null;
  const j = Math.min(unit, hidden - 1);
  const row = weights.W2.subarray(j * weights.outputSize, (j + 1) * weights.outputSize);
  const rowMax = absMax(row);
  const pick = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * width, y = ((e.clientY - r.top) / r.height) * height;
    const k = Math.floor(y / (SIDE + 1)) * cols + Math.floor(x / (SIDE + 1));
    if (k >= 0 && k < hidden) setUnit(k);
  };
  const keys = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: cols, ArrowUp: -cols }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    setUnit(Math.max(0, Math.min(hidden - 1, j + step)));
  };
  const thresholds = Array.from({ length: 21 }, (_, i) => -max + (i * max) / 10);

  return (
    <section className="weight-images" aria-labelledby="w1-title" data-testid="weight-images" data-draw-ms={drawMs.toFixed(2)}>
      <h3 id="w1-title">{t('weightsTitle', { count: hidden })}</h3>
      <p className="note">{t('weightsNote')} {t('weightsHint')}</p>
      <div className="weight-grid" style={{ aspectRatio: `${width} / ${height}` }}>
        <canvas
          ref={canvas} width={width} height={height} tabIndex={0} role="img" data-testid="weights-canvas"
          aria-label={t('weightsGrid', { index: j })} onPointerMove={pick} onKeyDown={keys}
        />
        <div className="weight-mark" aria-hidden="true" style={{
          left: `${((j % cols) * (SIDE + 1) / width) * 100}%`, top: `${(Math.floor(j / cols) * (SIDE + 1) / height) * 100}%`,
          width: `${(SIDE / width) * 100}%`, height: `${(SIDE / height) * 100}%`,
        }} />
      </div>
      <svg className="weight-legend" viewBox="0 0 260 44" aria-hidden="true">
        <ColorBar
          x={20} y={14} width={220} height={10} horizontal thresholds={thresholds} color={(v) => divergingColor(v, max)}
          labelled={[thresholds[0], thresholds[10], thresholds[20]]} format={(v) => v.toPrecision(2)} title="W1"
        />
      </svg>
      <div className="w2-row" aria-live="polite" data-testid="w2-row">
        <p>{t('weightsUnit', { index: j })}</p>
        <ol>
          {Array.from(row, (v, d) => (
            <li key={d} title={v.toFixed(4)}>
              <span className="w2-bar"><span style={{ height: `${(Math.abs(v) / rowMax) * 50}%`, background: divergingColor(v, rowMax), [v >= 0 ? 'bottom' : 'top']: '50%' }} /></span>
              <b>{d}</b>
              <small>{v.toFixed(2)}</small>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
