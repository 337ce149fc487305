import { useEffect } from 'react';
import { useStore } from '../store/store.ts';
import { commonMessages } from './common.ts';

/** Keeps `<html lang>` and the page title in the chosen language (screen readers and tabs read them). */
export function useDocumentLanguage(): void {
  const language = useStore((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = commonMessages.pageTitle[language];
  }, [language]);
}
