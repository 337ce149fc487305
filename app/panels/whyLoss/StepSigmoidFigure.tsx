import { useT } from '../../i18n/useT.ts';
import { whyLossMessages } from './messages.ts';
import { MiniChart } from './MiniChart.tsx';

const xs = Array.from({ length: 241 }, (_, i) => -6 + i * 0.05);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const step = xs.map((x) => (x > 0 ? 1 : 0));
const sig = xs.map(sigmoid);
// The step function's derivative: 0 wherever it exists (drawn as 0; undefined at x = 0 itself).
const dStep = xs.map((x) => (x === 0 ? Number.NaN : 0));
const dSig = xs.map((x) => sigmoid(x) * (1 - sigmoid(x)));

/** The notes' closing bullet of 4.2.5: the step function's derivative is 0, the sigmoid's is not. */
export function StepSigmoidFigure() {
  const t = useT(whyLossMessages);
  return (
    <div className="step-sigmoid">
      <h3>{t('stepTitle')}</h3>
      <div className="sweep-grid">
        <MiniChart xs={xs} ys={step} yDomain={[0, 1]} step xLabel={t('axisX')} yLabel={t('stepY')} label={t('stepFn')} testId="step-fn" className="mini-line step-line" />
        <MiniChart xs={xs} ys={sig} yDomain={[0, 1]} xLabel={t('axisX')} yLabel={t('sigmoidY')} label={t('sigmoidFn')} testId="sigmoid-fn" />
        <MiniChart xs={xs} ys={dStep} yDomain={[0, 0.3]} xLabel={t('axisX')} yLabel={t('stepDY')} label={t('stepDerivative')} testId="step-derivative" className="mini-line step-line" />
        <MiniChart xs={xs} ys={dSig} yDomain={[0, 0.3]} xLabel={t('axisX')} yLabel={t('sigmoidDY')} label={t('sigmoidDerivative')} testId="sigmoid-derivative" />
      </div>
      <p className="note">{t('stepNote')}</p>
    </div>
  );
}
