import { useState } from 'react';
import { function2, function2Gradient, numericalGradient } from '../../../src-core/index.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { gradientPointRange } from '../../store/gradientSlice.ts';
import { useStore } from '../../store/store.ts';
import { fieldDomain } from './field.ts';
import { formatFull, formatPair, type NonFiniteWords } from '../../charts/formatPair.ts';
import { GradientFigure } from './GradientFigure.tsx';
import { numpyArray } from '../simpleNet/numpyFormat.ts';
import { gradientMessages } from './messages.ts';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './gradient.css';

/** The book's three calls of numerical_gradient(function_2, …). */
const bookPoints: readonly [number, number][] = [[3, 4], [0, 2], [3, 0]];

/** 4.4: the gradient field of x0² + x1² and the gradient at a point the learner hovers, taps or types. */
export function GradientPanel() {
  const t = useT(gradientMessages);
  const x0 = useStore((s) => s.gradientX0);
  const x1 = useStore((s) => s.gradientX1);
  const setPoint = useStore((s) => s.setGradientPoint);
  const [hover, setHover] = useState<[number, number] | null>(null);
  const words: NonFiniteWords = { infinity: t('infinity'), minusInfinity: t('minusInfinity'), nan: t('nan') };

  const probe: [number, number] = hover ?? [x0, x1];
  const numerical = numericalGradient(function2, [probe[0], probe[1]]);
  const exact = function2Gradient(probe);
  const domain = fieldDomain(x0, x1);
  const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));
  // The note speaks of the point shown: the entry furthest from the exact value carries the rounding tail.
  const errors = [0, 1].map((i) => Math.abs(numerical[i] - exact[i]));
  const tail = errors[0] >= errors[1] ? 0 : 1;
  const printed = numpyArray(numerical);
  const note = errors[tail] > 0 || Number.isNaN(errors[tail])
    ? t('differenceNote', { value: formatFull(numerical[tail], words), array: printed })
    : t('exactHere', { array: printed });

  return (
    <PanelFrame id="gradient" title={t('title')} intro={t('intro')} testId="panel-gradient">
      <div className="gradient-body">
        <div className="figure-wrap">
          <GradientFigure
            domain={domain} probe={probe} probeGradient={numerical} onHover={setHover} onSelect={setPoint}
            labels={{
              figure: t('figureLabel'), probe: t('probeLabel'), arrowLegend: t('arrowLegend'),
              arrowSample: t('arrowSample'), gridLegend: t('gridLegend'), colorTitle: t('colorTitle'),
            }}
          />
          {domain[1] > 2.5 && <p className="note">{t('viewNote')}</p>}
        </div>
        <div className="side">
          <div className="field-pair">
            <NumberField label={t('x0Field')} value={x0} {...gradientPointRange} onCommit={(v) => setPoint(v, x1)} testId="gradient-x0-input" />
            <NumberField label={t('x1Field')} value={x1} {...gradientPointRange} onCommit={(v) => setPoint(x0, v)} testId="gradient-x1-input" />
          </div>
          <div className="presets" role="group" aria-label={t('presets')}>
            <span className="presets-label">{t('presets')}</span>
            {bookPoints.map(([a, b]) => (
              <button
                key={`${a},${b}`} type="button" aria-pressed={hover === null && x0 === a && x1 === b}
                onClick={() => setPoint(a, b)} data-testid={`gradient-preset-${a}-${b}`}
              >
                ({a}, {b})
              </button>
            ))}
          </div>
          <dl className="readouts" aria-live="polite">
            <Readout label={hover ? t('hovered') : t('point')} value={formatPair(probe, words)} testId="gradient-point" />
            <Readout label={t('fx')} value={formatFull(function2(probe), words)} testId="gradient-fx" />
            <Readout label={t('numerical')} value={formatPair(numerical, words)} testId="gradient-numerical" emphasis />
            <Readout label={t('exact')} value={formatPair(exact, words)} testId="gradient-exact" />
            <Readout
              label={t('difference')} testId="gradient-difference"
              value={`(${(numerical[0] - exact[0]).toExponential(2)}, ${(numerical[1] - exact[1]).toExponential(2)})`}
            />
          </dl>
          <p className="note" data-testid="gradient-note">{note}</p>
          <pre className="book-call" aria-label={t('bookCall')}>
            <code>{`numerical_gradient(function_2, np.array([${py(probe[0])}, ${py(probe[1])}]))\n→ ${printed}\n# ${t('everyDigit')}: (${formatFull(numerical[0], words)}, ${formatFull(numerical[1], words)})`}</code>
          </pre>
        </div>
      </div>
    </PanelFrame>
  );
}
