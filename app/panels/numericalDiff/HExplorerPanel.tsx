import { useId, useMemo } from 'react';
import { formatExact } from '../../charts/formatNumber.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { hDefault, hDomain } from '../../store/hExplorerSlice.ts';
import { useStore } from '../../store/store.ts';
import { differencesAt, errorCurve, hFromExponent, type Precision } from './differences.ts';
import { HErrorFigure } from './HErrorFigure.tsx';
import { hExplorerMessages } from './hExplorerMessages.ts';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './numericalDiff.css';

const sliderMin = -16;
const sliderMax = -1;
const sliderStep = 0.25;
const presets = [hDefault, 1e-50] as const;

/** 4.3.1: forward and central differences as h shrinks, in float64 or emulated float32. */
export function HExplorerPanel() {
  const t = useT(hExplorerMessages);
  const sliderId = useId();
  const x = useStore((s) => s.tangentX);
  const h = useStore((s) => s.hStep);
  const setH = useStore((s) => s.setHStep);
  const float32 = useStore((s) => s.hFloat32);
  const setFloat32 = useStore((s) => s.setHFloat32);
  const precision: Precision = float32 ? 'float32' : 'float64';
  const other: Precision = float32 ? 'float64' : 'float32';

  const d = differencesAt(x, h, precision);
  const samples = useMemo(() => errorCurve(x, precision), [x, precision]);
  const reference = useMemo(() => errorCurve(x, other), [x, other]);
  const exponent = Math.log10(h);
  const sliderValue = Math.min(sliderMax, Math.max(sliderMin, Math.round(exponent / sliderStep) * sliderStep));
  const show = (v: number) => (Number.isNaN(v) ? t('nanReadout') : formatExact(v));
  const hIsZero = d.h === 0;
  const xPlusHIsX = !hIsZero && d.central === 0;

  return (
    <PanelFrame id="h" title={t('title')} intro={t('intro')} testId="panel-h-explorer">
      <div className="panel-body">
        <div className="figure-wrap">
          <HErrorFigure
            samples={samples} reference={reference} current={d} h={h}
            labels={{
              figure: t('figureLabel'), axisH: t('axisH'), axisError: t('axisError'), zero: t('zeroBand'),
              forward: t('legendForward'), central: t('legendCentral'), reference: t('legendOther', { precision: other }),
              offScale: t('offScale', { h: formatExact(h) }), marker: `h = ${formatExact(h)}`,
            }}
            onPickExponent={(e) => setH(hFromExponent(e))}
          />
          <div className="h-controls">
            <div className="h-slider">
              <label htmlFor={sliderId}>{t('slider')}</label>
              <input
                id={sliderId} type="range" min={sliderMin} max={sliderMax} step={sliderStep} value={sliderValue}
                aria-valuetext={t('sliderValue', { h: formatExact(h) })} data-testid="h-slider"
                onChange={(e) => setH(hFromExponent(Number(e.target.value)))}
              />
              <div className="h-slider-ends" aria-hidden="true"><span>10⁻¹⁶</span><span>10⁻¹</span></div>
            </div>
            <div className="h-control-row">
              <div className="presets" role="group" aria-label={t('presets')}>
                <span className="presets-label">{t('presets')}</span>
                {presets.map((p) => (
                  <button key={p} type="button" aria-pressed={h === p} onClick={() => setH(p)} data-testid={`h-preset-${p}`}>
                    {p === hDefault ? t('presetBook') : t('presetBad')}
                  </button>
                ))}
              </div>
              <div className="presets" role="group" aria-label={t('precision')}>
                <span className="presets-label">{t('precision')}</span>
                <button type="button" aria-pressed={!float32} onClick={() => setFloat32(false)} data-testid="h-float64">{t('float64')}</button>
                <button type="button" aria-pressed={float32} onClick={() => setFloat32(true)} data-testid="h-float32">{t('float32')}</button>
              </div>
            </div>
          </div>
          <div className="figure-notes">
            <p className="note">{t('note')}</p>
            <pre className="book-call" aria-label={t('bookCall')}>
              <code>{`${float32 ? 'x, h = np.float32(x), np.float32(h)\n' : ''}(f(x+h) - f(x-h)) / (2*h)  # h = ${formatExact(h)}\n→ ${show(d.central)}`}</code>
            </pre>
          </div>
        </div>
        <div className="side">
          <NumberField label={t('hField')} value={h} min={hDomain.min} max={hDomain.max} onCommit={setH} testId="h-input" />
          <dl className="readouts">
            <Readout label="h" value={formatExact(h)} testId="h-value" />
            {float32 && <Readout label={t('hUsed')} value={formatExact(d.h)} testId="h-float32-value" />}
            <Readout label={t('x')} value={formatExact(x)} testId="h-x" />
            <Readout label={t('forward')} value={show(d.forward)} testId="h-forward" />
            <Readout label={t('central')} value={show(d.central)} testId="h-central" emphasis />
            <Readout label={t('exact')} value={formatExact(d.exact)} testId="h-exact" />
            <Readout label={t('forwardError')} value={show(d.forwardError)} testId="h-forward-error" />
            <Readout label={t('centralError')} value={show(d.centralError)} testId="h-central-error" />
          </dl>
          {hIsZero && <p className="note warn" role="status" data-testid="h-zero-note">{t('hIsZero')}</p>}
          {xPlusHIsX && <p className="note warn" role="status" data-testid="h-xph-note">{t('xPlusHIsX')}</p>}
        </div>
      </div>
    </PanelFrame>
  );
}
