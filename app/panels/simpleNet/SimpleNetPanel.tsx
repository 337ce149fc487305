import { useMemo } from 'react';
import { softmax } from '../../../src-core/index.ts';
import { formatExact } from '../../charts/formatNumber.ts';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { simpleNetOf } from '../../store/simpleNetSlice.ts';
import { useStore } from '../../store/store.ts';
import { ForwardTable } from './ForwardTable.tsx';
import { GradientMaps } from './GradientMaps.tsx';
import { InputEditor } from './InputEditor.tsx';
import { oneHot, subscript } from './labels.ts';
import { simpleNetMessages } from './messages.ts';
import { NudgeBox } from './NudgeBox.tsx';
import { numpyMatrix } from './numpyFormat.ts';
import { TrainingBox } from './TrainingBox.tsx';
import { WeightsEditor } from './WeightsEditor.tsx';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './simpleNet.css';

/** 4.4.2: simpleNet's forward pass, its numerical gradient beside the exact one, a nudge, and descent on W. */
export function SimpleNetPanel() {
  const t = useT(simpleNetMessages);
  const w = useStore((s) => s.snW);
  const x0 = useStore((s) => s.snX0);
  const x1 = useStore((s) => s.snX1);
  const label = useStore((s) => s.snT);
  const seed = useStore((s) => s.snSeed);

  const view = useMemo(() => {
    const net = simpleNetOf(w);
    const x = [x0, x1];
    const z = net.predict(x);
    return {
      z, y: softmax(z), loss: net.loss(x, label), argmax: z.indexOf(Math.max(...z)),
      numerical: net.numericalGradient(x, label).data, exact: net.gradient(x, label).data,
    };
  }, [w, x0, x1, label]);

  return (
    <PanelFrame id="sn" title={t('title')} intro={t('intro')} testId="panel-simplenet">
      <div className="panel-body sn-body">
        <div className="sn-main">
          <div className="sn-forward-row">
            <ForwardTable z={view.z} y={view.y} label={label} argmax={view.argmax} />
            <dl className="readouts">
              <Readout label={t('loss')} value={formatExact(view.loss)} testId="sn-loss" emphasis />
              <Readout label={t('argmax')} value={`${view.argmax} (z${subscript(view.argmax)})`} testId="sn-argmax" />
            </dl>
          </div>
          <GradientMaps numerical={view.numerical} exact={view.exact} />
          <p className="note">{t('mapsNote')}</p>
          <NudgeBox />
          <TrainingBox loss={view.loss} />
        </div>
        <div className="side">
          <WeightsEditor />
          <InputEditor />
          <pre className="book-call" aria-label={t('bookCall')}>
            <code>
              {`np.random.seed(${seed})\nnet = simpleNet()\nx = np.array([${x0}, ${x1}])\nt = np.array(${oneHot(label).replace('(', '[').replace(')', ']')})\nnet.loss(x, t)\n→ ${formatExact(view.loss)}\nf = lambda w: net.loss(x, t)\ndW = numerical_gradient(f, net.W)\nprint(dW)\n${numpyMatrix(view.numerical, 2, 3)}`}
            </code>
          </pre>
        </div>
      </div>
    </PanelFrame>
  );
}
