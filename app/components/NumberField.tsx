import { useEffect, useId, useRef, useState } from 'react';
import { commonMessages } from '../i18n/common.ts';
import { useT } from '../i18n/useT.ts';
import { numberFieldMessages } from './numberFieldMessages.ts';
import { MAX_NUMBER_TEXT, parseNumber, type ParsedNumber } from './parseNumber.ts';

type Refusal = Extract<ParsedNumber, { ok: false }>['reason'];

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  /** How the committed value is shown in the box. */
  display?: (value: number) => string;
  /**
   * A shorter text shown over the box while it is not being edited (for narrow boxes). The box itself always
   * holds the full value (display): focusing it shows every digit, and leaving it unchanged commits nothing new.
   */
  brief?: (value: number) => string;
  onCommit: (value: number) => void;
  testId?: string;
  /**
   * Show the message somewhere else (e.g. under a grid of narrow boxes): the field reports it here instead of
   * drawing it, and points aria-describedby at `id`.
   */
  errorOutside?: { id: string; onChange: (message: string | null) => void };
  /** Shown but not editable (a setting a classroom link locks). */
  disabled?: boolean;
}

/**
 * A number box that commits on Enter or blur. Bad text (empty, letters, NaN, out of range) is refused with a
 * visible message and the previous valid value stays in force.
 */
export function NumberField({
  label, value, min, max, integer, display = String, brief, onCommit, testId, errorOutside, disabled,
}: NumberFieldProps) {
  const t = useT(commonMessages);
  const tField = useT(numberFieldMessages);
  const id = useId();
  const [text, setText] = useState(display(value));
  const [error, setErrorHere] = useState<string | null>(null);
  const setError = (message: string | null) => {
    setErrorHere(message);
    errorOutside?.onChange(message);
  };
  const [focused, setFocused] = useState(false);

  // Follow outside changes (dragging, presets, a new draw): the box shows the new value and an old refusal,
  // which spoke of the previous value, goes.
  const reportOutside = useRef(errorOutside?.onChange);
  reportOutside.current = errorOutside?.onChange;
  const lastValue = useRef(value);
  useEffect(() => {
    setText(display(value));
    if (!Object.is(lastValue.current, value)) {
      lastValue.current = value;
      setErrorHere(null);
      reportOutside.current?.(null);
    }
  }, [value, display]);

  const refuse = (reason: Refusal) => {
    const range = { min: String(min), max: String(max) };
    const why =
      reason === 'notANumber'
        ? t('invalidNumber')
        : reason === 'notInteger'
          ? tField('notInteger', range)
          : reason === 'tooLong'
            ? tField('tooLong', { limit: MAX_NUMBER_TEXT })
            : t('outOfRange', range);
    setError(`${why} ${t('keptPrevious', { value: display(value) })}`);
  };

  const commit = () => {
    const parsed = parseNumber(text, { min, max, integer });
    if (!parsed.ok) return refuse(parsed.reason);
    setError(null);
    onCommit(parsed.value);
    setText(display(parsed.value));
  };

  const input = (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      value={text}
      disabled={disabled}
      title={brief ? display(value) : undefined}
      aria-invalid={error !== null}
      aria-describedby={error ? (errorOutside?.id ?? `${id}-error`) : undefined}
      data-testid={testId}
      onChange={(e) => {
        // A huge paste never enters the box: laying out a megabyte of text alone freezes the page for seconds.
        if (e.target.value.length > MAX_NUMBER_TEXT) refuse('tooLong');
        else setText(e.target.value);
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setText(display(value));
          setError(null);
        }
      }}
    />
  );
  // The short text covers the box only while it shows the committed value untouched.
  const briefText = brief && !focused && error === null && text === display(value) ? brief(value) : null;

  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      {brief ? (
        <div className={briefText === null ? 'number-box' : 'number-box briefed'}>
          {input}
          {briefText !== null && (
            <span className="number-brief" aria-hidden="true">
              {briefText}
            </span>
          )}
        </div>
      ) : (
        input
      )}
      {error && !errorOutside && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
