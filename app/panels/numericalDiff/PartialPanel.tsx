import { useMemo } from 'react';
import { function2, function2Gradient, numericalDiff } from '../../../src-core/index.ts';
import { formatExact } from '../../charts/formatNumber.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { partialDomain } from '../../store/partialSlice.ts';
import { useStore } from '../../store/store.ts';
import { partialMessages } from './partialMessages.ts';
import { FigureLegend } from './FigureLegend.tsx';
import { SliceFigure } from './SliceFigure.tsx';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './numericalDiff.css';

/** Python-style float literal for the book call: 3 → 3.0. */
const py = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : formatExact(v));
/** v**2.0 as Python needs it: -4.0**2.0 would be −16, so negatives get parentheses. */
const pySquare = (v: number) => (v < 0 ? `(${py(v)})**2.0` : `${py(v)}**2.0`);

/** 4.3.3: ∂f/∂x0 and ∂f/∂x1 of x0² + x1² as the slopes of two one-variable slices. */
export function PartialPanel() {
  const t = useT(partialMessages);
  const x0 = useStore((s) => s.partialX0);
  const x1 = useStore((s) => s.partialX1);
  const setX0 = useStore((s) => s.setPartialX0);
  const setX1 = useStore((s) => s.setPartialX1);
  // The book's function_tmp1 and function_tmp2: one variable moves, the other is held fixed.
  const tmp1 = useMemo(() => (v: number) => function2([v, x1]), [x1]);
  const tmp2 = useMemo(() => (v: number) => function2([x0, v]), [x0]);
  const d0 = numericalDiff(tmp1, x0);
  const d1 = numericalDiff(tmp2, x1);
  const exact = function2Gradient([x0, x1]);
  const axisF = t('f');

  return (
    <PanelFrame id="partial" title={t('title')} intro={t('intro')} testId="panel-partial">
      <div className="panel-body">
        <div className="figure-wrap slice-figures">
          <figure>
            <SliceFigure
              variable="x0" f={tmp1} t={x0} slope={d0} onMove={setX0}
              labels={{ figure: t('sliceX0', { x1: formatExact(x1) }), axisT: 'x₀', axisF, point: t('pointX0'), slope: `∂f/∂x₀ = ${formatExact(d0)}` }}
            />
            <figcaption>{t('sliceX0', { x1: formatExact(x1) })}</figcaption>
          </figure>
          <figure>
            <SliceFigure
              variable="x1" f={tmp2} t={x1} slope={d1} onMove={setX1}
              labels={{ figure: t('sliceX1', { x0: formatExact(x0) }), axisT: 'x₁', axisF, point: t('pointX1'), slope: `∂f/∂x₁ = ${formatExact(d1)}` }}
            />
            <figcaption>{t('sliceX1', { x0: formatExact(x0) })}</figcaption>
          </figure>
          <FigureLegend entries={[{ lineClass: 'curve', text: t('curve') }, { lineClass: 'tangent', text: t('tangent') }]} />
        </div>
        <div className="side">
          <div className="point-fields">
            <NumberField label={t('fieldX0')} value={x0} min={partialDomain.min} max={partialDomain.max} onCommit={setX0} testId="partial-x0-input" />
            <NumberField label={t('fieldX1')} value={x1} min={partialDomain.min} max={partialDomain.max} onCommit={setX1} testId="partial-x1-input" />
          </div>
          <div className="presets">
            <button
              type="button" aria-pressed={x0 === 3 && x1 === 4} data-testid="partial-preset-book"
              onClick={() => { setX0(3); setX1(4); }}
            >
              {t('preset')}
            </button>
          </div>
          <dl className="readouts">
            <Readout label="(x₀, x₁)" value={`(${formatExact(x0)}, ${formatExact(x1)})`} testId="partial-point" />
            <Readout label={t('f')} value={formatExact(function2([x0, x1]))} testId="partial-f" />
            <Readout label={t('dfdx0')} value={formatExact(d0)} testId="partial-dfdx0" emphasis />
            <Readout label={t('dfdx1')} value={formatExact(d1)} testId="partial-dfdx1" emphasis />
            <Readout label={t('exact')} value={`(${formatExact(exact[0])}, ${formatExact(exact[1])})`} testId="partial-exact" />
          </dl>
          <pre className="book-call" aria-label={t('bookCall')}>
            <code>
              {`def function_tmp1(x0):\n    return x0*x0 + ${pySquare(x1)}\nnumerical_diff(function_tmp1, ${py(x0)})\n→ ${formatExact(d0)}\n\n` +
                `def function_tmp2(x1):\n    return ${pySquare(x0)} + x1*x1\nnumerical_diff(function_tmp2, ${py(x1)})\n→ ${formatExact(d1)}`}
            </code>
          </pre>
        </div>
      </div>
    </PanelFrame>
  );
}
