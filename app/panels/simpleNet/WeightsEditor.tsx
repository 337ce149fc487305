import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import { snSeedRange, snWeightRange } from '../../store/simpleNetSlice.ts';
import { useStore } from '../../store/store.ts';
import { cellIndices } from './labels.ts';
import { simpleNetMessages } from './messages.ts';

/**
 * W drawn from the seeded generator (np.random.seed(s); np.random.randn(2, 3)) or typed cell by cell. A new
 * seed draws at once; the button draws the current seed again (after typing or training).
 */
export function WeightsEditor() {
  const t = useT(simpleNetMessages);
  const seed = useStore((s) => s.snSeed);
  const w = useStore((s) => s.snW);
  const draw = useStore((s) => s.drawSimpleNetW);
  const setWeight = useStore((s) => s.setSimpleNetWeight);
  return (
    <fieldset className="sn-box" data-testid="sn-weights">
      <legend>{t('weights')}</legend>
      <div className="sn-seed-row">
        <NumberField
          label={t('seed')} value={seed} min={snSeedRange.min} max={snSeedRange.max} integer
          onCommit={(v) => v !== seed && draw(v)} testId="sn-seed"
        />
        <button type="button" onClick={() => draw(seed)} data-testid="sn-draw">{t('draw')}</button>
      </div>
      <div className="sn-weight-grid">
        {w.map((value, cell) => (
          <NumberField
            key={cell} label={t('weightCell', cellIndices(cell))} value={value} min={snWeightRange.min} max={snWeightRange.max}
            onCommit={(v) => setWeight(cell, v)} testId={`sn-w-${cell}`}
          />
        ))}
      </div>
    </fieldset>
  );
}
