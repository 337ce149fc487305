export type Language = 'ko' | 'en';

/** A message in both languages. Book terms follow the Korean edition (손실 함수, 기울기, 학습률…). */
export interface Message {
  readonly ko: string;
  readonly en: string;
}

export type MessageTable<K extends string = string> = Readonly<Record<K, Message>>;

export function defineMessages<K extends string>(table: Record<K, Message>): MessageTable<K> {
  return table;
}

export function browserLanguage(): Language {
  const langs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return langs.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
