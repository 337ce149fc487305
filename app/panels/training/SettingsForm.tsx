import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { needsNewRun, runStarted } from '../../bridge/trainingSession.ts';
import { bookTrainingConfig, gradientMethods, panelSettings, trainingConfigOf, trainingRanges } from '../../store/trainingSettingsSlice.ts';
import type { TrainingConfig } from '../../../src-core/index.ts';
import { trainingMessages } from './messages.ts';


type NumberKey = Exclude<keyof TrainingConfig, 'gradientMethod' | 'learningRate' | 'trainSize'>;
const numberFields: readonly { key: NumberKey; testId: string }[] = [
  { key: 'hiddenSize', testId: 'train-hidden' },
  { key: 'batchSize', testId: 'train-batch' },
  { key: 'iterations', testId: 'train-iterations' },
  { key: 'weightInitStd', testId: 'train-std' },
  { key: 'seed', testId: 'train-seed' },
];

/** The book's hyperparameters: number fields that refuse bad input (the learning rate is LiveRate's, by the chart). */
export function SettingsForm() {
  const t = useT(trainingMessages);
  const hiddenSize = useStore((s) => s.trainHidden);
  const learningRate = useStore((s) => s.trainLr);
  const batchSize = useStore((s) => s.trainBatch);
  const iterations = useStore((s) => s.trainIters);
  const weightInitStd = useStore((s) => s.trainStd);
  const seed = useStore((s) => s.trainSeed);
  const gradientMethod = useStore((s) => s.trainGradient);
  const runConfig = useStore((s) => s.trainStatus?.config ?? null);
  const started = useStore((s) => runStarted(s.trainStatus));
  const setSetting = useStore((s) => s.setTrainSetting);
  const values: Record<NumberKey, number> = { hiddenSize, batchSize, iterations, weightInitStd, seed };
  const current = trainingConfigOf({
    trainHidden: hiddenSize, trainLr: learningRate, trainBatch: batchSize, trainIters: iterations,
    trainStd: weightInitStd, trainSeed: seed, trainGradient: gradientMethod,
  });
  const pending = started && runConfig !== null && needsNewRun(current, runConfig);

  return (
    <fieldset className="training-settings" data-testid="train-settings">
      <legend>{t('settings')}</legend>
      <div className="grid">
        {numberFields.map(({ key, testId }) => (
          <NumberField
            key={key} label={t(key)} value={values[key]} {...trainingRanges[key]}
            onCommit={(v) => setSetting(key, v)} testId={testId}
          />
        ))}
      </div>
      <div className="method" role="radiogroup" aria-label={t('gradientMethod')}>
        <span className="presets-label">{t('gradientMethod')}</span>
        {gradientMethods.map((m) => (
          <button
            key={m} type="button" role="radio" aria-checked={gradientMethod === m} aria-pressed={gradientMethod === m}
            onClick={() => setSetting('gradientMethod', m)} data-testid={`train-method-${m}`}
          >
            {t(m)}
          </button>
        ))}
      </div>
      {gradientMethod === 'numerical' && <p className="note">{t('numericalNote')}</p>}
      {pending && (
        <p className="pending" role="status" data-testid="train-pending">
          {t('pending')}
        </p>
      )}
      <button
        type="button" className="link-button" data-testid="train-book-defaults"
        onClick={() => panelSettings.forEach((k) => setSetting(k, bookTrainingConfig[k]))}
      >
        {t('bookDefaults')}
      </button>
    </fieldset>
  );
}
