import { useId } from 'react';
import { NumberField } from '../../components/NumberField.tsx';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { overfitEpochRange, overfitSizes, type OverfitSize } from '../../store/overfitSlice.ts';
import { useStore } from '../../store/store.ts';
import { OverfitChart } from './OverfitChart.tsx';
import { overfitMessages } from './overfitMessages.ts';
import './learningFromData.css';

/** Below this gap (train − test) the run is said to generalise. */
const GAP_NAMED = 0.1;
const fmt = (v: number) => v.toFixed(4);

/** 4.1.2: the book's network on the first N training images, train vs test accuracy per epoch, live. */
export function OverfitPanel() {
  const t = useT(overfitMessages);
  const sizeId = useId();
  const size = useStore((s) => s.overfitSize);
  const setSize = useStore((s) => s.setOverfitSize);
  const epochs = useStore((s) => s.overfitEpochs);
  const setEpochs = useStore((s) => s.setOverfitEpochs);
  const points = useStore((s) => s.overfitPoints);
  const state = useStore((s) => s.overfitState);
  const error = useStore((s) => s.overfitError);
  const run = useStore((s) => s.runOverfit);
  const pause = useStore((s) => s.pauseOverfit);
  const last = points.at(-1);
  const n = Number(size).toLocaleString('en-US');
  const running = state === 'running';

  return (
    <PanelFrame id="overfit" title={t('title')} intro={t('intro')} testId="panel-overfit">
      <div className="overfit-controls">
        <label htmlFor={sizeId} className="number-field">
          <span>{t('size')}</span>
          <select id={sizeId} value={size} onChange={(e) => setSize(e.target.value as OverfitSize)} disabled={running} data-testid="overfit-size">
            {overfitSizes.map((s) => <option key={s} value={s}>{Number(s).toLocaleString('en-US')}</option>)}
          </select>
        </label>
        <NumberField label={t('epochs')} value={epochs} {...overfitEpochRange} onCommit={setEpochs} testId="overfit-epochs" />
        <button type="button" onClick={() => void run()}>{t('run')}</button>
        <button type="button" onClick={() => void pause()} disabled={!running}>{t('pause')}</button>
      </div>
      {running && points.length === 0 && <p>{t('waiting')}</p>}
      {error && <p className="field-error" role="alert">{error}</p>}
      <OverfitChart
        points={points} epochs={epochs}
        labels={{ figure: t('chartLabel'), epoch: t('axisEpoch'), accuracy: t('axisAcc'), train: t('trainAcc'), test: t('testAcc') }}
      />
      {last && (
        <>
          <dl className="readouts">
            <Readout label={t('epoch')} value={String(last.epoch)} testId="overfit-epoch" />
            <Readout label={t('trainAcc')} value={fmt(last.train)} testId="overfit-train" />
            <Readout label={t('testAcc')} value={fmt(last.test)} testId="overfit-test" />
            <Readout label={t('gap')} value={fmt(last.train - last.test)} testId="overfit-gap" emphasis />
          </dl>
          <p className="overfit-verdict" data-testid="overfit-verdict">
            {t(last.train - last.test >= GAP_NAMED ? 'overfitting' : 'smallGap', { n, train: last.train.toFixed(2), test: last.test.toFixed(2), gap: (last.train - last.test).toFixed(2) })}
          </p>
        </>
      )}
    </PanelFrame>
  );
}
