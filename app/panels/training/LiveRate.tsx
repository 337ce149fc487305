import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { trainingRanges } from '../../store/trainingSettingsSlice.ts';
import { formatRateValue } from './format.ts';
import { trainingMessages } from './messages.ts';

const LOG_LR = { min: -4, max: 2, step: 0.1 } as const;

/**
 * The learning rate, which changes live: placed just above the loss chart so a learner sees what a change
 * does while training (on a phone too, where the settings column comes far below).
 */
export function LiveRate() {
  const t = useT(trainingMessages);
  const learningRate = useStore((s) => s.trainLr);
  const setSetting = useStore((s) => s.setTrainSetting);
  const logLr = Math.min(LOG_LR.max, Math.max(LOG_LR.min, Math.log10(learningRate)));
  return (
    <div className="lr-field" data-testid="train-live-rate">
      <NumberField
        label={t('learningRate')} value={learningRate} {...trainingRanges.learningRate}
        onCommit={(v) => setSetting('learningRate', v)} testId="train-lr"
      />
      <div className="lr-slider">
        <input
          type="range" aria-label={t('learningRateSlider')} min={LOG_LR.min} max={LOG_LR.max} step={LOG_LR.step}
          value={Math.round(logLr / LOG_LR.step) * LOG_LR.step} data-testid="train-lr-slider"
          aria-valuetext={formatRateValue(learningRate)}
          onChange={(e) => setSetting('learningRate', Number((10 ** Number(e.target.value)).toPrecision(2)))}
        />
        <div className="lr-ticks" aria-hidden="true">
          {[-4, -3, -2, -1, 0, 1, 2].map((p) => (
            <span key={p}>{formatRateValue(10 ** p)}</span>
          ))}
        </div>
      </div>
      <p className="note">{t('lrLive')}</p>
    </div>
  );
}
