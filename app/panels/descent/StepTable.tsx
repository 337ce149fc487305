import type { OptimizePoint as GradientDescentPoint } from '../../../src-core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { formatCompact, formatExact } from '../../charts/formatNumber.ts';
import { formatPair, type NonFiniteWords } from '../../charts/formatPair.ts';
import { descentMessages } from './messages.ts';
import { labMessages } from './labMessages.ts';

export interface StepTableProps {
  /** The selected optimizers: one SGD run keeps the book's columns (x, ∇f, lr·∇f); several get x and f each. */
  runs: { name: string; path: GradientDescentPoint[]; fValues: number[]; lr: number; color: string }[];
  step: number;
  words: NonFiniteWords;
  onPick: (step: number) => void;
}

const windowRadius = 5;

/** Step i: x, ∇f(x), lr·∇f, for a window of rows around the current step (highlighted). */
export function StepTable({ runs, step, words, onPick }: StepTableProps) {
  const t = useT(descentMessages);
  const tLab = useT(labMessages);
  const { path, lr } = runs[0];
  const grouped = runs.length > 1 || runs[0].name !== 'SGD';
  const last = path.length - 1;
  const from = Math.max(0, Math.min(step - windowRadius, last - 2 * windowRadius));
  const to = Math.min(last, from + 2 * windowRadius);
  const rows = path.slice(from, to + 1).map((p, k) => ({ i: from + k, ...p }));
  const pick = (i: number) => ({
    key: i, className: i === step ? 'current' : undefined, 'aria-current': i === step ? ('step' as const) : undefined,
    'data-testid': `descent-row-${i}`, onClick: () => onPick(i),
  });
  // Three significant digits keep four columns beside the plot; the readouts give every digit.
  const short = (v: number) => (Number.isFinite(v) ? formatCompact(v, 3) : formatExact(v));
  // Two parts, so a phone can stack x₀ over x₁ and keep all four columns on screen; the text stays "(a, b)".
  const pair = (v: ArrayLike<number>) => {
    const text = formatPair(v, words, short);
    const comma = text.indexOf(', ');
    if (comma < 0) return text;
    return (
      <>
        <span className="pair-part">{text.slice(0, comma + 1)}</span> <span className="pair-part">{text.slice(comma + 2)}</span>
      </>
    );
  };
  if (grouped) {
    return (
      <div className="step-table-wrap">
        <table className="step-table grouped" data-testid="descent-table">
          <caption>{t('tableCaption')}</caption>
          <colgroup><col /></colgroup>
          {runs.map((r) => <colgroup key={r.name} span={2} />)}
          <thead>
            <tr>
              <td />
              {runs.map((r) => (
                <th key={r.name} scope="colgroup" colSpan={2} style={{ color: r.color }}>{r.name} (lr {r.lr})</th>
              ))}
            </tr>
            <tr>
              <th scope="col">{t('colStep')}</th>
              {runs.map((r) => [
                <th key={`${r.name}x`} scope="col">{t('colX')}</th>,
                <th key={`${r.name}f`} scope="col">{tLab('colF')}</th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ i }) => (
              <tr {...pick(i)}>
                <th scope="row">{i}</th>
                {runs.map((r) => [
                  <td key={`${r.name}x`} data-testid={`descent-cell-${r.name}-${i}`}>{r.path[i] ? pair(r.path[i].x) : ''}</td>,
                  <td key={`${r.name}f`}>{r.fValues[i] === undefined ? '' : short(r.fValues[i])}</td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="step-table-wrap">
      <table className="step-table" data-testid="descent-table">
        <caption>{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colStep')}</th>
            <th scope="col">{t('colX')}</th>
            <th scope="col">{t('colGrad')}</th>
            <th scope="col">{t('colUpdate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ i, x, grad }) => (
            <tr {...pick(i)}>
              <th scope="row">{i}</th>
              <td>{pair(x)}</td>
              <td>{grad ? pair(grad) : t('noStep')}</td>
              <td>{grad ? pair([lr * grad[0], lr * grad[1]]) : t('noStep')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
