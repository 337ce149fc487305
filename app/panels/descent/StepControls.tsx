import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT.ts';
import { descentMessages } from './messages.ts';

export interface StepControlsProps {
  step: number;
  last: number;
  playing: boolean;
  onToggle: () => void;
  onStop: () => void;
  goTo: (step: number) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

const icons = {
  first: 'M3 2h2v12H3zM14 2v12L6 8z',
  previous: 'M12 2v12L4 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  next: 'M4 2v12l8-6z',
  last: 'M11 2h2v12h-2zM2 2v12l8-6z',
} as const;

/** Small drawn icons: symbol fonts for ⏮ ⏭ are missing on many systems. */
function Icon({ name }: { name: keyof typeof icons }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="icon">
      <path d={icons[name]} />
    </svg>
  );
}

/** First / previous / play-pause / next / last, and a scrubber over every step of the path. */
export function StepControls({ step, last, playing, onToggle, onStop, goTo, onKeyDown }: StepControlsProps) {
  const t = useT(descentMessages);
  const jump = (to: number) => {
    onStop();
    goTo(Math.max(0, Math.min(last, to)));
  };
  return (
    <div className="step-controls" role="group" aria-label={t('scrubber')} onKeyDown={onKeyDown}>
      <div className="step-buttons">
        <button type="button" onClick={() => jump(0)} disabled={step === 0} aria-label={t('first')} title={t('first')} data-testid="descent-first">
          <Icon name="first" />
        </button>
        <button type="button" onClick={() => jump(step - 1)} disabled={step === 0} aria-label={t('previous')} title={t('previous')} data-testid="descent-prev">
          <Icon name="previous" />
        </button>
        <button type="button" onClick={onToggle} aria-pressed={playing} className="play" data-testid="descent-play">
          <Icon name={playing ? 'pause' : 'play'} /> {playing ? t('pause') : t('play')}
        </button>
        <button type="button" onClick={() => jump(step + 1)} disabled={step === last} aria-label={t('next')} title={t('next')} data-testid="descent-next">
          <Icon name="next" />
        </button>
        <button type="button" onClick={() => jump(last)} disabled={step === last} aria-label={t('last')} title={t('last')} data-testid="descent-last">
          <Icon name="last" />
        </button>
        <span className="step-count" data-testid="descent-step">{t('stepOf', { i: step, n: last })}</span>
      </div>
      <input
        type="range" min={0} max={last} step={1} value={step} aria-label={t('scrubber')}
        aria-valuetext={t('stepOf', { i: step, n: last })} className="scrubber" data-testid="descent-scrubber"
        onChange={(e) => jump(Number(e.target.value))}
        // The range input handles ← → itself; keep the group's handler from stepping twice.
        onKeyDown={(e) => e.stopPropagation()}
      />
    </div>
  );
}
