import { useEffect, useId, useState } from 'react';
import { commonMessages } from '../i18n/common.ts';
import { useT } from '../i18n/useT.ts';
import { parseNumber } from './parseNumber.ts';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  /** How the committed value is shown in the box. */
  display?: (value: number) => string;
  onCommit: (value: number) => void;
  testId?: string;
}

/**
 * A number box that commits on Enter or blur. Bad text (empty, letters, NaN, out of range) is refused with a
 * visible message and the previous valid value stays in force.
 */
export function NumberField({ label, value, min, max, integer, display = String, onCommit, testId }: NumberFieldProps) {
  const t = useT(commonMessages);
  const id = useId();
  const [text, setText] = useState(display(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (dragging, presets) unless the person is mid-way through a refused entry.
  useEffect(() => {
    setText(display(value));
  }, [value, display]);

  const commit = () => {
    const parsed = parseNumber(text, { min, max, integer });
    if (parsed.ok) {
      setError(null);
      onCommit(parsed.value);
      setText(display(parsed.value));
      return;
    }
    const why =
      parsed.reason === 'notANumber'
        ? t('invalidNumber')
        : t('outOfRange', { min: String(min), max: String(max) });
    setError(`${why} ${t('keptPrevious', { value: display(value) })}`);
  };

  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(display(value));
            setError(null);
          }
        }}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
