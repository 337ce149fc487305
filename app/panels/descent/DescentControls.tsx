import type { Bowl } from '../../../src-core/index.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import {
  descentLrRange, descentStartRange, descentStepsRange, gradientKinds, maxPinned, type DescentFunction, type DescentRun, type GradientKind,
} from '../../store/descentSlice.ts';
import { useStore } from '../../store/store.ts';
import { descentMessages } from './messages.ts';
import { labMessages } from './labMessages.ts';
import { LrSlider } from './LrSlider.tsx';

const lrPresets = [0.01, 0.1, 10, 1e-10] as const;
const stepPresets = [20, 100, 300] as const;

/** Start point, learning rate, number of steps, gradient kind, pinning and the zoom-to-fit switch. */
export function DescentControls({ run, fn, bowl }: { run: DescentRun; fn: DescentFunction; bowl: Bowl }) {
  const t = useT(descentMessages);
  const tLab = useT(labMessages);
  const setStart = useStore((s) => s.setDescentStart);
  const setLr = useStore((s) => s.setDescentLr);
  const setSteps = useStore((s) => s.setDescentSteps);
  const setGradient = useStore((s) => s.setDescentGradient);
  const fit = useStore((s) => s.descentFit);
  const setFit = useStore((s) => s.setDescentFit);
  const pinned = useStore((s) => s.descentPinned);
  const pin = useStore((s) => s.pinDescentRun);
  const unpin = useStore((s) => s.unpinDescentRun);
  // The overflow needs the exact gradient: the book's numerical one freezes x near −2.59e13 from step 10.
  const showOverflow = () => {
    setGradient('exact');
    setLr(10);
    setSteps(300);
  };
  const kindLabel: Record<GradientKind, string> = { numerical: t('numerical'), exact: t('exact') };

  return (
    <div className="descent-controls">
      <div className="lr-control-wrap">
        <LrSlider lr={run.lr} label={t('lr')} fn={fn} bowl={bowl} onChange={setLr} />
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
              {p === 20 ? t('stepsPreset20') : String(p)}
            </button>
          ))}
        </div>
      </div>
      {fn === 'sphere' && (
        <button type="button" className="overflow-preset" onClick={showOverflow} data-testid="descent-overflow-preset">{tLab('overflowPreset')}</button>
      )}
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
        <button type="button" onClick={() => setStart(bowl.start[0], bowl.start[1])} data-testid="descent-reset-start">
          {t('resetStart', { x0: String(bowl.start[0]).replace('-', '−'), x1: String(bowl.start[1]).replace('-', '−') })}
        </button>
      </div>
      <div className="view-row">
        <button type="button" onClick={() => pin(run)} data-testid="descent-pin" title={`max ${maxPinned}`}>{t('pin')}</button>
        {pinned.map((_, k) => (
          <button key={k} type="button" onClick={() => unpin(k)} data-testid={`descent-unpin-${k}`}>{tLab('unpinOne', { n: k + 1 })}</button>
        ))}
        {pinned.length > 1 && <button type="button" onClick={() => unpin('all')} data-testid="descent-unpin">{tLab('unpinAll')}</button>}
        {pinned.length > 0 && fn === 'sphere' && <p className="note" data-testid="descent-pin-note">{t('pinNote')}</p>}
        <label className="check">
          <input type="checkbox" checked={fit} onChange={(e) => setFit(e.target.checked)} data-testid="descent-fit" />
          {t('fit')}
        </label>
      </div>
    </div>
  );
}
