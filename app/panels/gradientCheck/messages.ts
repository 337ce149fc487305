import { defineMessages } from '../../i18n/language.ts';

export const gradientCheckMessages = defineMessages({
  title: { ko: '기울기 확인: 오차역전파법 대 수치 미분', en: 'Gradient check: backprop against the numerical gradient' },
  intro: {
    ko: '지금 신경망의 매개변수와 훈련 데이터 앞쪽 몇 장으로 두 기울기를 구해 매개변수 묶음마다 비교합니다. 수치 미분은 책의 중심 차분 (L(w+h) − L(w−h)) / 2h, h = 10⁻⁴ 를 float64로 모든 매개변수에 대해 계산합니다.',
    en: 'Both gradients on the network’s current parameters and the first few training images, compared per parameter group. The numerical one is the book’s central difference (L(w+h) − L(w−h)) / 2h, h = 10⁻⁴, in float64 for every parameter.',
  },
  batchSize: { ko: '미니배치 크기 (1 ~ 100)', en: 'Batch size (1 to 100)' },
  run: { ko: '확인하기', en: 'Run the check' },
  running: { ko: '계산 중…', en: 'Computing…' },
  group: { ko: '매개변수', en: 'Parameters' },
  count: { ko: '개수', en: 'Count' },
  maxAbsDiff: { ko: '최대 |차이|', en: 'Max |difference|' },
  relativeError: { ko: '상대 오차', en: 'Relative error' },
  caption: {
    ko: '미니배치 {batch}장, 손실 {loss}. 상대 오차 = ‖역전파 − 수치‖ / (‖역전파‖ + ‖수치‖)',
    en: 'Batch of {batch}, loss {loss}. Relative error = ‖backprop − numerical‖ / (‖backprop‖ + ‖numerical‖)',
  },
  /** Why the differences are about the loss's δ (report.delta) over 2yₜ, not rounding. */
  expected: {
    ko: '상대 오차는 10⁻⁷ ~ 10⁻⁶ 정도가 정상입니다. 손실의 log(y + 10⁻⁷) 안의 10⁻⁷을 역전파의 y − t는 무시하므로 약 10⁻⁷ / 2yₜ (처음에 yₜ ≈ 0.1이면 5·10⁻⁷)만큼 다르고, 중심 차분 자체의 h² 절단 오차(≈ 10⁻⁹)와 반올림 오차 ε·L/h(≈ 10⁻¹²)가 더해집니다. 역전파에 버그가 있으면 10⁻² 이상이 나옵니다.',
    en: 'Relative errors of about 10⁻⁷ to 10⁻⁶ are healthy: backprop’s y − t ignores the 10⁻⁷ inside the loss’s log(y + 10⁻⁷), a relative difference of about 10⁻⁷ / 2yₜ (5·10⁻⁷ when yₜ ≈ 0.1 at the start), and the central difference adds its h² truncation (≈ 10⁻⁹) and rounding ε·L/h (≈ 10⁻¹²). A bug in backprop would show 10⁻² or more.',
  },
  failed: { ko: '확인하지 못했습니다: {message}', en: 'The check failed: {message}' },
});
