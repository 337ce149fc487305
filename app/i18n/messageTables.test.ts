import { describe, expect, it } from 'vitest';
import type { MessageTable } from './language.ts';

// Every message table in the app, found by file name so a new table cannot be left out.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../**/messages.ts', '../**/*Messages.ts', './common.ts'],
  { eager: true },
);

function isMessage(value: unknown): value is { ko: string; en: string } {
  return typeof value === 'object' && value !== null && 'ko' in value && 'en' in value;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const tables: [string, MessageTable][] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'object' && value !== null && Object.values(value).every(isMessage))
    .map(([name, value]) => [`${file}:${name}`, value as MessageTable] as [string, MessageTable]),
);

describe('the Korean and English message tables', () => {
  it('are found (the glob is not empty)', () => {
    expect(tables.length).toBeGreaterThan(10);
  });

  it.each(tables)('%s: every key has both languages, non-empty, with the same placeholders', (_name, table) => {
    for (const [key, message] of Object.entries(table)) {
      expect(message.ko.trim(), `${key} ko`).not.toBe('');
      expect(message.en.trim(), `${key} en`).not.toBe('');
      expect(placeholders(message.ko), `${key} placeholders`).toEqual(placeholders(message.en));
    }
  });
});
