import { defineMessages } from '../../i18n/language.ts';

export const partialMessages = defineMessages({
  title: { ko: '4.3.3 편미분', en: '4.3.3 Partial derivatives' },
  intro: {
    ko: 'f(x₀, x₁) = x₀² + x₁² 에서 한 변수를 고정하면 변수가 하나인 함수가 됩니다. 두 단면 위의 점을 끌어 보세요. 각 접선의 기울기가 편미분 ∂f/∂x₀, ∂f/∂x₁ 이고, 책처럼 numerical_diff 로 구합니다.',
    en: 'Fix one variable of f(x₀, x₁) = x₀² + x₁² and a function of one variable remains. Drag the points on the two slices: each tangent’s slope is a partial derivative, ∂f/∂x₀ or ∂f/∂x₁, computed with numerical_diff as in the book.',
  },
  sliceX0: { ko: 'x₁ = {x1} 로 고정한 f(x₀, {x1})', en: 'f(x₀, {x1}) with x₁ fixed at {x1}' },
  sliceX1: { ko: 'x₀ = {x0} 로 고정한 f({x0}, x₁)', en: 'f({x0}, x₁) with x₀ fixed at {x0}' },
  pointX0: { ko: '점 x₀', en: 'Point x₀' },
  pointX1: { ko: '점 x₁', en: 'Point x₁' },
  fieldX0: { ko: 'x₀ (−5 ~ 5)', en: 'x₀ (−5 to 5)' },
  fieldX1: { ko: 'x₁ (−5 ~ 5)', en: 'x₁ (−5 to 5)' },
  preset: { ko: '책의 점 (3, 4)', en: 'The book’s point (3, 4)' },
  f: { ko: 'f(x₀, x₁)', en: 'f(x₀, x₁)' },
  dfdx0: { ko: '∂f/∂x₀ (수치 미분)', en: '∂f/∂x₀ (numerical)' },
  dfdx1: { ko: '∂f/∂x₁ (수치 미분)', en: '∂f/∂x₁ (numerical)' },
  exact: { ko: '해석적 편미분 (2x₀, 2x₁)', en: 'Exact partial derivatives (2x₀, 2x₁)' },
  curve: { ko: '한 변수를 고정한 단면', en: 'slice with the other variable fixed' },
  tangent: { ko: '접선 (기울기 = 편미분)', en: 'tangent (slope = partial derivative)' },
  bookCall: { ko: '책의 코드', en: 'In the book' },
});
