import { function1, function1Derivative, numericalDiff } from '../../../src-core/index.ts';
import { formatExact } from '../../charts/formatNumber.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { tangentDomain } from '../../store/tangentSlice.ts';
import { tangentMessages } from './messages.ts';
import { TangentFigure } from './TangentFigure.tsx';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import { useLocked } from '../../embed/linkMode.tsx';

const bookPresets = [5, 10] as const;

/** 4.3.2: f(x) = 0.01x² + 0.1x with its numerical tangent at a point the learner drags or types. */
export function TangentPanel() {
  const t = useT(tangentMessages);
  const x = useStore((s) => s.tangentX);
  const setX = useStore((s) => s.setTangentX);
  const locked = useLocked('x');
  const numerical = numericalDiff(function1, x);
  const exact = function1Derivative(x);

  return (
    <PanelFrame id="tangent" title={t('title')} intro={t('intro')} testId="panel-tangent">
      <div className="panel-body">
        <div className="figure-wrap">
          <TangentFigure
            x={x} slope={numerical} label={t('figureLabel')} pointLabel={t('pointLabel')}
            tangentLegend={t('tangentLegend')} curveLegend={t('curveLegend')} onMove={setX}
          />
        </div>
        <div className="side">
          <NumberField
            label={t('xField')} value={x} min={tangentDomain.min} max={tangentDomain.max}
            onCommit={setX} testId="tangent-x-input" disabled={locked}
          />
          <div className="presets" role="group" aria-label={t('presets')}>
            <span className="presets-label">{t('presets')}</span>
            {bookPresets.map((p) => (
              <button key={p} type="button" aria-pressed={x === p} disabled={locked} onClick={() => setX(p)} data-testid={`tangent-preset-${p}`}>
                x = {p}
              </button>
            ))}
          </div>
          <dl className="readouts">
            <Readout label="x" value={formatExact(x)} testId="tangent-x" />
            <Readout label={t('fx')} value={formatExact(function1(x))} testId="tangent-fx" />
            <Readout label={t('numericalSlope')} value={formatExact(numerical)} testId="tangent-slope-numerical" emphasis />
            <Readout label={t('exactSlope')} value={formatExact(exact)} testId="tangent-slope-exact" />
            <Readout label={t('difference')} value={(numerical - exact).toExponential(3)} testId="tangent-slope-diff" />
          </dl>
          <p className="note">{t('differenceNote')}</p>
          <pre className="book-call" aria-label={t('bookCall')}>
            <code>{`numerical_diff(function_1, ${formatExact(x)})\n→ ${formatExact(numerical)}`}</code>
          </pre>
        </div>
      </div>
    </PanelFrame>
  );
}
