import { useId } from 'react';
import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import {
  descentLrRange, descentStartRange, descentStepsRange, gradientKinds, type DescentRun, type GradientKind,
} from '../../store/descentSlice.ts';
import { useStore } from '../../store/store.ts';
import { descentMessages } from './messages.ts';

const lrPresets = [0.01, 0.1, 10, 1e-10] as const;
const stepPresets = [20, 100, 300] as const;

/** The slider works on log₁₀ lr; three significant digits keep slider values (and the URL) tidy. */
const lrFromSlider = (v: number) => Number((10 ** v).toPrecision(3));

/** Start point, learning rate, number of steps, gradient kind, pinning and the zoom-to-fit switch. */
export function DescentControls({ run }: { run: DescentRun }) {
  const t = useT(descentMessages);
  const sliderId = useId();
  const setStart = useStore((s) => s.setDescentStart);
  const setLr = useStore((s) => s.setDescentLr);
  const setSteps = useStore((s) => s.setDescentSteps);
  const setGradient = useStore((s) => s.setDescentGradient);
  const fit = useStore((s) => s.descentFit);
  const setFit = useStore((s) => s.setDescentFit);
  const pinned = useStore((s) => s.descentPinned);
  const pin = useStore((s) => s.pinDescentRun);
  const kindLabel: Record<GradientKind, string> = { numerical: t('numerical'), exact: t('exact') };

  return (
    <div className="descent-controls">
      <div className="lr-control">
        <label htmlFor={sliderId}>{t('lr')}</label>
        <input
          id={sliderId} type="range" min={-10} max={1} step={0.01} value={Math.log10(run.lr)}
          aria-valuetext={`lr = ${run.lr}`} data-testid="descent-lr-slider"
          onChange={(e) => setLr(lrFromSlider(Number(e.target.value)))}
        />
        <div className="lr-row">
          <NumberField label={t('lrField')} value={run.lr} {...descentLrRange} onCommit={setLr} testId="descent-lr-input" />
          <div className="presets" role="group" aria-label={t('lrPresets')}>
            {lrPresets.map((p) => (
              <button key={p} type="button" aria-pressed={run.lr === p} onClick={() => setLr(p)} data-testid={`descent-lr-${p}`}>
                {String(p)}
              </button>
            ))}
          </div>
        </div>
      </div>
      <div className="steps-row">
        <NumberField label={t('steps')} value={run.steps} {...descentStepsRange} integer onCommit={setSteps} testId="descent-steps-input" />
        <div className="presets" role="group" aria-label={t('stepsPresets')}>
          {stepPresets.map((p) => (
            <button key={p} type="button" aria-pressed={run.steps === p} onClick={() => setSteps(p)} data-testid={`descent-steps-${p}`}>
              {p === 20 ? t('stepsPreset20') : p === 300 ? t('stepsPreset300') : String(p)}
            </button>
          ))}
        </div>
      </div>
      <fieldset className="gradient-kind">
        <legend>{t('gradientKind')}</legend>
        {gradientKinds.map((kind) => (
          <label key={kind}>
            <input
              type="radio" name="descent-gradient" value={kind} checked={run.gradient === kind}
              onChange={() => setGradient(kind)} data-testid={`descent-gradient-${kind}`}
            />
            {kindLabel[kind]}
          </label>
        ))}
      </fieldset>
      <div className="start-row">
        <NumberField label={t('startX0')} value={run.x0} {...descentStartRange} onCommit={(v) => setStart(v, run.x1)} testId="descent-x0-input" />
        <NumberField label={t('startX1')} value={run.x1} {...descentStartRange} onCommit={(v) => setStart(run.x0, v)} testId="descent-x1-input" />
        <button type="button" onClick={() => setStart(-3, 4)} data-testid="descent-reset-start">{t('resetStart')}</button>
      </div>
      <div className="view-row">
        <button type="button" onClick={() => pin(run)} data-testid="descent-pin">{t('pin')}</button>
        {pinned && <button type="button" onClick={() => pin(null)} data-testid="descent-unpin">{t('unpin')}</button>}
        {pinned && <p className="note" data-testid="descent-pin-note">{t('pinNote')}</p>}
        <label className="check">
          <input type="checkbox" checked={fit} onChange={(e) => setFit(e.target.checked)} data-testid="descent-fit" />
          {t('fit')}
        </label>
      </div>
    </div>
  );
}
