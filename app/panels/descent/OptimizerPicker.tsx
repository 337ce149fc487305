import { optimizerNames } from '../../../src-core/index.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import { descentLrRange } from '../../store/descentSlice.ts';
import { useStore } from '../../store/store.ts';
import { optimizerColors } from './descentColors.ts';
import { labMessages } from './labMessages.ts';

/** Which of the book's optimizers run, each with its own lr (SGD's is the slider), and the Figure 6-8 preset. */
export function OptimizerPicker() {
  const t = useT(labMessages);
  const on = useStore((s) => s.descentOptimizers);
  const toggle = useStore((s) => s.toggleDescentOptimizer);
  const setLr = useStore((s) => s.setDescentOptimizerLr);
  const lrs = {
    Momentum: useStore((s) => s.descentLrMomentum),
    AdaGrad: useStore((s) => s.descentLrAdaGrad),
    Adam: useStore((s) => s.descentLrAdam),
  };
  const applyFigure68 = useStore((s) => s.applyFigure68);
  return (
    <fieldset className="optimizer-picker">
      <legend>{t('optimizersLegend')}</legend>
      {optimizerNames.map((name) => (
        <div key={name} className="optimizer-row">
          <label className="check">
            <input
              type="checkbox" checked={on.includes(name)} disabled={on.length === 1 && on.includes(name)}
              onChange={() => toggle(name)} data-testid={`descent-opt-${name}`}
            />
            <span className="swatch" style={{ background: optimizerColors[name] }} aria-hidden="true" />
            {name}
          </label>
          {name === 'SGD' ? (
            <p className="note">{t('sgdLrNote')}</p>
          ) : (
            <NumberField
              label={t('optimizerLr', { name })} value={lrs[name]} {...descentLrRange}
              onCommit={(v) => setLr(name, v)} testId={`descent-lr-${name}`}
            />
          )}
        </div>
      ))}
      <button type="button" onClick={applyFigure68} data-testid="descent-figure68">{t('figure68')}</button>
    </fieldset>
  );
}
