import { useMemo, useRef, type KeyboardEvent } from 'react';
import { squareLayout } from '../../charts/squareLayout.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import type { DescentRun } from '../../store/descentSlice.ts';
import { useStore } from '../../store/store.ts';
import { formatPair, formatScientific, type NonFiniteWords } from '../../charts/formatPair.ts';
import { DescentControls } from './DescentControls.tsx';
import { DescentFigure, tickCharWidth } from './DescentFigure.tsx';
import { descentView, fitExponent, tickText } from './descentView.ts';
import { DivergenceNotes } from './DivergenceNotes.tsx';
import { descentMessages } from './messages.ts';
import { runDescent } from './runDescent.ts';
import { StepControls } from './StepControls.tsx';
import { StepTable } from './StepTable.tsx';
import { handleStepKey, usePlayback } from './usePlayback.ts';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './descent.css';

/** 4.4.1: gradient descent on x0² + x1², step by step, with a pinned path to compare learning rates. */
export function DescentPanel() {
  const t = useT(descentMessages);
  const x0 = useStore((s) => s.descentX0);
  const x1 = useStore((s) => s.descentX1);
  const lr = useStore((s) => s.descentLr);
  const steps = useStore((s) => s.descentSteps);
  const gradient = useStore((s) => s.descentGradient);
  const storedStep = useStore((s) => s.descentStep);
  const setStep = useStore((s) => s.setDescentStep);
  const setStart = useStore((s) => s.setDescentStart);
  const fit = useStore((s) => s.descentFit);
  const pinned = useStore((s) => s.descentPinned);
  const words: NonFiniteWords = { infinity: t('infinity'), minusInfinity: t('minusInfinity'), nan: t('nan') };

  const run: DescentRun = useMemo(() => ({ x0, x1, lr, steps, gradient }), [x0, x1, lr, steps, gradient]);
  const outcome = useMemo(() => runDescent(run), [run]);
  const pinnedOutcome = useMemo(() => (pinned ? runDescent(pinned) : null), [pinned]);
  const reach = Math.max(outcome.maxFinite, pinnedOutcome?.maxFinite ?? 0);
  const exponent = fitExponent(fit, reach);
  // The figure is drawn 1:1 in the column's width; its left margin makes room for the widest y tick label.
  const wrapRef = useRef<HTMLDivElement>(null);
  const available = useElementWidth(wrapRef, 540);
  const tickRoom = useMemo(() => {
    const probe = descentView(exponent, { left: 0, top: 0, size: 1 });
    return 10 + tickCharWidth * Math.max(...probe.tickValues.map((v) => tickText(probe.kind, v).length));
  }, [exponent]);
  const layout = squareLayout(available, { tickRoom, maxSize: 456, bottom: 52 });
  const view = useMemo(
    () => descentView(exponent, { left: layout.left, top: layout.top, size: layout.size }),
    [exponent, layout.left, layout.top, layout.size],
  );

  const last = outcome.path.length - 1;
  const step = storedStep === null ? last : Math.min(storedStep, last);
  // Reaching the last step stores null, so the marker keeps following the end when the path changes.
  const goTo = (s: number) => setStep(s >= last ? null : s);
  const playback = usePlayback(step, last, goTo);
  const onStepKey = (e: KeyboardEvent) => {
    if (handleStepKey(e, step, last, goTo)) playback.stop();
  };

  const kind = (k: DescentRun['gradient']) => (k === 'numerical' ? t('numericalShort') : t('exactShort'));
  const legend = (r: DescentRun, key: 'currentLegend' | 'pinnedLegend') =>
    t(key, { lr: String(r.lr), kind: kind(r.gradient), steps: r.steps });
  const point = outcome.path[step];
  const finalX = outcome.path[last].x;
  const axis = (name: string) => (view.kind === 'symlog' ? t('symlogAxis', { axis: name }) : name);

  return (
    <PanelFrame id="descent" title={t('title')} intro={t('intro')} testId="panel-descent">
      <div className="descent-body">
        <div className="figure-wrap descent-figure-wrap" ref={wrapRef}>
          <div
            className="figure-focus" tabIndex={0} role="group" aria-keyshortcuts="ArrowLeft ArrowRight Home End"
            onKeyDown={onStepKey} aria-label={t('figureLabel')} data-testid="descent-figure-focus"
          >
            <DescentFigure
              layout={layout} view={view} path={outcome.path} pinnedPath={pinnedOutcome?.path ?? null} step={step} start={[x0, x1]}
              onStartMove={setStart}
              labels={{
                figure: t('figureLabel'), start: t('startLabel'), current: legend(run, 'currentLegend'),
                pinned: pinned ? legend(pinned, 'pinnedLegend') : null,
                colorTitle: view.kind === 'symlog' ? t('colorLog') : t('colorLinear'), overflowBand: t('overflowBand'), xAxis: axis('x₀'), yAxis: axis('x₁'),
              }}
            />
          </div>
          <StepControls
            step={step} last={last} playing={playback.playing} onToggle={playback.toggle} onStop={playback.stop}
            goTo={goTo} onKeyDown={onStepKey}
          />
          <p className="note">{t('stepKeys')}</p>
          <dl className="readouts current-step">
            <Readout label={t('currentX', { i: step })} value={formatPair(point.x, words)} testId="descent-current-x" />
            <Readout
              label={t('currentGrad', { i: step })} testId="descent-current-grad"
              value={point.grad ? formatPair(point.grad, words) : t('noStep')}
            />
            <Readout
              label={t('currentUpdate')} testId="descent-current-update"
              value={point.grad ? formatPair([lr * point.grad[0], lr * point.grad[1]], words) : t('noStep')}
            />
          </dl>
          <DivergenceNotes run={run} outcome={outcome} view={view} step={step} words={words} />
        </div>
        <div className="side">
          <DescentControls run={run} />
          <dl className="readouts">
            <Readout label={t('finalPoint')} value={formatPair(finalX, words)} testId="descent-final" emphasis />
            <Readout label={t('finalScientific')} value={formatPair(finalX, words, formatScientific)} testId="descent-final-sci" />
          </dl>
          <StepTable path={outcome.path} lr={lr} step={step} words={words} onPick={goTo} />
          <pre className="book-call" aria-label={t('bookCall')}>
            <code>{`${gradient === 'exact' ? `${t('exactComment')}\n` : ''}init_x = np.array([${x0}, ${x1}])\ngradient_descent(function_2, init_x, lr=${lr}, step_num=${steps})\n→ array([${formatPair(finalX, words).slice(1, -1)}])`}</code>
          </pre>
        </div>
      </div>
    </PanelFrame>
  );
}
