import { crossEntropyError, type Matrix } from '../../../src-core/index.ts';
import { formatExact } from '../../charts/formatNumber.ts';
import { CLASSES } from '../../store/lossParts.ts';

export interface BatchTableProps {
  y: Matrix;
  labels: readonly number[];
  text: { caption: string; row: string; label: string; labelOfRow: (n: number) => string; oneHot: string; rowLoss: string };
  onLabel: (row: number, label: number) => void;
}

const classes = Array.from({ length: CLASSES }, (_, k) => k);

/** Rows of y with their labels; the true class's cell is marked, and clicking a cell makes it the label. */
export function BatchTable({ y, labels, text, onLabel }: BatchTableProps) {
  return (
    <div className="batch-scroll">
      <table className="batch-table" data-testid="batch-table">
        {/* The span stays in view while a phone scrolls the table sideways. */}
        <caption><span>{text.caption}</span></caption>
        <thead>
          <tr>
            <th scope="col">{text.row}</th>
            <th scope="col">{text.label}</th>
            {classes.map((k) => <th key={k} scope="col">y<sub>{k}</sub></th>)}
            <th scope="col">{text.oneHot}</th>
            <th scope="col">{text.rowLoss}</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, n) => {
            const row = Array.from(y.data.subarray(n * CLASSES, (n + 1) * CLASSES));
            return (
              <tr key={n} data-testid={`batch-row-${n}`}>
                <th scope="row">{n}</th>
                <td className="label-cell">
                  <select
                    aria-label={text.labelOfRow(n)} value={label} data-testid={`batch-label-${n}`}
                    onChange={(e) => onLabel(n, Number(e.target.value))}
                  >
                    {classes.map((k) => <option key={k} value={k}>{k}</option>)}
                  </select>
                </td>
                {row.map((v, k) => (
                  <td
                    key={k} className={k === label ? 'is-true' : undefined} title={formatExact(v)}
                    onClick={() => onLabel(n, k)} data-testid={`batch-cell-${n}-${k}`}
                  >
                    {v.toFixed(3)}
                  </td>
                ))}
                <td className="one-hot">{classes.map((k) => (k === label ? 1 : 0)).join(' ')}</td>
                <td className="row-loss" data-testid={`batch-row-loss-${n}`}>{crossEntropyError(row, label).toFixed(4)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
