import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import { snInputRange } from '../../store/simpleNetSlice.ts';
import { useStore } from '../../store/store.ts';
import { oneHot } from './labels.ts';
import { simpleNetMessages } from './messages.ts';

/** x = (x₁, x₂), the book's (0.6, 0.9) by default, and the one-hot label t picked by clicking. */
export function InputEditor() {
  const t = useT(simpleNetMessages);
  const x0 = useStore((s) => s.snX0);
  const x1 = useStore((s) => s.snX1);
  const label = useStore((s) => s.snT);
  const setX = useStore((s) => s.setSimpleNetX);
  const setT = useStore((s) => s.setSimpleNetT);
  return (
    <fieldset className="sn-box">
      <legend>{t('input')}</legend>
      <div className="sn-pair">
        <NumberField label="x₁" value={x0} min={snInputRange.min} max={snInputRange.max} onCommit={(v) => setX(0, v)} testId="sn-x0" />
        <NumberField label="x₂" value={x1} min={snInputRange.min} max={snInputRange.max} onCommit={(v) => setX(1, v)} testId="sn-x1" />
      </div>
      <div className="sn-label-group" role="group" aria-label={t('label')}>
        <span className="presets-label">{t('label')}</span>
        <div className="sn-label-buttons">
          {[0, 1, 2].map((k) => (
            <button key={k} type="button" aria-pressed={label === k} onClick={() => setT(k)} data-testid={`sn-t-${k}`} className="sn-onehot">
              {oneHot(k)}
            </button>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
