import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { trainingMessages } from './messages.ts';

/** One test image as dark ink on paper (the data set stores white strokes on black: 255 − pixel). */
function Digit({ pixels, side }: { pixels: Uint8Array; side: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(side, side);
    for (let i = 0; i < side * side; i++) {
      const v = 255 - pixels[i];
      image.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(image, 0, 0);
  }, [pixels, side]);
  return <canvas ref={ref} width={side} height={side} aria-hidden="true" />;
}

/** The first test digits with the network's current answers, refreshed after every evaluation. */
export function DigitGrid() {
  const t = useT(trainingMessages);
  const samples = useStore((s) => s.trainSamples);
  const predictions = useStore((s) => s.trainPredictions);
  const evals = useStore((s) => s.trainEvals);
  if (!samples) return null;
  const { side, sampleImages, sampleLabels } = samples;
  const count = sampleLabels.length;
  const wrong = predictions ? sampleLabels.reduce((n, label, i) => n + (predictions[i] === label ? 0 : 1), 0) : 0;
  const last = evals.at(-1);

  return (
    <section className="digit-grid" aria-labelledby="digits-title" data-testid="digit-grid">
      <h3 id="digits-title">{t('digitsTitle', { count })}</h3>
      <p className="note">
        {last ? t('digitsAfter', { epoch: last.epoch }) : t('digitsInitial')}
        {predictions && (
          <>
            {' · '}
            <span data-testid="digits-wrong">{t('digitsWrong', { wrong })}</span>
          </>
        )}
      </p>
      <ol>
        {Array.from({ length: count }, (_, i) => {
          const label = sampleLabels[i];
          const guess = predictions ? predictions[i] : null;
          const isWrong = guess !== null && guess !== label;
          return (
            <li
              key={i} className={isWrong ? 'wrong' : guess === null ? '' : 'right'} data-testid={`digit-${i}`}
              data-label={label} data-guess={guess ?? ''} title={guess === null ? undefined : t('digitLabel', { label, guess })}
            >
              <Digit pixels={sampleImages.subarray(i * side * side, (i + 1) * side * side)} side={side} />
              <span className="guess" aria-label={guess === null ? undefined : t('digitLabel', { label, guess })}>
                {guess ?? '·'}
                {isWrong && <small>({label})</small>}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
