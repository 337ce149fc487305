import { defineMessages } from '../i18n/language.ts';

/** NumberField's own messages (the shared ones live in commonMessages). */
export const numberFieldMessages = defineMessages({
  notInteger: {
    ko: '{min} 이상 {max} 이하의 정수를 입력하세요.',
    en: 'Enter a whole number from {min} to {max}.',
  },
  tooLong: {
    ko: '숫자로 읽기에는 너무 깁니다 (최대 {limit}자).',
    en: 'Too long to be a number (at most {limit} characters).',
  },
});
