import { defineMessages } from '../i18n/language.ts';

export const exportMessages = defineMessages({
  exportFigures: { ko: '그림 내보내기', en: 'Export figures' },
  svg: { ko: 'SVG', en: 'SVG' },
  png: { ko: 'PNG (2×)', en: 'PNG (2×)' },
  csv: { ko: 'CSV', en: 'CSV' },
  svgLabel: { ko: '{figure}: SVG로 내려받기', en: '{figure}: download as SVG' },
  pngLabel: { ko: '{figure}: PNG(2배 크기)로 내려받기', en: '{figure}: download as PNG (2× size)' },
  csvLabel: { ko: '{figure}: 데이터를 CSV로 내려받기', en: '{figure}: download the data as CSV' },
  noFigures: { ko: '이 패널에는 아직 그림이 없습니다.', en: 'This panel has no figure yet.' },
  fontNote: {
    ko: 'SVG의 한글은 한글 글꼴(Noto Sans KR, 맑은 고딕, Apple SD Gothic Neo 등)이 있는 곳에서 보입니다.',
    en: 'Korean labels in the SVG need a Hangul font where it is opened (Noto Sans KR, Malgun Gothic, Apple SD Gothic Neo…).',
  },
});
