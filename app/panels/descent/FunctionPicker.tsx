import { useEffect, useId, useState } from 'react';
import { bowlFromExpr, bowls, maxExpressionLength, parseExpression, type ParseError } from '../../../src-core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { descentFunctions, type DescentFunction } from '../../store/descentSlice.ts';
import { useStore } from '../../store/store.ts';
import { labMessages } from './labMessages.ts';

type T = ReturnType<typeof useT<keyof typeof labMessages>>;

const parseMessage = (t: T, e: ParseError) => {
  const messages: { [K in ParseError['kind']]: (e: Extract<ParseError, { kind: K }>) => string } = {
    empty: () => t('exprEmpty'),
    tooLong: (x) => t('exprTooLong', { limit: x.limit }),
    unexpected: (x) => (x.text === '' ? t('exprEnd') : t('exprUnexpected', { at: x.at + 1, text: x.text })),
    unknownName: (x) => t('exprUnknown', { name: x.name }),
    unclosed: (x) => t('exprUnclosed', { at: x.at + 1 }),
    tooLarge: (x) => t('exprTooLarge', { text: x.text }),
  };
  return (messages[e.kind] as (x: ParseError) => string)(e);
};

/** The function to descend on: four built-ins and a typed formula, which is refused with a reason when broken. */
export function FunctionPicker() {
  const t = useT(labMessages);
  const id = useId();
  const fn = useStore((s) => s.descentFn);
  const expr = useStore((s) => s.descentExpr);
  const x0 = useStore((s) => s.descentX0);
  const x1 = useStore((s) => s.descentX1);
  const setFn = useStore((s) => s.setDescentFn);
  const setExpr = useStore((s) => s.setDescentExpr);
  const [text, setText] = useState(expr);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(expr), [expr]);

  const pick = (name: DescentFunction) => setFn(name, name === 'typed' ? [x0, x1] : bowls[name].start);
  const commit = () => {
    const parsed = parseExpression(text);
    let why: string | null = null;
    if (!parsed.ok) why = parseMessage(t, parsed.error);
    else {
      const value = bowlFromExpr(parsed.expr).f(Float64Array.of(x0, x1));
      if (!Number.isFinite(value)) why = t('exprNotFinite', { value: String(value), x0, x1 });
    }
    if (why) return setError(`${why} ${t('exprKept', { expr })}`);
    setError(null);
    setExpr(text);
  };

  return (
    <div className="function-picker">
      <fieldset className="function-choice">
        <legend>{t('functionLegend')}</legend>
        {descentFunctions.map((name) => (
          <label key={name}>
            <input type="radio" name="descent-fn" checked={fn === name} onChange={() => pick(name)} data-testid={`descent-fn-${name}`} />
            {t(`fn_${name}`)}
          </label>
        ))}
      </fieldset>
      {fn === 'typed' && (
        <div className="expr-row">
          <label htmlFor={id}>{t('exprLabel')}</label>
          <input
            id={id} type="text" value={text} spellCheck={false} maxLength={maxExpressionLength + 1}
            aria-invalid={error !== null} aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`} data-testid="descent-expr"
            onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()}
          />
          <button type="button" onClick={commit} data-testid="descent-expr-apply">{t('exprApply')}</button>
          <p className="note" id={`${id}-help`}>{t('exprHelp')}</p>
          {error && <p className="field-error" id={`${id}-error`} role="alert" data-testid="descent-expr-error">{error}</p>}
        </div>
      )}
    </div>
  );
}
