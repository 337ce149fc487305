import { defineMessages } from '../i18n/language.ts';

/** The new-version banner's messages. */
export const updateMessages = defineMessages({
  updateReady: {
    ko: '새 버전이 준비되었습니다. 다시 불러오면 적용됩니다.',
    en: 'A new version is ready. Reload to use it.',
  },
  updateReload: { ko: '다시 불러오기', en: 'Reload' },
});
