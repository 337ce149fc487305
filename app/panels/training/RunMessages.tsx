import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import type { LossSeries } from '../../store/trainingSlice.ts';
import { bookTrainingConfig } from '../../store/trainingSettingsSlice.ts';
import { formatAccuracy, formatCount, formatRateValue } from './format.ts';
import { trainingMessages } from './messages.ts';
import type { TrainingConfig } from '../../../src-core/index.ts';

const WINDOW = 100;
/** The loss of a network that guesses all ten digits equally: where every run starts. */
const GUESSING_LOSS = Math.log(10);
/** The book's learning rate: above it a stuck loss means overshooting, at or below it steps that are too small. */
const BOOK_LR = 0.1;

/** Mean of the last 100 losses, rounded to two decimals (so the selector changes rarely); NaN before 200. */
export function recentLossMean(series: LossSeries): number {
  if (series.count < 2 * WINDOW) return NaN;
  let sum = 0;
  for (let i = series.count - WINDOW; i < series.count; i++) sum += series.values[i];
  return Math.round((sum / WINDOW) * 100) / 100;
}

/**
 * The book's accuracy is a fair yardstick only for a run with the book's network, data per step, rate and
 * length, the whole way through (a learning rate changed mid-run and changed back is another run).
 */
function isBookRun(config: TrainingConfig | undefined, rateChanges: number): boolean {
  if (!config || rateChanges > 0) return false;
  const keys = ['hiddenSize', 'learningRate', 'batchSize', 'iterations', 'weightInitStd'] as const;
  return keys.every((k) => config[k] === bookTrainingConfig[k]);
}

/** Divergence, a loss that is not going down, the end of the run, and refused commands. */
export function RunMessages() {
  const t = useT(trainingMessages);
  const state = useStore((s) => s.trainStatus?.state);
  const divergedAt = useStore((s) => s.trainStatus?.divergedAt ?? null);
  const lr = useStore((s) => s.trainStatus?.config.learningRate ?? s.trainLr);
  const recent = useStore((s) => recentLossMean(s.trainLosses));
  const last = useStore((s) => s.trainEvals.at(-1));
  const iterations = useStore((s) => s.trainStatus?.iterations ?? 0);
  const commandError = useStore((s) => s.trainCommandError);
  const bookRun = useStore((s) => isBookRun(s.trainStatus?.config, s.trainRateMarks.length));

  return (
    <div className="run-messages">
      {divergedAt !== null && (
        <p className="warning" role="alert" data-testid="train-diverged">
          {t('diverged', { iteration: formatCount(divergedAt) })}
        </p>
      )}
      {divergedAt === null && recent > GUESSING_LOSS && (
        <p className="warning" role="status" data-testid="train-not-learning">
          {t('notLearning', { recent: recent.toFixed(2) })}{' '}
          {t(lr > BOOK_LR ? 'notLearningLargeRate' : 'notLearningSmallRate', { lr: formatRateValue(lr) })}
        </p>
      )}
      {state === 'finished' && last && (
        <p className="done" role="status" data-testid="train-finished">
          {t(bookRun ? 'finished' : 'finishedOwnSettings', { iterations: formatCount(iterations), train: formatAccuracy(last.trainAccuracy), test: formatAccuracy(last.testAccuracy) })}
        </p>
      )}
      {commandError && (
        <p className="warning" role="alert" data-testid="train-command-error">
          {t('commandFailed', { message: commandError })}
        </p>
      )}
    </div>
  );
}
