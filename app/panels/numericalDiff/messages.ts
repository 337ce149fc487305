import { defineMessages } from '../../i18n/language.ts';

export const tangentMessages = defineMessages({
  title: { ko: '4.3.2 수치 미분의 예', en: '4.3.2 An example of numerical differentiation' },
  intro: {
    ko: 'f(x) = 0.01x² + 0.1x 위의 점을 끌어 보세요. 접선의 기울기는 중심 차분 (f(x+h) − f(x−h)) / 2h, h = 10⁻⁴ 로 구한 수치 미분입니다.',
    en: 'Drag the point along f(x) = 0.01x² + 0.1x. The tangent’s slope is the numerical derivative by the central difference (f(x+h) − f(x−h)) / 2h with h = 10⁻⁴.',
  },
  figureLabel: {
    ko: 'f(x) = 0.01x² + 0.1x 의 그래프와 x에서의 접선',
    en: 'Graph of f(x) = 0.01x² + 0.1x with its tangent at x',
  },
  pointLabel: { ko: '접점 x', en: 'Tangent point x' },
  xField: { ko: 'x (0 ~ 20)', en: 'x (0 to 20)' },
  presets: { ko: '책의 예', en: 'The book’s examples' },
  fx: { ko: 'f(x)', en: 'f(x)' },
  numericalSlope: { ko: '수치 미분 (중심 차분)', en: 'Numerical derivative (central difference)' },
  exactSlope: { ko: '해석적 미분 0.02x + 0.1', en: 'Exact derivative 0.02x + 0.1' },
  difference: { ko: '차이 (수치 − 해석)', en: 'Difference (numerical − exact)' },
  differenceNote: {
    ko: '차이는 h가 유한해서 생기는 것이 아니라 (이차 함수에서는 중심 차분이 정확합니다) 부동소수점 반올림 오차입니다.',
    en: 'For a quadratic the central difference is exact in real arithmetic: the difference you see is floating-point rounding, not truncation error.',
  },
  tangentLegend: { ko: '접선', en: 'tangent' },
  curveLegend: { ko: 'f(x)', en: 'f(x)' },
  bookCall: { ko: '책의 코드', en: 'In the book' },
});
