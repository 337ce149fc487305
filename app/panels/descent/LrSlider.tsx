import { useId } from 'react';
import type { Bowl } from '../../../src-core/index.ts';
import { formatPowerOfTen } from '../../charts/powerOfTen.ts';
import { useT } from '../../i18n/useT.ts';
import { descentLrRange, type DescentFunction } from '../../store/descentSlice.ts';
import { labMessages } from './labMessages.ts';
import { lrMarks, regimeOf, snapToMark } from './lrRegimes.ts';

const logMin = Math.log10(descentLrRange.min);
const logMax = Math.log10(descentLrRange.max);
const decadeTicks = [-10, -8, -6, -4, -2, -1, 0, 1];
const at = (lr: number) => `${((Math.log10(lr) - logMin) / (logMax - logMin)) * 100}%`;

/** The slider works on log₁₀ lr; three significant digits keep slider values (and the URL) tidy. */
const lrFromSlider = (v: number) => Number((10 ** v).toPrecision(3));
const short = (v: number) => String(Number(v.toPrecision(3)));

export interface LrSliderProps {
  lr: number;
  label: string;
  fn: DescentFunction;
  bowl: Bowl;
  onChange: (lr: number) => void;
}

/** SGD's lr on a log slider with decade ticks, the function's behaviour marks, and what the current range does. */
export function LrSlider({ lr, label, fn, bowl, onChange }: LrSliderProps) {
  const t = useT(labMessages);
  const id = useId();
  const marks = lrMarks(bowl.curvatures, descentLrRange);
  const regime = regimeOf(lr, bowl.curvatures);
  const lambda = Math.max(...bowl.curvatures);
  const values = { one: short(1 / lambda), two: short(2 / lambda) };
  return (
    <div className="lr-control">
      <label htmlFor={id}>{label}</label>
      <input
        id={id} type="range" min={logMin} max={logMax} step={0.01} value={Math.log10(lr)} list={`${id}-ticks`}
        aria-valuetext={`lr = ${lr}`} aria-describedby={`${id}-regime`} data-testid="descent-lr-slider"
        onChange={(e) => onChange(snapToMark(lrFromSlider(Number(e.target.value)), marks))}
      />
      <datalist id={`${id}-ticks`}>
        {decadeTicks.map((k) => <option key={k} value={k} />)}
      </datalist>
      <div className="lr-scale" aria-hidden="true">
        {decadeTicks.map((k) => (
          <span key={k} className="lr-tick" style={{ left: at(10 ** k) }}>{formatPowerOfTen(10 ** k)}</span>
        ))}
        {marks.map((m) => (
          <span key={m.lr} className={`lr-mark lr-mark-${m.regime}`} style={{ left: at(m.lr) }} data-testid="descent-lr-mark" title={`lr = ${short(m.lr)}`}>
            {short(m.lr)}
          </span>
        ))}
      </div>
      <p className={`explain lr-regime regime-${regime ?? 'none'}`} id={`${id}-regime`} data-testid="descent-regime" aria-live="polite">
        {regime ? t(`regime_${regime}`, values) : t('regimeNone')}
        {regime && fn === 'rosenbrock' && ` ${t('regimeNear', { lambda: short(lambda) })}`}
        {fn === 'saddle' && ` ${t('regimeSaddle')}`}
      </p>
    </div>
  );
}
