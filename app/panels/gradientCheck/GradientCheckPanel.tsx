import { useState } from 'react';
import type { GradientCheckReport } from '../../../src-core/index.ts';
import { formatExact } from '../../charts/formatNumber.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { useT } from '../../i18n/useT.ts';
import { gradientCheckMessages } from './messages.ts';
import './gradientCheck.css';

export interface GradientCheckPanelProps {
  /** Runs the check on the current network (the training bridge's gradientCheck). */
  run: (batchSize: number) => Promise<GradientCheckReport>;
}

const sci = (v: number) => (Number.isFinite(v) ? v.toExponential(2) : formatExact(v));

/** Backprop against the numerical gradient per parameter group (W1, b1, W2, b2), with what to expect. */
export function GradientCheckPanel({ run }: GradientCheckPanelProps) {
  const t = useT(gradientCheckMessages);
  const [batchSize, setBatchSize] = useState(3);
  const [report, setReport] = useState<GradientCheckReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await run(batchSize));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="gradient-check" aria-labelledby="gc-title" data-testid="gradient-check">
      <h3 id="gc-title">{t('title')}</h3>
      <p className="note">{t('intro')}</p>
      <div className="gc-controls">
        <NumberField label={t('batchSize')} value={batchSize} min={1} max={100} integer onCommit={setBatchSize} testId="gc-batch" />
        <button type="button" onClick={() => void check()} disabled={busy} aria-busy={busy} data-testid="gc-run">
          {busy ? t('running') : t('run')}
        </button>
      </div>
      {error && <p className="field-error" role="alert" data-testid="gc-error">{t('failed', { message: error })}</p>}
      {report && (
        <>
          <table className="gc-table" data-testid="gc-table">
            <caption>{t('caption', { batch: report.batchSize, loss: formatExact(report.loss) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('group')}</th>
                <th scope="col">{t('count')}</th>
                <th scope="col">{t('maxAbsDiff')}</th>
                <th scope="col">{t('relativeError')}</th>
              </tr>
            </thead>
            <tbody>
              {report.groups.map((g) => (
                <tr key={g.key} data-testid={`gc-row-${g.key}`}>
                  <th scope="row">{g.key}</th>
                  <td>{g.count.toLocaleString('en-US')}</td>
                  <td data-testid={`gc-max-${g.key}`}>{sci(g.maxAbsDiff)}</td>
                  <td data-testid={`gc-rel-${g.key}`}>{sci(g.relativeError)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="explain" data-testid="gc-explanation">{t('expected')}</p>
        </>
      )}
    </section>
  );
}
