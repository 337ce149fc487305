import { useEffect, useRef, useState } from 'react';
import type { ConfusionCellPage } from '../../../workers/protocol.ts';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { learnedMessages } from './learnedMessages.ts';

const PAGE = 40;
const SIDE = 28;

/** One test image, dark ink on paper. */
function TestImage({ pixels }: { pixels: Uint8Array }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(SIDE, SIDE);
    for (let i = 0; i < SIDE * SIDE; i++) {
      const v = 255 - pixels[i];
      image.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(image, 0, 0);
  }, [pixels]);
  return <canvas ref={ref} width={SIDE} height={SIDE} aria-hidden="true" />;
}

/** The three most probable digits of a 10-probability row. */
export function top3(p: Float64Array): { digit: number; p: number }[] {
  return Array.from(p, (v, digit) => ({ digit, p: v })).sort((a, b) => b.p - a.p).slice(0, 3);
}

interface Props {
  readonly actual: number;
  readonly predicted: number;
  readonly total: number;
  readonly onClose: () => void;
}

/** Every test image of one confusion-matrix cell, a page at a time, with the network's top-3 probabilities. */
export function ConfusionGallery({ actual, predicted, total, onClose }: Props) {
  const t = useT(learnedMessages);
  const fetchPage = useStore((s) => s.trainingConfusionCell);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<ConfusionCellPage | null>(null);
  useEffect(() => {
    let live = true;
    void fetchPage(actual, predicted, offset, PAGE).then((p) => live && setPage(p));
    return () => {
      live = false;
    };
  }, [fetchPage, actual, predicted, offset]);
  const count = page?.indices.length ?? 0;
  const shown = page?.total ?? total;

  return (
    <section className="confusion-gallery" aria-labelledby="gallery-title" data-testid="confusion-gallery">
      <div className="gallery-head">
        <h4 id="gallery-title">{t('galleryTitle', { actual, predicted, total: shown })}</h4>
        <button type="button" onClick={onClose}>{t('close')}</button>
      </div>
      <ol className="gallery-items">
        {page &&
          Array.from(page.indices, (index, k) => {
            const best = top3(page.probabilities.subarray(k * 10, k * 10 + 10));
            const text = best.map((b) => `${b.digit} ${(b.p * 100).toFixed(1)}%`).join(', ');
            return (
              <li key={index} data-testid="gallery-item" aria-label={t('galleryImage', { index, top: text })}>
                <TestImage pixels={page.images.subarray(k * SIDE * SIDE, (k + 1) * SIDE * SIDE)} />
                <span className="gallery-index">#{index}</span>
                <ul className="top3" aria-hidden="true">
                  {best.map((b) => (
                    <li key={b.digit} className={b.digit === actual ? 'truth' : ''}>
                      <b>{b.digit}</b> <span className="pbar"><span style={{ width: `${b.p * 100}%` }} /></span> {(b.p * 100).toFixed(0)}%
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
      </ol>
      <div className="gallery-pages">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('previous')}</button>
        <span aria-live="polite" data-testid="gallery-page">
          {t('galleryPage', { from: count > 0 ? offset + 1 : 0, to: offset + count, total: shown })}
        </span>
        <button type="button" disabled={offset + PAGE >= shown} onClick={() => setOffset(offset + PAGE)}>{t('next')}</button>
      </div>
    </section>
  );
}
