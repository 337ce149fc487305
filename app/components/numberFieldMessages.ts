import { defineMessages } from '../i18n/language.ts';

/** NumberField's own messages (the shared ones live in commonMessages). */
export const numberFieldMessages = defineMessages({
  notInteger: {
    ko: '{min} 이상 {max} 이하의 정수를 입력하세요.',
    en: 'Enter a whole number from {min} to {max}.',
  },
});
