import { defineMessages } from '../../i18n/language.ts';

/** 4.1: MNIST as the network sees it. */
export const mnistMessages = defineMessages({
  title: { ko: '4.1.2 훈련 데이터와 시험 데이터: MNIST 둘러보기', en: '4.1.2 Training data and test data: browsing MNIST' },
  intro: {
    ko: 'MNIST는 훈련 이미지 60,000장과 시험 이미지 10,000장입니다. 신경망은 28×28 이미지를 784개의 수가 늘어선 벡터로 받습니다 (책에서는 255로 나눠 0~1). 4.5의 학습이 쓰는 바로 그 데이터입니다.',
    en: 'MNIST is 60,000 training images and 10,000 test images. The network receives each 28×28 image as a vector of 784 numbers (divided by 255 in the book, so 0–1). This is the very data 4.5 trains on.',
  },
  load: { ko: 'MNIST 불러오기 (약 12 MB, 4.5와 같은 데이터)', en: 'Load MNIST (about 12 MB, the same data as 4.5)' },
  loading: { ko: '불러오는 중…', en: 'Loading…' },
  loadFailed: { ko: '불러오지 못했습니다. 다시 시도하세요.', en: 'Could not load. Try again.' },
  setGroup: { ko: '데이터셋', en: 'Data set' },
  train: { ko: '훈련 데이터 (60,000장)', en: 'Training set (60,000)' },
  test: { ko: '시험 데이터 (10,000장)', en: 'Test set (10,000)' },
  index: { ko: '이미지 번호', en: 'Image index' },
  previous: { ko: '이전', en: 'Previous' },
  next: { ko: '다음', en: 'Next' },
  random: { ko: '무작위', en: 'Random' },
  label: { ko: '정답 레이블', en: 'Label' },
  imageLabel: { ko: '{set} 이미지 {index}: 숫자 {label}', en: '{set} image {index}: the digit {label}' },
  stripLabel: { ko: '같은 이미지를 784개의 수 한 줄로 (행 0부터 27까지 이어 붙임)', en: 'The same image as one row of 784 numbers (rows 0 to 27 one after another)' },
  vectorTitle: { ko: '신경망이 받는 784개의 수 (28행)', en: 'The 784 numbers the network receives (28 rows)' },
  raw: { ko: '0~255 (파일의 바이트)', en: '0–255 (the file’s bytes)' },
  scaled: { ko: '÷255 (책의 normalize=True)', en: '÷255 (the book’s normalize=True)' },
  trainName: { ko: '훈련', en: 'Training' },
  testName: { ko: '시험', en: 'Test' },
});
