import { useState } from 'react';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { formatCount, formatDuration, formatRate } from './format.ts';
import { trainingMessages } from './messages.ts';

const stepChoices = [1, 10, 100, 600] as const;
/** Slow motion: the book's run takes seconds at full speed; at ×0.01 a learner can watch it epoch by epoch. */
const speedChoices = [1, 0.1, 0.01] as const;
const stateKey = {
  idle: 'stateIdle', running: 'stateRunning', paused: 'statePaused', finished: 'stateFinished', diverged: 'stateDiverged', failed: 'stateFailed',
} as const;

/** Start / Pause / Step / Reset, the progress bar and the run's readouts. */
export function RunControls() {
  const t = useT(trainingMessages);
  const ready = useStore((s) => s.trainDataStatus === 'ready');
  const lost = useStore((s) => s.trainDataStatus === 'lost');
  const status = useStore((s) => s.trainStatus);
  const iterationsSetting = useStore((s) => s.trainIters);
  const start = useStore((s) => s.startTraining);
  const pause = useStore((s) => s.pauseTraining);
  const step = useStore((s) => s.stepTraining);
  const reset = useStore((s) => s.resetTraining);
  const setSpeed = useStore((s) => s.setTrainingSpeed);
  const [stepN, setStepN] = useState<number>(1);

  const state = status?.state ?? 'idle';
  const running = state === 'running';
  const over = state === 'finished' || state === 'diverged' || state === 'failed';
  const iteration = status?.iteration ?? 0;
  const iterations = status?.iterations ?? iterationsSetting;
  const perEpoch = status?.iterPerEpoch ?? 600;
  const fraction = iterations > 0 ? iteration / iterations : 0;
  const evaluating = status?.evaluating ?? null;
  const numerical = status?.numerical ?? null;
  const beside = status?.besideEval ?? null;

  return (
    <div className="training-controls" role="group" aria-label={t('controls')}>
      <div className="buttons">
        <button
          type="button" className="primary" disabled={!ready || over} data-testid="train-start"
          aria-describedby={over ? 'train-over-hint' : undefined}
          onClick={() => void (running ? pause() : start())}
        >
          {running ? t('pause') : state === 'paused' ? t('resume') : t('start')}
        </button>
        <button type="button" disabled={!ready || running || over} onClick={() => void step(stepN)} data-testid="train-step">
          {t('step')} ×{stepN}
        </button>
        <select aria-label={t('stepCount')} value={stepN} onChange={(e) => setStepN(Number(e.target.value))} data-testid="train-step-n">
          {stepChoices.map((n) => (
            <option key={n} value={n}>
              ×{n}
            </option>
          ))}
        </select>
        <select
          aria-label={t('speed')} value={status?.speed ?? 1} disabled={!ready || !status}
          onChange={(e) => void setSpeed(Number(e.target.value))} data-testid="train-speed"
        >
          {speedChoices.map((v) => (
            <option key={v} value={v}>
              {v === 1 ? t('speedFull') : t('speedSlow', { factor: String(v) })}
            </option>
          ))}
        </select>
        <button type="button" disabled={!ready} onClick={() => void reset()} data-testid="train-reset">
          {t('reset')}
        </button>
        <span
          className={`state state-${lost ? 'lost' : state}`} data-testid="train-state" data-state={lost ? 'lost' : state}
          data-iteration={iteration} data-elapsed-ms={Math.round(status?.elapsedMs ?? 0)}
        >
          {t(lost ? 'stateLost' : stateKey[state])}
        </span>
      </div>
      {over && (
        <p className="note" id="train-over-hint" data-testid="train-over-hint">
          {t('overHint')}
        </p>
      )}
      <div
        className="bar" role="progressbar" aria-label={t('progress')} aria-valuemin={0} aria-valuemax={iterations}
        aria-valuenow={iteration} data-testid="train-progress"
      >
        <div style={{ width: `${(Math.min(1, fraction) * 100).toFixed(2)}%` }} />
      </div>
      <dl className="readouts row">
        <Readout label={t('iteration')} value={`${formatCount(iteration)} / ${formatCount(iterations)}`} testId="train-iteration" />
        <Readout
          label={t('epoch')}
          value={`${formatCount(Math.floor(iteration / perEpoch))} / ${formatCount(Math.floor(iterations / perEpoch))}`}
          testId="train-epoch"
        />
        <Readout label={t('rate')} value={formatRate(status?.itersPerSecond ?? 0)} testId="train-rate" />
        <Readout label={t('timeLeft')} value={formatDuration(status?.secondsLeft)} testId="train-time-left" />
        <Readout label={t('elapsed')} value={formatDuration((status?.elapsedMs ?? 0) / 1000)} testId="train-elapsed" />
      </dl>
      <p className="activity note" aria-live="polite" data-testid="train-activity">
        {evaluating
          ? t('evaluating', { done: formatCount(evaluating.done), total: formatCount(evaluating.total) })
          : numerical
            ? t('numericalProgress', {
                done: formatCount(numerical.done), total: formatCount(numerical.total), left: formatDuration(numerical.secondsLeft),
              })
            : beside
              ? beside.threads === 1
                ? t('evaluatingBesideOne', { iteration: formatCount(beside.iteration) })
                : t('evaluatingBeside', { iteration: formatCount(beside.iteration), threads: String(beside.threads) })
              : '\u00a0'}
      </p>
      {numerical && (
        <div className="bar thin" role="progressbar" aria-label={t('gradientProgress')} aria-valuemin={0} aria-valuemax={numerical.total} aria-valuenow={numerical.done}>
          <div style={{ width: `${((numerical.done / Math.max(1, numerical.total)) * 100).toFixed(1)}%` }} />
        </div>
      )}
    </div>
  );
}
