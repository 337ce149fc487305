import { defineMessages } from '../../i18n/language.ts';

/** 4.2.1–4.2.2: the ten outputs as bars and both losses. */
export const lossMessages = defineMessages({
  title: { ko: '4.2.1–4.2.2 오차제곱합과 교차 엔트로피 오차', en: '4.2.1–4.2.2 Sum of squares error and cross-entropy error' },
  intro: {
    ko: '막대는 신경망의 출력 y (소프트맥스, 합이 1)입니다. 막대를 위아래로 끌면 나머지 막대가 비율대로 줄거나 늘어 합이 늘 1로 유지됩니다. 정답 레이블 t는 아래 숫자나 버튼으로 고르세요.',
    en: 'The bars are a network’s outputs y (a softmax, summing to 1). Drag a bar up or down and the others shrink or grow in proportion, so y always sums to 1. Choose the true label t with the digits under the bars or the buttons.',
  },
  figureLabel: { ko: '출력 y의 막대그래프와 정답 원-핫 t', en: 'Bar chart of the outputs y with the one-hot true label t' },
  barLabel: { ko: '클래스 {k}의 출력 y{k}', en: 'Output y{k} of class {k}' },
  axisClass: { ko: '클래스 k', en: 'class k' },
  axisY: { ko: 'yₖ', en: 'yₖ' },
  legendY: { ko: '출력 yₖ', en: 'output yₖ' },
  legendT: { ko: '정답 tₖ = 1', en: 'true label tₖ = 1' },
  labelGroup: { ko: '정답 레이블 t', en: 'True label t' },
  labelButton: { ko: '정답을 {k}(으)로', en: 'Make {k} the true label' },
  presets: { ko: '책의 예 (t = 2)', en: 'The book’s examples (t = 2)' },
  example1: { ko: '예1: ‘2’일 확률이 가장 높음', en: 'Example 1: ‘2’ most likely' },
  example2: { ko: '예2: ‘7’일 확률이 가장 높음', en: 'Example 2: ‘7’ most likely' },
  uniform: { ko: '모두 0.1', en: 'All 0.1' },
  sseFormulaLabel: { ko: 'E는 k에 대한 (y_k 빼기 t_k)의 제곱의 합의 절반', en: 'E = one half times the sum over k of (y_k minus t_k) squared' },
  ceeFormulaLabel: { ko: 'E는 k에 대한 t_k 곱하기 log(y_k 더하기 델타)의 합에 마이너스', en: 'E = minus the sum over k of t_k times log of (y_k plus delta)' },
  sse: { ko: '오차제곱합 (SSE, 4.2.1: t를 주어진 그대로)', en: 'Sum of squares error (4.2.1, t as given)' },
  cee: { ko: '교차 엔트로피 오차 (CEE, 4.2.2의 정의: t를 주어진 그대로)', en: 'Cross-entropy error (4.2.2’s definition, t as given)' },
  sum: { ko: 'Σ yₖ', en: 'Σ yₖ' },
  yt: { ko: '정답 클래스의 출력 yₜ', en: 'Output of the true class yₜ' },
  keyboardHint: {
    ko: '막대에 초점을 두고 ↑↓ 는 0.01, Shift+↑↓ 는 0.1씩, Home/End 는 0/1 입니다.',
    en: 'With a bar focused, ↑↓ move it by 0.01, Shift+↑↓ by 0.1, Home/End to 0/1.',
  },
  bookCall: { ko: '책의 코드', en: 'In the book' },
});

/** 4.2.2: the shape of −log y and the ceiling that δ creates. */
export const logMessages = defineMessages({
  title: { ko: '4.2.2 −log y 와 δ = 10⁻⁷', en: '4.2.2 −log y and δ = 10⁻⁷' },
  intro: {
    ko: '교차 엔트로피 오차는 정답 클래스의 출력 yₜ 하나로 정해집니다: E = −log(yₜ + δ). yₜ가 1이면 0, 0에 가까울수록 커집니다. δ가 없으면 yₜ = 0에서 −log 0 = ∞ 이 되므로 책은 δ = 10⁻⁷ 을 더해 천장 −log(10⁻⁷) ≈ 16.1 을 만듭니다. 곡선 위를 끌면 yₜ가 바뀝니다.',
    en: 'The cross-entropy error depends only on the output of the true class: E = −log(yₜ + δ). It is 0 at yₜ = 1 and grows as yₜ nears 0. Without δ, yₜ = 0 would give −log 0 = ∞, so the book adds δ = 10⁻⁷, which puts a ceiling at −log(10⁻⁷) ≈ 16.1. Drag along the curve to change yₜ.',
  },
  figureLabel: { ko: '−log(y + 10⁻⁷) 의 그래프와 현재 yₜ', en: 'Graph of −log(y + 10⁻⁷) with the current yₜ' },
  axisY: { ko: 'yₜ (정답 클래스의 출력)', en: 'yₜ (output of the true class)' },
  axisE: { ko: 'E', en: 'E' },
  legendCurve: { ko: '−log(y + 10⁻⁷) (책의 식)', en: '−log(y + 10⁻⁷) (the book’s)' },
  legendBare: { ko: '−log y (δ 없음, 0에서 ∞)', en: '−log y (no δ: ∞ at 0)' },
  ceiling: { ko: '천장 −log(10⁻⁷) ≈ 16.12', en: 'ceiling −log(10⁻⁷) ≈ 16.12' },
  atZero: { ko: 'yₜ = 0 (왼쪽 끝에 표시)', en: 'yₜ = 0 (drawn at the left edge)' },
  scale: { ko: 'yₜ 축', en: 'yₜ axis' },
  linear: { ko: '선형', en: 'linear' },
  log: { ko: '로그', en: 'log' },
  ceilingValue: { ko: '천장 −log(10⁻⁷)', en: 'Ceiling −log(10⁻⁷)' },
  pointLabel: { ko: '정답 클래스의 출력 yₜ', en: 'Output of the true class yₜ' },
});

/** 4.2.3–4.2.4: a mini-batch and the batch cross-entropy. */
export const batchMessages = defineMessages({
  title: { ko: '4.2.3–4.2.4 미니배치와 (배치용) 교차 엔트로피 오차', en: '4.2.3–4.2.4 A mini-batch and the batch cross-entropy error' },
  intro: {
    ko: '미니배치 N = 5개의 출력 y와 정답 레이블입니다. 배치의 손실은 각 행의 교차 엔트로피 오차의 평균입니다. 정답을 원-핫 행렬로 주든 레이블 인덱스로 주든 책의 cross_entropy_error 는 같은 값을 냅니다 (원-핫은 argmax로 인덱스가 됩니다). 칸을 누르거나 목록에서 골라 행의 정답을 바꿔 보세요.',
    en: 'A mini-batch of N = 5 outputs y with their labels. The batch loss is the mean of the rows’ cross-entropy errors. Whether the labels come as a one-hot matrix or as label indices, the book’s cross_entropy_error gives the same number (one-hot rows become indices by argmax). Click a cell or use the list to change a row’s label.',
  },
  tableCaption: { ko: '미니배치: 출력 y (행마다 합 1)와 정답', en: 'The mini-batch: outputs y (each row sums to 1) and labels' },
  row: { ko: '행 n', en: 'row n' },
  label: { ko: '정답 tₙ', en: 'label tₙ' },
  labelOfRow: { ko: '{n}행의 정답', en: 'Label of row {n}' },
  oneHot: { ko: '원-핫 tₙ', en: 'one-hot tₙ' },
  rowLoss: { ko: '−log(y[n, tₙ] + δ)', en: '−log(y[n, tₙ] + δ)' },
  newBatch: { ko: '새 미니배치', en: 'New mini-batch' },
  seed: { ko: '시드 {seed}', en: 'seed {seed}' },
  fromOneHot: { ko: '원-핫 레이블로 계산 (4.2.4: argmax로 인덱스가 됨)', en: 'From one-hot labels (4.2.4: argmax turns them into indices)' },
  fromIndices: { ko: '레이블 인덱스로 계산 (4.2.4)', en: 'From label indices (4.2.4)' },
  same: { ko: '두 값이 같습니다.', en: 'The two are equal.' },
  different: { ko: '두 값이 다릅니다!', en: 'The two differ!' },
  bookCall: { ko: '책의 코드', en: 'In the book' },
  scrollHint: { ko: '표는 옆으로 밀어 볼 수 있습니다.', en: 'Scroll the table sideways to see every column.' },
});
