import { formatCompact } from '../../charts/formatNumber.ts';
import { useT } from '../../i18n/useT.ts';
import { simpleNetMessages } from './messages.ts';

export interface ForwardTableProps {
  z: ArrayLike<number>;
  y: ArrayLike<number>;
  label: number;
  argmax: number;
}

/** z = xW and y = softmax(z) per output, with the correct class and the prediction marked. */
export function ForwardTable({ z, y, label, argmax }: ForwardTableProps) {
  const t = useT(simpleNetMessages);
  const cols = [0, 1, 2];
  const mark = (j: number) => [j === label ? 'target' : '', j === argmax ? 'predicted' : ''].join(' ').trim() || undefined;
  return (
    <table className="sn-forward" data-testid="sn-forward">
      <caption>{t('forwardCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('outputIndex')}</th>
          {cols.map((j) => (
            <th key={j} scope="col" className={mark(j)}>{j}{j === argmax ? ' ★' : ''}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">z = xW</th>
          {cols.map((j) => <td key={j} className={mark(j)} data-testid={`sn-z-${j}`}>{formatCompact(z[j], 6)}</td>)}
        </tr>
        <tr>
          <th scope="row">y = softmax(z)</th>
          {cols.map((j) => <td key={j} className={mark(j)} data-testid={`sn-y-${j}`}>{formatCompact(y[j], 6)}</td>)}
        </tr>
        <tr>
          <th scope="row">t</th>
          {cols.map((j) => <td key={j} className={mark(j)}>{j === label ? 1 : 0}</td>)}
        </tr>
      </tbody>
    </table>
  );
}
