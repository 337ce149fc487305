/**
 * One setting that lives in the URL. Every slice lists its own fields; urlSync.ts reads them at start-up
 * and writes them back on every change, so a link reproduces the view (TensorFlow Playground's idea,
 * driven from one table instead of hand-written wiring).
 */
export interface UrlField<S> {
  /** Query parameter name, short and stable: it appears in shared links. */
  readonly param: string;
  /** The value as it should appear in the URL, or undefined when it is the default (kept out of the URL). */
  readonly write: (state: S) => string | undefined;
  /** Parses the URL text; returns the state patch, or undefined for text it does not accept. */
  readonly read: (text: string) => Partial<S> | undefined;
}

export function numberField<S>(
  param: string,
  key: keyof S & string,
  options: { defaultValue: number; min: number; max: number; integer?: boolean },
): UrlField<S> {
  return {
    param,
    write: (state) => {
      const value = state[key] as unknown as number;
      return value === options.defaultValue ? undefined : String(value);
    },
    read: (text) => {
      if (text.trim() === '') return undefined;
      const value = Number(text);
      if (!Number.isFinite(value) || value < options.min || value > options.max) return undefined;
      if (options.integer && !Number.isInteger(value)) return undefined;
      return { [key]: value } as Partial<S>;
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

/** Keeps a setting inside the range its slice allows (the same ranges the URL fields accept). */
export function clampToRange(value: number, range: { readonly min: number; readonly max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}
