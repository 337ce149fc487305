import { crossEntropyError } from '../../../src-core/index.ts';
import { formatExact } from '../../charts/formatNumber.ts';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { ceiling, LogFigure } from './LogFigure.tsx';
import { logMessages } from './messages.ts';
import { PARTS } from '../../store/lossParts.ts';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './loss.css';

/** 4.2.2: where the cross-entropy error of the bars above sits on −log(y + δ), and the ceiling δ makes. */
export function LogPanel() {
  const t = useT(logMessages);
  const label = useStore((s) => s.lossLabel);
  const yTrue = useStore((s) => s.lossParts[s.lossLabel]) / PARTS;
  const setBar = useStore((s) => s.setLossBar);
  const logScale = useStore((s) => s.lossLogScale);
  const setLogScale = useStore((s) => s.setLossLogScale);

  return (
    <PanelFrame id="log" title={t('title')} intro={t('intro')} testId="panel-log">
      <div className="panel-body">
        <div className="figure-wrap">
          <LogFigure
            yTrue={yTrue} logScale={logScale} onY={(parts) => setBar(label, parts)}
            labels={{
              figure: t('figureLabel'), axisY: t('axisY'), axisE: t('axisE'), curve: t('legendCurve'), bare: t('legendBare'),
              ceiling: t('ceiling'), atZero: t('atZero'), point: t('pointLabel'),
            }}
          />
        </div>
        <div className="side">
          <div className="presets" role="group" aria-label={t('scale')}>
            <span className="presets-label">{t('scale')}</span>
            <button type="button" aria-pressed={!logScale} onClick={() => setLogScale(false)} data-testid="log-scale-linear">{t('linear')}</button>
            <button type="button" aria-pressed={logScale} onClick={() => setLogScale(true)} data-testid="log-scale-log">{t('log')}</button>
          </div>
          <dl className="readouts">
            <Readout label={`t = ${label}, yₜ`} value={formatExact(yTrue)} testId="log-yt" />
            <Readout label="E = −log(yₜ + 10⁻⁷)" value={formatExact(crossEntropyError([yTrue], 0))} testId="log-e" emphasis />
            <Readout label={t('ceilingValue')} value={formatExact(ceiling)} testId="log-ceiling-value" />
          </dl>
        </div>
      </div>
    </PanelFrame>
  );
}
