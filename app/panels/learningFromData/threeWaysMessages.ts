import { defineMessages } from '../../i18n/language.ts';

/** 4.1.1 and the book's Figure 4-2: three ways from an image to a rule. */
export const threeWaysMessages = defineMessages({
  title: { ko: '4.1.1 데이터 주도 학습: 규칙에 이르는 세 가지 길', en: '4.1.1 Data-driven learning: three ways to a rule' },
  intro: {
    ko: '손글씨 ‘5’를 알아보는 규칙을 어떻게 얻을까요? 사람이 규칙을 직접 쓰거나, 사람이 고른 특징에서 기계가 규칙을 배우거나, 신경망이 이미지에서 곧바로 배웁니다 (그림 4-2).',
    en: 'How do we get a rule that recognises a handwritten ‘5’? A person writes the rule, or a machine learns it from features a person chose, or a neural network learns it straight from the image (Figure 4-2).',
  },
  figureLabel: { ko: '그림 4-2: 규칙에 이르는 세 가지 길', en: 'Figure 4-2: three ways to a rule' },
  input: { ko: '이미지 ‘5’', en: 'image ‘5’' },
  output: { ko: '답: 5', en: 'answer: 5' },
  rowHuman: { ko: '① 사람이 규칙을 쓴다', en: '① A person writes the rule' },
  humanAlgorithm: { ko: '사람이 생각한 알고리즘', en: 'an algorithm a person thought up' },
  rowFeatures: { ko: '② 사람이 특징을 고르고, 기계가 배운다', en: '② A person picks features, a machine learns' },
  features: { ko: '사람이 설계한 특징 (SIFT, HOG 등)', en: 'features a person designed (SIFT, HOG…)' },
  machineLearning: { ko: '기계학습 (SVM, KNN 등)', en: 'machine learning (SVM, KNN…)' },
  rowNetwork: { ko: '③ 신경망이 처음부터 끝까지 배운다 (종단간 기계학습)', en: '③ A neural network learns end to end' },
  network: { ko: '신경망 (딥러닝)', en: 'neural network (deep learning)' },
  legendHuman: { ko: '사람이 만든 부분', en: 'made by a person' },
  legendLearned: { ko: '데이터에서 배운 부분', en: 'learned from data' },
  note: {
    ko: '아래로 갈수록 사람이 개입하는 부분이 줄어듭니다. 신경망은 이미지를 있는 그대로(784개의 수) 받아 규칙을 데이터에서 찾습니다.',
    en: 'Going down, less of the path is made by a person. The network takes the image as it is (784 numbers) and finds the rule in the data.',
  },
});
