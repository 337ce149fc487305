import { defineMessages } from '../../i18n/language.ts';

// 4.5's "what the network learned" views: confusion matrix, W1 pictures, the learner's own digit.
export const learnedMessages = defineMessages({
  learnedTitle: { ko: '신경망이 배운 것', en: 'What the network learned' },
  confusionTitle: { ko: '혼동 행렬 (시험 데이터 10,000장)', en: 'Confusion matrix (10,000 test images)' },
  confusionCaption: {
    ko: '행은 정답, 열은 신경망의 답입니다. 색은 행마다 비율입니다. 에폭 {epoch} 정확도 측정 시점. 칸을 누르면 그 이미지를 봅니다.',
    en: 'Rows: the true digit; columns: the network’s answer; colour: share of the row. As of the epoch {epoch} evaluation. Press a cell to see its images.',
  },
  confusionEmpty: { ko: '첫 정확도 측정(반복 0 뒤) 후에 나타납니다.', en: 'Appears after the first evaluation (after iteration 0).' },
  trueDigit: { ko: '정답', en: 'true' },
  predictedDigit: { ko: '신경망의 답', en: 'network says' },
  classAccuracy: { ko: '정확도', en: 'accuracy' },
  cellLabel: { ko: '정답 {actual}, 답 {predicted}: {count}장', en: 'true {actual}, network says {predicted}: {count} images' },
  galleryTitle: { ko: '정답 {actual}인데 {predicted}(이)라고 한 이미지 {total}장', en: '{total} images of a {actual} the network called {predicted}' },
  galleryPage: { ko: '{from}–{to} / {total}', en: '{from}–{to} of {total}' },
  previous: { ko: '이전', en: 'Previous' },
  next: { ko: '다음', en: 'Next' },
  close: { ko: '닫기', en: 'Close' },
  galleryImage: { ko: '시험 이미지 #{index}: {top}', en: 'test image #{index}: {top}' },
  weightsTitle: { ko: 'W1의 열 {count}개를 28×28 그림으로', en: 'The {count} columns of W1 as 28×28 pictures' },
  weightsNote: {
    ko: '은닉 뉴런 하나가 입력 784픽셀에 곱하는 가중치입니다. 빨강은 양수, 파랑은 음수, 모두 같은 눈금.',
    en: 'The weights one hidden unit multiplies the 784 input pixels by. Red positive, blue negative, one shared scale.',
  },
  weightsUnit: { ko: '은닉 뉴런 {index}: W2의 행 (각 숫자에 던지는 표)', en: 'hidden unit {index}: its row of W2 (its vote for each digit)' },
  weightsHint: { ko: '그림 위에 마우스를 올리거나 화살표 키로 고르세요.', en: 'Hover a picture, or focus the grid and use the arrow keys.' },
  weightsGrid: { ko: 'W1 그림, 은닉 뉴런 {index} 선택됨', en: 'W1 pictures, hidden unit {index} selected' },
  padTitle: { ko: '직접 쓴 숫자', en: 'Your own digit' },
  padNote: {
    ko: '숫자를 그리면 MNIST처럼 20×20에 맞추고 질량 중심으로 28×28 가운데에 놓아 신경망에 넣습니다.',
    en: 'Draw a digit: it is fitted into 20×20 and centred by its centre of mass in 28×28, as MNIST was made, then given to the network.',
  },
  padLabel: { ko: '숫자를 그리는 칸', en: 'Drawing pad' },
  padInput: { ko: '신경망이 받는 28×28 입력', en: 'The 28×28 input the network gets' },
  clear: { ko: '지우기', en: 'Clear' },
  thinner: { ko: '가늘게', en: 'Thinner' },
  thicker: { ko: '굵게', en: 'Thicker' },
  brush: { ko: '붓 {size}', en: 'brush {size}' },
  probabilities: { ko: '신경망의 확률', en: 'The network’s probabilities' },
  probabilityOf: { ko: '{digit}: {p}', en: '{digit}: {p}' },
  padNoNetwork: { ko: '데이터를 불러오면 답합니다.', en: 'Answers once the data is loaded.' },
});
