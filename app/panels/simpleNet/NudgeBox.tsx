import { useId } from 'react';
import { formatExact } from '../../charts/formatNumber.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { snNudgeRange } from '../../store/simpleNetSlice.ts';
import { useStore } from '../../store/store.ts';
import { cellIndices } from './labels.ts';
import { simpleNetMessages } from './messages.ts';

const sci = (v: number) => (Number.isFinite(v) ? v.toExponential(6) : formatExact(v));

/** Move one weight by ±h and compare the loss change ΔL with dWᵢⱼ·h (dW taken before the move). */
export function NudgeBox() {
  const t = useT(simpleNetMessages);
  const id = useId();
  const cell = useStore((s) => s.snNudgeCell);
  const h = useStore((s) => s.snNudgeH);
  const last = useStore((s) => s.snLastNudge);
  const setCell = useStore((s) => s.setSimpleNetNudgeCell);
  const setH = useStore((s) => s.setSimpleNetNudgeH);
  const nudge = useStore((s) => s.nudgeSimpleNet);
  const name = (c: number) => t('weightCell', cellIndices(c));
  return (
    <section className="sn-box sn-nudge" aria-labelledby={`${id}-title`} data-testid="sn-nudge">
      <h3 id={`${id}-title`}>{t('nudgeTitle')}</h3>
      <div className="sn-nudge-controls">
        <div className="number-field">
          <label htmlFor={`${id}-cell`}>{t('nudgeCell')}</label>
          <select id={`${id}-cell`} value={cell} onChange={(e) => setCell(Number(e.target.value))} data-testid="sn-nudge-cell">
            {[0, 1, 2, 3, 4, 5].map((c) => <option key={c} value={c}>{name(c)}</option>)}
          </select>
        </div>
        <NumberField label={t('nudgeH')} value={h} min={snNudgeRange.min} max={snNudgeRange.max} onCommit={setH} testId="sn-nudge-h" />
        <div className="sn-nudge-buttons">
          <button type="button" onClick={() => nudge(1)} data-testid="sn-nudge-plus">{name(cell)} {t('nudgePlus')}</button>
          <button type="button" onClick={() => nudge(-1)} data-testid="sn-nudge-minus">{name(cell)} {t('nudgeMinus')}</button>
        </div>
      </div>
      {last ? (
        <dl className="readouts sn-nudge-readouts">
          <Readout label={`${name(last.cell)}: h = ${formatExact(last.h)}`} value={`L ${formatExact(last.lossBefore)} → ${formatExact(last.lossAfter)}`} testId="sn-nudge-losses" />
          <Readout label={t('deltaLoss')} value={sci(last.lossAfter - last.lossBefore)} testId="sn-nudge-delta" emphasis />
          <Readout label={t('predicted')} value={sci(last.predicted)} testId="sn-nudge-predicted" emphasis />
          <Readout label={t('nudgeGap')} value={sci(last.lossAfter - last.lossBefore - last.predicted)} testId="sn-nudge-gap" />
        </dl>
      ) : (
        <p className="note" data-testid="sn-nudge-none">{t('nudgeNone')}</p>
      )}
      <p className="note">{t('nudgeNote')}</p>
    </section>
  );
}
