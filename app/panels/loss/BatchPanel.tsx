import { useMemo } from 'react';
import { crossEntropyError } from '../../../src-core/index.ts';
import { formatExact } from '../../charts/formatNumber.ts';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { drawBatch, oneHot } from './batch.ts';
import { BatchTable } from './BatchTable.tsx';
import { batchMessages } from './messages.ts';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './loss.css';

/** 4.2.3–4.2.4: a seeded mini-batch and the batch cross-entropy from one-hot labels and from indices. */
export function BatchPanel() {
  const t = useT(batchMessages);
  const seed = useStore((s) => s.batchSeed);
  const override = useStore((s) => s.batchLabels);
  const newBatch = useStore((s) => s.newBatch);
  const setLabels = useStore((s) => s.setBatchLabels);
  const batch = useMemo(() => drawBatch(seed), [seed]);
  const labels = override ?? batch.labels;
  const fromOneHot = crossEntropyError(batch.y, oneHot(labels));
  const fromIndices = crossEntropyError(batch.y, labels);
  const setRow = (row: number, label: number) => setLabels(labels.map((l, n) => (n === row ? label : l)));

  return (
    <PanelFrame id="batch" title={t('title')} intro={t('intro')} testId="panel-batch">
      <p className="formula batch-formula">
        <i>E</i> = −<span className="frac"><span>1</span><span><i>N</i></span></span> Σ<sub><i>n</i></sub> Σ<sub><i>k</i></sub>{' '}
        <i>t</i><sub><i>nk</i></sub> log(<i>y</i><sub><i>nk</i></sub> + δ)
      </p>
      <BatchTable
        y={batch.y} labels={labels} onLabel={setRow}
        text={{
          caption: t('tableCaption'), row: t('row'), label: t('label'), labelOfRow: (n) => t('labelOfRow', { n }),
          oneHot: t('oneHot'), rowLoss: t('rowLoss'),
        }}
      />
      <p className="note scroll-hint">{t('scrollHint')}</p>
      <div className="batch-footer">
        <div className="presets">
          <button type="button" onClick={newBatch} data-testid="batch-new">{t('newBatch')}</button>
          <span className="presets-label" data-testid="batch-seed">{t('seed', { seed })}</span>
        </div>
        <dl className="readouts batch-readouts">
          <Readout label={t('fromOneHot')} value={formatExact(fromOneHot)} testId="batch-cee-onehot" emphasis />
          <Readout label={t('fromIndices')} value={formatExact(fromIndices)} testId="batch-cee-indices" emphasis />
        </dl>
        <p className="note" data-testid="batch-same">{Object.is(fromOneHot, fromIndices) ? t('same') : t('different')}</p>
      </div>
      <pre className="book-call code-scroll" aria-label={t('bookCall')}>
        <code>
          {`# common/functions.py\n` +
            `def cross_entropy_error(y, t):\n` +
            `    if t.size == y.size:  # one-hot → label indices\n` +
            `        t = t.argmax(axis=1)\n` +
            `    batch_size = y.shape[0]\n` +
            `    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size\n\n` +
            `t = np.array([${labels.join(', ')}])\n` +
            `cross_entropy_error(y, t)              # ${formatExact(fromIndices)}\n` +
            `cross_entropy_error(y, np.eye(10)[t])  # ${formatExact(fromOneHot)}`}
        </code>
      </pre>
    </PanelFrame>
  );
}
