import { defineMessages } from '../../i18n/language.ts';

/** 4.1.2: the overfitting lab. */
export const overfitMessages = defineMessages({
  title: { ko: '4.1.2 오버피팅 실험: 훈련 데이터 N장만으로 학습', en: '4.1.2 Overfitting lab: learning from only N training images' },
  intro: {
    ko: '4.5와 같은 2층 신경망을 훈련 이미지 앞쪽 N장만으로 학습합니다 (배치 100 또는 N, 학습률 0.1, 시드 0). 에폭마다 그 N장에 대한 정확도와 시험 이미지 10,000장에 대한 정확도를 잽니다. N이 작으면 본 것은 외우지만 처음 보는 이미지는 못 맞힙니다: 오버피팅입니다.',
    en: 'The same two-layer network as 4.5 learns from only the first N training images (batch 100 or N, learning rate 0.1, seed 0). After every epoch it is measured on those N images and on all 10,000 test images. With a small N it memorises what it saw and misses images it never saw: overfitting.',
  },
  size: { ko: '훈련 이미지 수 N', en: 'Training images N' },
  epochs: { ko: '에폭 수', en: 'Epochs' },
  run: { ko: '학습 시작', en: 'Train' },
  pause: { ko: '일시정지', en: 'Pause' },
  epoch: { ko: '에폭', en: 'Epoch' },
  trainAcc: { ko: '훈련 정확도 (N장)', en: 'Train accuracy (the N images)' },
  testAcc: { ko: '시험 정확도 (10,000장)', en: 'Test accuracy (10,000 images)' },
  gap: { ko: '차이', en: 'Gap' },
  overfitting: {
    ko: '오버피팅: 본 {n}장에서는 {train}, 처음 보는 이미지에서는 {test} (차이 {gap})',
    en: 'Overfitting: {train} on the {n} images it saw, {test} on images it never saw (gap {gap})',
  },
  smallGap: {
    ko: '차이가 작습니다: 본 {n}장에서 {train}, 처음 보는 이미지에서 {test} (차이 {gap}). 범용 능력이 있습니다.',
    en: 'A small gap: {train} on the {n} images it saw, {test} on images it never saw (gap {gap}). It generalises.',
  },
  waiting: { ko: '데이터를 불러오고 학습을 준비하는 중…', en: 'Loading the data and preparing the run…' },
  chartLabel: { ko: '에폭별 훈련 정확도와 시험 정확도', en: 'Train and test accuracy per epoch' },
  axisEpoch: { ko: '에폭', en: 'epoch' },
  axisAcc: { ko: '정확도', en: 'accuracy' },
});
