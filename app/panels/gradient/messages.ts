import { defineMessages } from '../../i18n/language.ts';

export const gradientMessages = defineMessages({
  title: { ko: '4.4 기울기', en: '4.4 Gradient' },
  intro: {
    ko: '모든 변수의 편미분을 벡터로 정리한 것이 기울기입니다. 화살표는 책의 18×18 격자 (−2 ~ 2.25, 0.25 간격)에서 구한 f(x₀, x₁) = x₀² + x₁² 의 −∇f 입니다. 각 지점에서 함수의 출력 값을 가장 크게 줄이는 방향을 가리키고, 최솟값에서 멀수록 깁니다. 그림 위에 마우스를 올리거나 눌러 보세요.',
    en: 'The gradient is the vector of all partial derivatives. The arrows are −∇f of f(x₀, x₁) = x₀² + x₁² on the book’s 18×18 grid (−2 to 2.25, step 0.25): at each point they show the direction that lowers f the most, and they grow longer away from the minimum. Hover over the plot or tap it.',
  },
  figureLabel: {
    ko: 'f(x₀, x₁) = x₀² + x₁² 의 등고선과 −기울기 화살표',
    en: 'Filled contours of f(x₀, x₁) = x₀² + x₁² with arrows of the negative gradient',
  },
  probeLabel: { ko: '기울기를 구할 점', en: 'Point where the gradient is read' },
  x0Field: { ko: 'x₀ (−5 ~ 5)', en: 'x₀ (−5 to 5)' },
  x1Field: { ko: 'x₁ (−5 ~ 5)', en: 'x₁ (−5 to 5)' },
  presets: { ko: '책의 예', en: 'The book’s examples' },
  point: { ko: '점 (x₀, x₁)', en: 'Point (x₀, x₁)' },
  hovered: { ko: '마우스가 가리키는 점', en: 'Point under the pointer' },
  fx: { ko: 'f(x₀, x₁)', en: 'f(x₀, x₁)' },
  numerical: { ko: '수치 기울기 numericalGradient (h = 10⁻⁴)', en: 'Numerical gradient numericalGradient (h = 10⁻⁴)' },
  exact: { ko: '해석적 기울기 (2x₀, 2x₁)', en: 'Exact gradient (2x₀, 2x₁)' },
  difference: { ko: '차이 (수치 − 해석)', en: 'Difference (numerical − exact)' },
  differenceNote: {
    ko: '이차 함수에서는 중심 차분이 정확하므로, {value} 의 끝자리는 부동소수점 반올림 오차입니다. numpy 는 이 배열을 {array} 로 자릿수를 줄여 보여 줍니다.',
    en: 'For a quadratic the central difference is exact in real arithmetic, so the tail of {value} is floating-point rounding. numpy prints this array with fewer digits: {array}.',
  },
  everyDigit: { ko: '모든 자릿수', en: 'every digit' },
  exactHere: {
    ko: '이 점에서는 수치 기울기가 해석적 기울기와 마지막 비트까지 같습니다. numpy 는 이 배열을 {array} 로 보여 줍니다.',
    en: 'At this point the numerical gradient equals the exact one to the last bit. numpy prints this array as {array}.',
  },
  arrowLegend: {
    ko: '화살표: 책의 격자에서 −∇f, 길이 = |∇f| ÷ 30',
    en: 'Arrows: −∇f on the book’s grid; length = |∇f| ÷ 30',
  },
  arrowSample: { ko: '|∇f| = 5 인 화살표의 길이', en: 'length of an arrow with |∇f| = 5' },
  gridLegend: { ko: '책의 격자 (−2 ~ 2.25)', en: 'book’s grid (−2 to 2.25)' },
  colorTitle: { ko: 'f 값', en: 'f value' },
  bookCall: { ko: '책의 코드', en: 'In the book' },
  viewNote: {
    ko: '격자 밖의 점을 고르면 보이는 범위가 넓어집니다. 화살표는 그대로 책의 격자에 있습니다.',
    en: 'A point outside the grid widens the view; the arrows stay on the book’s grid.',
  },
  infinity: { ko: '무한대(Infinity)', en: 'Infinity' },
  minusInfinity: { ko: '−무한대(−Infinity)', en: '−Infinity' },
  nan: { ko: 'NaN', en: 'NaN' },
});
