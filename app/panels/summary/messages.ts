import { defineMessages } from '../../i18n/language.ts';

/** 4.6: the notes' four closing bullets, each pointing at the panel where it happened. */
export const summaryMessages = defineMessages({
  title: { ko: '4.6 정리', en: '4.6 Summary' },
  intro: {
    ko: '이 장에서 배운 것을 네 줄로 정리합니다. 각 줄의 링크는 그 내용을 직접 본 패널로 갑니다.',
    en: 'The chapter in four lines. Each link goes to the panel where you watched it happen.',
  },
  goal: {
    ko: '신경망 학습의 목표는 손실 함수의 값이 가장 작아지는 가중치 매개변수를 찾는 것이다.',
    en: 'The goal of neural network learning is to find the weight parameters that make the loss function smallest.',
  },
  goalLink: { ko: '4.2.5 정확도가 아니라 손실을 줄이는 이유', en: '4.2.5 Why the loss, not the accuracy, is minimised' },
  split: {
    ko: '기계학습에서 사용하는 데이터셋은 훈련 데이터와 시험 데이터로 나눠 사용한다.',
    en: 'A machine-learning data set is split into training data and test data.',
  },
  splitLink: { ko: '4.1.2 MNIST 훈련·시험 데이터 둘러보기', en: '4.1.2 Browse MNIST’s training and test sets' },
  generalize: {
    ko: '훈련 데이터로 학습한 모델의 범용 능력을 시험 데이터로 평가한다.',
    en: 'A model trained on the training data is judged on the test data: its ability to generalise.',
  },
  generalizeLink: { ko: '4.1.2 오버피팅 실험: 본 N장과 처음 보는 10,000장', en: '4.1.2 Overfitting lab: the N images it saw against 10,000 it never saw' },
  update: {
    ko: '가중치 매개변수를 갱신할 때는 기울기를 이용하고, 기울어진 방향으로 가중치 값을 갱신하기를 반복한다.',
    en: 'Weights are updated with their gradient, stepping again and again in the direction it points downhill.',
  },
  updateLink: { ko: '4.4.1 경사법을 한 걸음씩', en: '4.4.1 Gradient descent step by step' },
  seeIt: { ko: '직접 보기:', en: 'See it:' },
});
