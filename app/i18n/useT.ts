import { useCallback } from 'react';
import { useStore } from '../store/store.ts';
import { format, type MessageTable } from './language.ts';

/** Returns a translator for one message table, in the current language. */
export function useT<K extends string>(table: MessageTable<K>) {
  const language = useStore((s) => s.language);
  return useCallback(
    (key: K, values?: Readonly<Record<string, string | number>>) => {
      const text = table[key][language];
      return values ? format(text, values) : text;
    },
    [table, language],
  );
}
