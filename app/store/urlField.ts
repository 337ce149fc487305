import { parseNumber } from '../components/parseNumber.ts';

/**
 * One setting that lives in the URL. Every slice lists its own fields; urlSync.ts reads them at start-up
 * and writes them back on every change, so a link reproduces the view (TensorFlow Playground's idea,
 * driven from one table instead of hand-written wiring). Each slice writes its defaults once, in one object
 * that is both its initial state and what its fields leave out of the URL.
 */
export interface UrlField<S> {
  /** Query parameter name, short and stable: it appears in shared links. */
  readonly param: string;
  /** The value as it should appear in the URL, or undefined when it is the default (kept out of the URL). */
  readonly write: (state: S) => string | undefined;
  /** Parses the URL text; returns the state patch, or undefined for text it does not accept. */
  readonly read: (text: string) => Partial<S> | undefined;
}

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** A number from a link, read by the same parser as a typed one (no hex, no 1e400): undefined if refused. */
export function readUrlNumber(text: string, range: NumberRange): number | undefined {
  const parsed = parseNumber(text, range);
  return parsed.ok ? parsed.value : undefined;
}

/** A number setting; a `defaultValue` of null means "unset" (the setting is then out of the URL). */
export function numberField<S>(
  param: string,
  key: keyof S & string,
  options: NumberRange & { defaultValue: number | null },
): UrlField<S> {
  return {
    param,
    write: (state) => {
      const value = state[key] as unknown as number | null;
      return value === options.defaultValue ? undefined : String(value);
    },
    read: (text) => {
      const value = readUrlNumber(text, options);
      return value === undefined ? undefined : ({ [key]: value } as Partial<S>);
    },
  };
}

export function choiceField<S, V extends string>(
  param: string,
  key: keyof S & string,
  choices: readonly V[],
  defaultValue: V | undefined,
): UrlField<S> {
  return {
    param,
    write: (state) => {
      const value = state[key] as unknown as V;
      return value === defaultValue ? undefined : value;
    },
    read: (text) => ((choices as readonly string[]).includes(text) ? ({ [key]: text } as Partial<S>) : undefined),
  };
}

/** An on/off setting as '1' or '0'. */
export function flagField<S>(param: string, key: keyof S & string, defaultValue: boolean): UrlField<S> {
  return {
    param,
    write: (state) => (state[key] === defaultValue ? undefined : state[key] ? '1' : '0'),
    read: (text) => (text === '1' || text === '0' ? ({ [key]: text === '1' } as Partial<S>) : undefined),
  };
}

/** Keeps a setting inside the range its slice allows (the same ranges the URL fields accept). */
export function clampToRange(value: number, range: { readonly min: number; readonly max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}
