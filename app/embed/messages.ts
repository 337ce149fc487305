import { defineMessages } from '../i18n/language.ts';

export const embedMessages = defineMessages({
  linkTo: { ko: '이 패널 링크', en: 'Link to this' },
  linkToLabel: { ko: '이 패널과 지금 설정으로 가는 링크 복사', en: 'Copy a link to this panel with its current settings' },
  embedLink: { ko: '임베드 링크', en: 'Embed link' },
  embedLinkLabel: {
    ko: '이 패널만 보여 주는 링크 복사 (슬라이드의 iframe용)',
    en: 'Copy a link that shows this panel alone (for an iframe in slides)',
  },
  copied: { ko: '복사했습니다:', en: 'Copied:' },
  copyByHand: { ko: '이 주소를 복사하세요:', en: 'Copy this address:' },
  linkField: { ko: '복사한 링크', en: 'Copied link' },
  lockedNote: {
    ko: '이 링크는 다음 설정을 고정합니다 (바꿀 수 없음): {names}. 실행과 단계 이동은 할 수 있습니다.',
    en: 'This link locks these settings (they cannot be changed): {names}. You can still play and step.',
  },
  lockedControl: { ko: '링크로 고정됨', en: 'Locked by the link' },
  openFull: { ko: '전체 앱에서 열기', en: 'Open in the full app' },
});
