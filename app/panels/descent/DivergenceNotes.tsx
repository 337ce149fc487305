import { useT } from '../../i18n/useT.ts';
import type { DescentRun } from '../../store/descentSlice.ts';
import { useStore } from '../../store/store.ts';
import { formatPair, formatScientific, formatShort, type NonFiniteWords } from '../../charts/formatPair.ts';
import type { DescentView } from './descentView.ts';
import { descentMessages } from './messages.ts';
import type { DescentOutcome } from './runDescent.ts';

export interface DivergenceNotesProps {
  run: DescentRun;
  outcome: DescentOutcome;
  view: DescentView;
  step: number;
  words: NonFiniteWords;
  /** The 1 − 2·lr growth note holds for x0² + x1² only. */
  sphere: boolean;
}

/** Says in words what the plot cannot show: leaving the view, the numerical freeze, overflow and NaN. */
export function DivergenceNotes({ run, outcome, view, step, words, sphere }: DivergenceNotesProps) {
  const t = useT(descentMessages);
  const setFit = useStore((s) => s.setDescentFit);
  const setSteps = useStore((s) => s.setDescentSteps);
  const { path, frozenAt, infiniteAt, nanAt, maxFinite, error } = outcome;
  const leavesAt = path.findIndex(({ x }) => !view.contains(x[0], x[1]));
  const current = path[step]?.x;
  const growthFactor = 1 - 2 * run.lr;
  const sci = (x: ArrayLike<number>) => formatPair(x, words, formatScientific);

  return (
    <div className="divergence-notes" aria-live="polite">
      {error && <p className="warn" data-testid="descent-error">{t('runError', { error })}</p>}
      {view.kind === 'linear' && leavesAt >= 0 && (
        <p className="note-row" data-testid="descent-leaves">
          {t('leavesView', { i: leavesAt })}{' '}
          <button type="button" onClick={() => setFit(true)} data-testid="descent-fit-button">{t('fit')}</button>
        </p>
      )}
      {current && !(Number.isFinite(current[0]) && Number.isFinite(current[1])) && (
        <p className="note-row" data-testid="descent-not-drawn">{t('notDrawn', { i: step })}</p>
      )}
      {frozenAt !== null && (
        <p className="explain" data-testid="descent-freeze">
          {t('freeze', { i: frozenAt, x: formatPair(path[frozenAt].x, words) })}
        </p>
      )}
      {sphere && run.gradient === 'exact' && infiniteAt === null && nanAt === null && Math.abs(growthFactor) > 1 && maxFinite > 1e15 && (
        <p className="explain" data-testid="descent-growth">
          {t('growth', { factor: formatShort(growthFactor, words), n: run.steps, max: formatScientific(maxFinite, words) })}{' '}
          {run.steps < 300 && (
            <button type="button" onClick={() => setSteps(300)} data-testid="descent-show-overflow">{t('showOverflow')}</button>
          )}
        </p>
      )}
      {infiniteAt !== null && (
        <p className="explain warn" data-testid="descent-overflow">
          {t('overflow', { prev: infiniteAt - 1, i: infiniteAt, x: sci(path[infiniteAt].x) })}
        </p>
      )}
      {nanAt !== null && (
        <p className="explain warn" data-testid="descent-nan">{t('nanReport', { i: nanAt })}</p>
      )}
    </div>
  );
}
