import { crossEntropyError, sumSquaresError } from '../../../src-core/index.ts';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { lossExample1, lossExample2 } from '../../store/lossSlice.ts';
import { useStore } from '../../store/store.ts';
import { LossBarsFigure } from './LossBarsFigure.tsx';
import { LossFormulas } from './LossFormulas.tsx';
import { lossMessages } from './messages.ts';
import { CLASSES, PARTS, partsToY } from '../../store/lossParts.ts';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './loss.css';

const uniform = Array.from({ length: CLASSES }, () => PARTS / CLASSES);
const presets = [
  { id: 'example1', parts: lossExample1, label: 2 },
  { id: 'example2', parts: lossExample2, label: 2 },
  { id: 'uniform', parts: uniform, label: undefined },
] as const;
const same = (a: readonly number[], b: readonly number[]) => a.every((v, i) => v === b[i]);
/** Python list text as the notes write it: 0 → 0.0. */
const pyList = (values: readonly number[]) => `[${values.map((v) => (Number.isInteger(v) ? v.toFixed(1) : String(v))).join(', ')}]`;

/** 4.2.1–4.2.2: drag the outputs y, pick the label t, watch both losses (computed by the core). */
export function LossPanel() {
  const t = useT(lossMessages);
  const parts = useStore((s) => s.lossParts);
  const label = useStore((s) => s.lossLabel);
  const setBar = useStore((s) => s.setLossBar);
  const setParts = useStore((s) => s.setLossParts);
  const setLabel = useStore((s) => s.setLossLabel);
  const y = partsToY(parts);
  const oneHot = y.map((_, k) => (k === label ? 1 : 0));
  const sse = sumSquaresError(y, oneHot);
  const cee = crossEntropyError(y, oneHot);
  // Σy from the whole parts: exact, where a float sum of the ten doubles could print 0.9999999999999999.
  const sum = parts.reduce((s, p) => s + p, 0) / PARTS;

  return (
    <PanelFrame id="loss" title={t('title')} intro={t('intro')} testId="panel-loss">
      <div className="panel-body">
        <div className="figure-wrap">
          <LossBarsFigure
            parts={parts} label={label} onBar={setBar} onLabel={setLabel}
            labels={{
              figure: t('figureLabel'), bar: (k) => t('barLabel', { k }), axisClass: t('axisClass'), axisY: t('axisY'),
              legendY: t('legendY'), legendT: t('legendT'), pickLabel: (k) => t('labelButton', { k }),
            }}
          />
          <LossFormulas sse={sse} cee={cee} yTrue={y[label]} label={label} titles={{ sse: t('sse'), cee: t('cee'), sseFormula: t('sseFormulaLabel'), ceeFormula: t('ceeFormulaLabel') }} />
          <p className="note">{t('keyboardHint')}</p>
          <pre className="book-call code-scroll" aria-label={t('bookCall')}>
            <code>
              {`t = ${JSON.stringify(oneHot).replace(/,/g, ', ')}\ny = ${pyList(y)}\n` +
                `sum_squares_error(np.array(y), np.array(t))    # ${String(sse)}\n` +
                `cross_entropy_error(np.array(y), np.array(t))  # ${String(cee)}`}
            </code>
          </pre>
        </div>
        <div className="side">
          <div className="presets loss-labels" role="group" aria-label={t('labelGroup')}>
            <span className="presets-label">{t('labelGroup')}</span>
            {Array.from({ length: CLASSES }, (_, k) => (
              <button
                key={k} type="button" aria-pressed={k === label} aria-label={t('labelButton', { k })}
                onClick={() => setLabel(k)} data-testid={`loss-label-${k}`}
              >
                {k}
              </button>
            ))}
          </div>
          <div className="presets" role="group" aria-label={t('presets')}>
            <span className="presets-label">{t('presets')}</span>
            {presets.map((p) => (
              <button
                key={p.id} type="button" aria-pressed={(p.label === undefined || label === p.label) && same(parts, p.parts)}
                onClick={() => { setParts(p.parts); if (p.label !== undefined) setLabel(p.label); }} data-testid={`loss-preset-${p.id}`}
              >
                {t(p.id)}
              </button>
            ))}
          </div>
          <dl className="readouts">
            <Readout label="t" value={String(label)} testId="loss-label" />
            <Readout label={t('yt')} value={String(y[label])} testId="loss-yt" />
            <Readout label={t('sum')} value={String(sum)} testId="loss-y-sum" />
          </dl>
        </div>
      </div>
    </PanelFrame>
  );
}
