import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { learnedMessages } from './learnedMessages.ts';
import { lossTableBlock, lossTableRows } from './lossTableRows.ts';
import './learned.css';

const show = (v: number) => (Number.isFinite(v) ? v.toFixed(4) : '–');

/** Figure 4-11's numbers behind a disclosure, for the keyboard and screen readers: the loss per block of iterations. */
export function LossTable() {
  const t = useT(learnedMessages);
  const losses = useStore((s) => s.trainLosses);
  if (losses.count === 0) return null;
  const block = lossTableBlock(losses.count);
  const rows = lossTableRows(losses.values, losses.count, block);
  return (
    <details className="accuracy-table" data-testid="loss-table">
      <summary>{t('lossTable', { block: String(block) })}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('iterations')}</th>
            <th scope="col">{t('lossMean')}</th>
            <th scope="col">{t('lossMin')}</th>
            <th scope="col">{t('lossMax')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.first}>
              <th scope="row">{r.first === r.last ? r.first : `${r.first}–${r.last}`}</th>
              <td>{show(r.mean)}{r.nonFinite > 0 ? ` (+${r.nonFinite} NaN/∞)` : ''}</td>
              <td>{show(r.min)}</td>
              <td>{show(r.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
