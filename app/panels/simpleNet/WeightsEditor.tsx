import { useId, useState } from 'react';
import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import { snSeedRange, snWeightRange } from '../../store/simpleNetSlice.ts';
import { useStore } from '../../store/store.ts';
import { cellIndices } from './labels.ts';
import { simpleNetMessages } from './messages.ts';

/** A cell's value as numpy prints it (at most 8 decimals), so six of them fit side by side. */
// The box is narrow: a rounded value says so with ≈ (focus the box, or hover it, for every digit).
const briefWeight = (v: number) => {
  const brief = v === 0 || Math.abs(v) >= 1e-4 ? String(Number(v.toFixed(8))) : v.toExponential(2);
  return Number(brief) === v ? brief : `≈${brief}`;
};

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
  const errorId = useId();
  // A refused cell's message goes under the whole grid: a third of the column is too narrow for a sentence.
  const [errors, setErrors] = useState<Record<number, string>>({});
  const reportError = (cell: number) => (message: string | null) =>
    setErrors((now) => {
      const next = { ...now };
      if (message === null) delete next[cell];
      else next[cell] = message;
      return next;
    });
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
            brief={briefWeight} onCommit={(v) => setWeight(cell, v)} testId={`sn-w-${cell}`}
            errorOutside={{ id: `${errorId}-${cell}`, onChange: reportError(cell) }}
          />
        ))}
      </div>
      {w.map((_, cell) =>
        errors[cell] ? (
          <p key={cell} className="field-error" id={`${errorId}-${cell}`} role="alert" data-testid={`sn-w-${cell}-error`}>
            {t('weightCell', cellIndices(cell))}: {errors[cell]}
          </p>
        ) : null,
      )}
    </fieldset>
  );
}
