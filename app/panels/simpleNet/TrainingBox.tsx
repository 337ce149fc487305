import { useEffect, useState } from 'react';
import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import { SN_HISTORY_LIMIT, snLrRange } from '../../store/simpleNetSlice.ts';
import { useStore } from '../../store/store.ts';
import { LossHistoryChart } from './LossHistoryChart.tsx';
import { simpleNetMessages } from './messages.ts';

const PLAY_INTERVAL_MS = 120;

/** W −= η·dW one step at a time or playing, with the loss after each step drawn as it goes. */
export function TrainingBox({ loss }: { loss: number }) {
  const t = useT(simpleNetMessages);
  const lr = useStore((s) => s.snLr);
  const history = useStore((s) => s.snHistory);
  const setLr = useStore((s) => s.setSimpleNetLr);
  const step = useStore((s) => s.stepSimpleNet);
  const clear = useStore((s) => s.clearSimpleNetHistory);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      if (!useStore.getState().stepSimpleNet()) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(id);
  }, [playing]);

  const full = history.length >= SN_HISTORY_LIMIT;
  return (
    <section className="sn-box sn-training" aria-labelledby="sn-training-title" data-testid="sn-training">
      <h3 id="sn-training-title">{t('training')}</h3>
      <div className="sn-training-controls">
        <NumberField label={t('lr')} value={lr} min={snLrRange.min} max={snLrRange.max} onCommit={setLr} testId="sn-lr" />
        <div className="step-buttons">
          <button type="button" onClick={() => step()} disabled={playing || full} data-testid="sn-step">{t('step')}</button>
          <button type="button" aria-pressed={playing} onClick={() => setPlaying(!playing)} disabled={full && !playing} data-testid="sn-play">
            {playing ? t('pause') : t('play')}
          </button>
          <button type="button" onClick={() => { setPlaying(false); clear(); }} disabled={history.length === 0} data-testid="sn-clear">
            {t('clearHistory')}
          </button>
          <span className="step-count">{t('steps')}: <span data-testid="sn-steps">{history.length}</span></span>
        </div>
      </div>
      {full && <p className="note">{t('historyFull', { n: SN_HISTORY_LIMIT })}</p>}
      <LossHistoryChart losses={[...history, loss]} label={t('chartLabel')} xLabel={t('chartX')} yLabel={t('chartY')} />
    </section>
  );
}
