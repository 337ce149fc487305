import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { mnistPreprocess, MNIST_SIDE } from '../../../src-core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { learnedMessages } from './learnedMessages.ts';

const PAD = 280;
const BRUSHES = [10, 14, 20, 26, 34];
const REFRESH_MS = 1000;

/** The pad's ink (alpha 0–1) as the network's 784 inputs, MNIST-style. */
function inputOf(pad: HTMLCanvasElement): Float64Array {
  const ctx = pad.getContext('2d', { willReadFrequently: true })!;
  const rgba = ctx.getImageData(0, 0, PAD, PAD).data;
  const ink = new Float64Array(PAD * PAD);
  for (let i = 0; i < ink.length; i++) ink[i] = rgba[i * 4 + 3] / 255;
  return mnistPreprocess(ink, PAD, PAD);
}

/** The 28×28 input drawn large, dark ink on paper. */
function InputPreview({ pixels, label }: { pixels: Float64Array | null; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(MNIST_SIDE, MNIST_SIDE);
    for (let i = 0; i < MNIST_SIDE * MNIST_SIDE; i++) {
      const v = 255 - Math.round(255 * (pixels?.[i] ?? 0));
      image.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(image, 0, 0);
  }, [pixels]);
  return (
    <figure className="pad-input">
      <canvas ref={ref} width={MNIST_SIDE} height={MNIST_SIDE} role="img" aria-label={label} data-testid="pad-input" />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

/** Draw a digit; the current network (also mid-run) gives its 10 probabilities as you draw. */
export function DigitPad() {
  const t = useT(learnedMessages);
  const predict = useStore((s) => s.trainingPredictDigit);
  const running = useStore((s) => s.trainStatus?.state === 'running');
  const evals = useStore((s) => s.trainEvals.length);
  const runId = useStore((s) => s.trainStatus?.runId ?? 0);
  const pad = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const asking = useRef<{ busy: boolean; again: boolean }>({ busy: false, again: false });
  const [brush, setBrush] = useState(3);
  const [input, setInput] = useState<Float64Array | null>(null);
  const [probs, setProbs] = useState<Float64Array | null>(null);

  // One question in flight at a time; strokes meanwhile ask once more when it answers.
  const ask = useCallback(() => {
    const a = asking.current;
    if (!pad.current) return;
    if (a.busy) {
      a.again = true;
      return;
    }
    const x = inputOf(pad.current);
    setInput(x);
    if (!x.some((v) => v > 0)) {
      setProbs(null);
      return;
    }
    a.busy = true;
    void predict(x).then((p) => {
      a.busy = false;
      setProbs(p);
      if (a.again) {
        a.again = false;
        ask();
      }
    }, () => (a.busy = false));
  }, [predict]);

  // The network changes while training: ask again each second, and after each evaluation or new run.
  useEffect(() => {
    if (input?.some((v) => v > 0)) ask();
    if (!running) return;
    const timer = setInterval(() => input?.some((v) => v > 0) && ask(), REFRESH_MS);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- input is read, not watched: strokes ask themselves
  }, [running, evals, runId, ask]);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * PAD, y: ((e.clientY - r.top) / r.height) * PAD };
  };
  const stroke = (to: { x: number; y: number }) => {
    const ctx = pad.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    const from = last.current ?? to;
    ctx.strokeStyle = '#111';
    ctx.lineCap = ctx.lineJoin = 'round';
    ctx.lineWidth = BRUSHES[brush];
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + (from === to ? 0.01 : 0), to.y);
    ctx.stroke();
    last.current = to;
    ask();
  };
  const clear = () => {
    pad.current?.getContext('2d', { willReadFrequently: true })?.clearRect(0, 0, PAD, PAD);
    ask();
  };
  const best = probs ? probs.indexOf(Math.max(...probs)) : -1;

  return (
    <section className="digit-pad" aria-labelledby="pad-title" data-testid="digit-pad">
      <h3 id="pad-title">{t('padTitle')}</h3>
      <p className="note">{t('padNote')}</p>
      <div className="pad-row">
        <canvas
          ref={pad} width={PAD} height={PAD} className="pad" aria-label={t('padLabel')} role="img" data-testid="pad"
          onPointerDown={(e) => {
            // Capture keeps a stroke that leaves the pad; a pointer the browser no longer tracks cannot be captured.
            if (e.currentTarget.hasPointerCapture?.(e.pointerId) === false) {
              try {
                e.currentTarget.setPointerCapture(e.pointerId);
              } catch {
                /* drawing goes on without capture */
              }
            }
            last.current = null;
            stroke(point(e));
          }}
          onPointerMove={(e) => last.current && stroke(point(e))}
          onPointerUp={() => (last.current = null)}
          onPointerCancel={() => (last.current = null)}
        />
        <InputPreview pixels={input} label={t('padInput')} />
      </div>
      <div className="pad-tools">
        <button type="button" onClick={clear}>{t('clear')}</button>
        <button type="button" onClick={() => setBrush(Math.max(0, brush - 1))} disabled={brush === 0}>{t('thinner')}</button>
        <button type="button" onClick={() => setBrush(Math.min(BRUSHES.length - 1, brush + 1))} disabled={brush === BRUSHES.length - 1}>{t('thicker')}</button>
        <span className="note" data-testid="brush">{t('brush', { size: BRUSHES[brush] / 10 })}</span>
      </div>
      <figure className="pad-probs">
        <figcaption>{t('probabilities')}</figcaption>
        <ol data-testid="pad-probs">
          {Array.from({ length: 10 }, (_, d) => {
            const p = probs?.[d] ?? 0;
            return (
              <li key={d} className={d === best ? 'best' : ''} data-testid={`prob-${d}`} data-p={p.toFixed(6)}
                aria-label={t('probabilityOf', { digit: d, p: `${(p * 100).toFixed(1)}%` })}>
                <b>{d}</b>
                <span className="pbar"><span style={{ width: `${p * 100}%` }} /></span>
                <small>{(p * 100).toFixed(1)}%</small>
              </li>
            );
          })}
        </ol>
      </figure>
    </section>
  );
}
