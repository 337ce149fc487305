import { NumberField } from '../../components/NumberField.tsx';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import { Readout } from '../../components/Readout.tsx';
import { formatExact } from '../../charts/formatNumber.ts';
import { useT } from '../../i18n/useT.ts';
import { sweepRange, sweepSizes } from '../../store/sweepSlice.ts';
import { useStore } from '../../store/store.ts';
import { whyLossMessages } from './messages.ts';
import { MiniChart } from './MiniChart.tsx';
import { StepSigmoidFigure } from './StepSigmoidFigure.tsx';
import './whyLoss.css';

/** The swept sample nearest to x. */
function nearest(values: Float64Array, x: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - x) < Math.abs(values[best] - x)) best = i;
  return best;
}

/** 4.2.5: one real weight swept; accuracy is a staircase with derivative 0, the loss is smooth. */
export function WhyLossPanel() {
  const t = useT(whyLossMessages);
  const param = useStore((s) => s.sweepParam);
  const setParam = useStore((s) => s.setSweepParam);
  const size = sweepSizes[param];
  const index = Math.min(useStore((s) => s.sweepIndex), size - 1);
  const setIndex = useStore((s) => s.setSweepIndex);
  const from = useStore((s) => s.sweepFrom);
  const to = useStore((s) => s.sweepTo);
  const setFrom = useStore((s) => s.setSweepFrom);
  const setTo = useStore((s) => s.setSweepTo);
  const result = useStore((s) => s.sweepResult);
  const busy = useStore((s) => s.sweepBusy);
  const error = useStore((s) => s.sweepError);
  const ms = useStore((s) => s.sweepMs);
  const marker = useStore((s) => s.sweepMarker);
  const setMarker = useStore((s) => s.setSweepMarker);
  const run = useStore((s) => s.runSweep);

  const k = result && marker !== null ? nearest(result.values, marker) : null;
  const markerLabel = marker === null ? undefined : `w = ${marker.toFixed(3)}`;
  const common = { xLabel: t('axisW'), marker: marker ?? undefined, onMarker: setMarker, markerLabel };
  return (
    <PanelFrame id="why-loss" title={t('title')} intro={t('intro')} testId="panel-why-loss">
      <div className="sweep-controls">
        <fieldset className="sweep-param">
          <legend>{t('param')}</legend>
          {(['W1', 'W2'] as const).map((p) => (
            <label key={p}><input type="radio" name="sweep-param" checked={param === p} onChange={() => setParam(p)} /> {p}</label>
          ))}
        </fieldset>
        <NumberField label={t('index')} value={index} min={0} max={size - 1} integer onCommit={setIndex} testId="sweep-index" />
        <NumberField label={t('from')} value={from} min={sweepRange.min} max={to - 1e-9} onCommit={setFrom} testId="sweep-from" />
        <NumberField label={t('to')} value={to} min={from + 1e-9} max={sweepRange.max} onCommit={setTo} testId="sweep-to" />
        <button type="button" onClick={() => void run()}>{t('sweep')}</button>
      </div>
      {busy && <p role="status">{t('sweeping')}</p>}
      {error && <p className="field-error" role="alert">{error}</p>}
      {result && (
        <>
          <p className="sweep-source" data-testid="sweep-source" data-ms={ms === null ? undefined : Math.round(ms)}>
            {t('source', { name: result.param, index: result.index, value: formatExact(result.current), origin: t(result.trained ? 'trained' : 'fresh'), batch: result.batchSize, h: '1e-4' })}
          </p>
          <p className="note">{t('dragHint')}</p>
          <div className="sweep-grid">
            <MiniChart {...common} xs={result.values} ys={result.accuracy} yDomain={[0, 1]} step yLabel={t('accuracy')} label={t('accuracyChart')} testId="sweep-accuracy" className="mini-line step-line" />
            <MiniChart {...common} xs={result.values} ys={result.loss} yLabel={t('loss')} label={t('lossChart')} testId="sweep-loss" />
            <MiniChart {...common} xs={result.values} ys={result.dAccuracy} yLabel={t('dAccuracy')} label={t('dAccuracyChart')} testId="sweep-d-accuracy" className="mini-line step-line" />
            <MiniChart {...common} xs={result.values} ys={result.dLoss} yLabel={t('dLoss')} label={t('dLossChart')} testId="sweep-d-loss" />
          </div>
          {k !== null && (
            <>
              <dl className="readouts">
                <Readout label={t('atMarker', { w: result.values[k].toFixed(4) })} value="" />
                <Readout label={t('accuracy')} value={result.accuracy[k].toFixed(2)} testId="sweep-at-accuracy" />
                <Readout label={t('dAccuracy')} value={formatExact(result.dAccuracy[k])} testId="sweep-at-d-accuracy" />
                <Readout label={t('loss')} value={result.loss[k].toFixed(6)} testId="sweep-at-loss" />
                <Readout label={t('dLoss')} value={result.dLoss[k].toFixed(6)} testId="sweep-at-d-loss" />
              </dl>
              <p className="sweep-verdict" data-testid="sweep-verdict">
                {result.dAccuracy[k] === 0 ? t('flat', { d: result.dLoss[k].toFixed(4) }) : t('jump')}
              </p>
            </>
          )}
        </>
      )}
      <StepSigmoidFigure />
    </PanelFrame>
  );
}
