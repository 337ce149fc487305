import type { StateCreator } from 'zustand';
import { browserLanguage, type Language } from '../i18n/language.ts';
import { choiceField, type UrlField } from './urlField.ts';

export const sectionIds = ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6'] as const;
export type SectionId = (typeof sectionIds)[number];

export interface ShellSlice {
  language: Language;
  section: SectionId;
  setLanguage: (language: Language) => void;
  setSection: (section: SectionId) => void;
}

export const createShellSlice: StateCreator<ShellSlice, [], [], ShellSlice> = (set) => ({
  language: browserLanguage(),
  section: '4.1',
  setLanguage: (language) => set({ language }),
  setSection: (section) => set({ section }),
});

export const shellUrlFields: UrlField<ShellSlice>[] = [
  choiceField<ShellSlice, SectionId>('s', 'section', sectionIds, undefined),
  choiceField<ShellSlice, Language>('lang', 'language', ['ko', 'en'], undefined),
];
