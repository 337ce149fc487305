import { useMemo, useRef, type KeyboardEvent } from 'react';
import { bowlFromExpr, bowls, parseExpression, type Bowl, type OptimizerName } from '../../../src-core/index.ts';
import { squareLayout } from '../../charts/squareLayout.ts';
import { useElementWidth } from '../../charts/useElementWidth.ts';
import { Readout } from '../../components/Readout.tsx';
import { useT } from '../../i18n/useT.ts';
import { lrKeys, type DescentFunction, type DescentRun } from '../../store/descentSlice.ts';
import { useStore, type StoreState } from '../../store/store.ts';
import { formatPair, formatScientific, type NonFiniteWords } from '../../charts/formatPair.ts';
import { DescentControls } from './DescentControls.tsx';
import { DescentFigure, tickCharWidth } from './DescentFigure.tsx';
import { descentContours } from './descentContours.ts';
import { optimizerColors, pinStyles } from './descentColors.ts';
import { descentView, fitExponent, tickText } from './descentView.ts';
import { DivergenceNotes } from './DivergenceNotes.tsx';
import { FPerStepChart } from './FPerStepChart.tsx';
import { FunctionPicker } from './FunctionPicker.tsx';
import { labMessages } from './labMessages.ts';
import { descentMessages } from './messages.ts';
import { OptimizerPicker } from './OptimizerPicker.tsx';
import { runDescent, type DescentOutcome } from './runDescent.ts';
import { StepControls } from './StepControls.tsx';
import { StepTable } from './StepTable.tsx';
import { handleStepKey, usePlayback } from './usePlayback.ts';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import './descent.css';

/** The function being descended: a built-in bowl, or the typed formula (kept valid by the store). */
function bowlOf(fn: DescentFunction, expr: string): Bowl {
  if (fn !== 'typed') return bowls[fn];
  const parsed = parseExpression(expr);
  return parsed.ok ? bowlFromExpr(parsed.expr) : bowls.sphere;
}

const lrOf = (s: StoreState, name: OptimizerName) => s[lrKeys[name]];

/** 4.4.1: gradient descent step by step on several functions, with chapter 6's optimizers beside it. */
export function DescentPanel() {
  const t = useT(descentMessages);
  const tLab = useT(labMessages);
  const fn = useStore((s) => s.descentFn);
  const expr = useStore((s) => s.descentExpr);
  const x0 = useStore((s) => s.descentX0);
  const x1 = useStore((s) => s.descentX1);
  const lr = useStore((s) => s.descentLr);
  const steps = useStore((s) => s.descentSteps);
  const gradient = useStore((s) => s.descentGradient);
  const selected = useStore((s) => s.descentOptimizers);
  const lrKey = useStore((s) => selected.map((n) => lrOf(s, n)).join('_'));
  const storedStep = useStore((s) => s.descentStep);
  const setStep = useStore((s) => s.setDescentStep);
  const setStart = useStore((s) => s.setDescentStart);
  const fit = useStore((s) => s.descentFit);
  const pinned = useStore((s) => s.descentPinned);
  const words: NonFiniteWords = { infinity: t('infinity'), minusInfinity: t('minusInfinity'), nan: t('nan') };

  const bowl = useMemo(() => bowlOf(fn, expr), [fn, expr]);
  const run: DescentRun = useMemo(() => ({ x0, x1, lr, steps, gradient }), [x0, x1, lr, steps, gradient]);
  // Dragging SGD's lr must not rerun the other three: each outcome is kept while its own settings stand.
  const cache = useRef(new Map<string, { bowl: Bowl; outcome: DescentOutcome }>());
  const runs = useMemo(() => {
    const lrs = lrKey.split('_').map(Number);
    const next = new Map<string, { bowl: Bowl; outcome: DescentOutcome }>();
    const out = selected.map((name, i) => {
      const spec = { ...run, lr: lrs[i], optimizer: name };
      const key = `${name}|${spec.lr}|${spec.x0}|${spec.x1}|${spec.steps}|${spec.gradient}`;
      const kept = cache.current.get(key);
      const outcome = kept && kept.bowl === bowl ? kept.outcome : runDescent(bowl, spec);
      next.set(key, { bowl, outcome });
      return { name, spec, outcome, color: optimizerColors[name] };
    });
    cache.current = next;
    return out;
  }, [bowl, run, selected, lrKey]);
  const pins = useMemo(() => pinned.map((p) => ({ run: p, outcome: runDescent(bowl, { ...p, optimizer: 'SGD' }) })), [bowl, pinned]);
  const main = runs[0];
  const outcome = main.outcome;
  const reach = Math.max(...runs.map((r) => r.outcome.maxFinite), ...pins.map((p) => p.outcome.maxFinite));
  const exponent = fitExponent(fit, reach, bowl.view);
  // The figure is drawn 1:1 in the column's width; its left margin makes room for the widest y tick label.
  const wrapRef = useRef<HTMLDivElement>(null);
  const available = useElementWidth(wrapRef, 600);
  const tickRoom = useMemo(() => {
    const probe = descentView(exponent, { left: 0, top: 0, size: 1 }, bowl.view);
    return 10 + tickCharWidth * Math.max(...[...probe.tickValues, ...probe.yTickValues].map((v) => tickText(probe.kind, v).length));
  }, [exponent, bowl.view]);
  const layout = squareLayout(available, { tickRoom, maxSize: 620, bottom: 52, barBelowWhenNarrow: true });
  const view = useMemo(
    () => descentView(exponent, { left: layout.left, top: layout.top, size: layout.size }, bowl.view),
    [exponent, layout.left, layout.top, layout.size, bowl.view],
  );
  const contours = useMemo(() => descentContours(bowl.f, view, { left: layout.left, top: layout.top, size: layout.size }, fn !== 'sphere'), [bowl, fn, view, layout.left, layout.top, layout.size]);

  const last = outcome.path.length - 1;
  const step = storedStep === null ? last : Math.min(storedStep, last);
  // Reaching the last step stores null, so the marker keeps following the end when the path changes.
  const goTo = (s: number) => setStep(s >= last ? null : s);
  const playback = usePlayback(step, last, goTo);
  const onStepKey = (e: KeyboardEvent) => {
    if (handleStepKey(e, step, last, goTo)) playback.stop();
  };

  const kind = (k: DescentRun['gradient']) => (k === 'numerical' ? t('numericalShort') : t('exactShort'));
  const legend = (r: DescentRun, key: 'currentLegend' | 'pinnedLegend') => t(key, { lr: String(r.lr), kind: kind(r.gradient), steps: r.steps });
  const point = outcome.path[step];
  const finalX = outcome.path[last].x;
  const axis = (name: string) => (view.kind === 'symlog' ? t('symlogAxis', { axis: name }) : name);
  const isBookCall = fn === 'sphere' && main.name === 'SGD';
  // Several optimizers need a column group each: their table gets the panel's full width.
  const grouped = runs.length > 1 || main.name !== 'SGD';
  const table = (
    <StepTable
      runs={runs.map((r) => ({ name: r.name, path: r.outcome.path, fValues: r.outcome.fValues, lr: r.spec.lr, color: r.color }))}
      step={step} words={words} onPick={goTo}
    />
  );

  return (
    <PanelFrame id="descent" title={t('title')} intro={t('intro')} testId="panel-descent">
      <FunctionPicker />
      <div className="descent-body">
        <div className="figure-wrap descent-figure-wrap" ref={wrapRef}>
          <div
            className="figure-focus" tabIndex={0} role="group" aria-keyshortcuts="ArrowLeft ArrowRight Home End"
            onKeyDown={onStepKey} aria-label={t('figureLabel')} data-testid="descent-figure-focus"
          >
            <DescentFigure
              layout={layout} view={view} contours={contours} step={step} start={[x0, x1]} onStartMove={setStart}
              series={runs.map((r) => ({
                name: r.name, path: r.outcome.path, color: r.color,
                legend: r.name === 'SGD' ? legend(r.spec, 'currentLegend') : `${r.name}, lr = ${r.spec.lr}, ${kind(gradient)}`,
              }))}
              pins={pins.map((p, k) => ({ path: p.outcome.path, ...pinStyles[k], legend: `${tLab('pinned', { n: k + 1 })}: ${legend(p.run, 'pinnedLegend')}` }))}
              labels={{
                figure: t('figureLabel'), start: t('startLabel'),
                colorTitle: contours.scale === 'log' ? t('colorLog') : t('colorLinear'), overflowBand: t('overflowBand'), xAxis: axis('x₀'), yAxis: axis('x₁'),
              }}
            />
          </div>
          <StepControls
            step={step} last={last} playing={playback.playing} onToggle={playback.toggle} onStop={playback.stop}
            goTo={goTo} onKeyDown={onStepKey}
          />
          <FPerStepChart
            width={layout.width} step={step} last={last} onPick={(k) => { playback.stop(); goTo(k); }}
            series={[
              ...runs.map((r) => ({ name: r.name, color: r.color, values: r.outcome.fValues })),
              ...pins.map((p, k) => ({ name: `pin${k}`, color: pinStyles[k].color, dash: pinStyles[k].dash, values: p.outcome.fValues })),
            ]}
            labels={{ figure: tLab('fChartLabel'), yLog: tLab('fAxisLog'), yLinear: tLab('fAxisLinear'), x: tLab('stepAxis') }}
          />
          <p className="note">{t('stepKeys')}</p>
          <dl className="readouts current-step">
            <Readout label={`${selected.length > 1 ? `${main.name}: ` : ''}${t('currentX', { i: step })}`} value={formatPair(point.x, words)} testId="descent-current-x" />
            <Readout
              label={t('currentGrad', { i: step })} testId="descent-current-grad"
              value={point.grad ? formatPair(point.grad, words) : t('noStep')}
            />
            {main.name === 'SGD' && (
              <Readout
                label={t('currentUpdate')} testId="descent-current-update"
                value={point.grad ? formatPair([lr * point.grad[0], lr * point.grad[1]], words) : t('noStep')}
              />
            )}
          </dl>
          <DivergenceNotes run={main.spec} outcome={outcome} view={view} step={step} words={words} sphere={fn === 'sphere' && main.name === 'SGD'} />
        </div>
        <div className="side">
          <DescentControls run={run} fn={fn} bowl={bowl} />
          <OptimizerPicker />
          {gradient === 'exact' && fn === 'typed' && <p className="note">{tLab('exprTypedExact')}</p>}
          <dl className="readouts">
            {runs.map((r) => (
              <Readout
                key={r.name} label={r.name === 'SGD' ? `SGD: ${t('finalPoint')}` : tLab('finalOf', { name: r.name, n: steps })} emphasis={r === main}
                value={formatPair(r.outcome.path[r.outcome.path.length - 1].x, words)} testId={r.name === 'SGD' ? 'descent-final' : `descent-final-${r.name}`}
              />
            ))}
            <Readout label={runs.length > 1 ? `${main.name}: ${t('finalScientific')}` : t('finalScientific')} value={formatPair(finalX, words, formatScientific)} testId="descent-final-sci" />
          </dl>
          {!grouped && table}
          {isBookCall && (
            <pre className="book-call" aria-label={t('bookCall')}>
              <code>{`${gradient === 'exact' ? `${t('exactComment')}\n` : ''}init_x = np.array([${x0}, ${x1}])\ngradient_descent(function_2, init_x, lr=${lr}, step_num=${steps})\n→ array([${formatPair(finalX, words).slice(1, -1)}])`}</code>
            </pre>
          )}
        </div>
      </div>
      {grouped && <div className="descent-grouped-table">{table}</div>}
    </PanelFrame>
  );
}
