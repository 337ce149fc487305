import { defineMessages } from './language.ts';

/** Messages shared by the shell and by several panels. */
export const commonMessages = defineMessages({
  appTitle: { ko: 'Gradient Lab', en: 'Gradient Lab' },
  appSubtitle: {
    ko: '밑바닥부터 시작하는 딥러닝 · 4장 신경망 학습',
    en: 'Deep Learning from Scratch · Chapter 4, Neural Network Learning',
  },
  languageToggle: { ko: 'English', en: '한국어' },
  languageToggleLabel: { ko: '언어를 영어로 바꾸기', en: 'Switch the language to Korean' },
  sectionsNav: { ko: '절 목록', en: 'Sections' },
  pageTitle: { ko: 'Gradient Lab · 신경망 학습', en: 'Gradient Lab · Neural network learning' },
  section41: { ko: '4.1 데이터에서 학습한다', en: '4.1 Learning from data' },
  section42: { ko: '4.2 손실 함수', en: '4.2 Loss functions' },
  section43: { ko: '4.3 수치 미분', en: '4.3 Numerical differentiation' },
  section44: { ko: '4.4 기울기와 경사법', en: '4.4 Gradient and descent' },
  section45: { ko: '4.5 학습 알고리즘 구현', en: '4.5 Training' },
  section46: { ko: '4.6 정리', en: '4.6 Summary' },
  notBuilt: {
    ko: '이 절의 패널은 아직 만들지 않았습니다. 만들어지면 여기에 나타납니다.',
    en: 'This section’s panel is not built yet. It will appear here when it is.',
  },
  invalidNumber: { ko: '숫자를 입력하세요.', en: 'Enter a number.' },
  outOfRange: { ko: '{min} 이상 {max} 이하의 값을 입력하세요.', en: 'Enter a value from {min} to {max}.' },
  keptPrevious: { ko: '이전 값 {value}을(를) 유지합니다.', en: 'Keeping the previous value {value}.' },
  footer: {
    ko: '수치 계산은 모두 이 앱이 밑바닥부터 구현한 코드로 합니다 (float64; 4.5의 오차역전파법 학습만 float32 WebAssembly SIMD).',
    en: 'Every number here is computed by this app’s own from-scratch code (float64; 4.5’s backprop training in float32 WebAssembly SIMD).',
  },
});
