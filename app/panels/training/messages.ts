import { defineMessages } from '../../i18n/language.ts';

export const trainingMessages = defineMessages({
  title: { ko: '4.5 학습 알고리즘 구현하기: MNIST로 2층 신경망 학습', en: '4.5 Implementing the training algorithm: a two-layer net on MNIST' },
  intro: {
    ko: '책의 TwoLayerNet(784, 50, 10)을 진짜 MNIST 60,000장으로 학습합니다. 매 반복마다 훈련 데이터에서 미니배치를 무작위로 골라 기울기를 구하고, 학습률만큼 경사 하강법으로 매개변수를 갱신합니다. 1 에폭(60,000 ÷ 배치 크기 반복)마다 훈련 데이터와 시험 데이터 전체의 정확도를 잽니다. 계산은 웹 워커에서 하므로 학습 중에도 페이지는 멈추지 않습니다.',
    en: 'The book’s TwoLayerNet(784, 50, 10) learns from the real 60,000 MNIST training images. Each iteration draws a random mini-batch, computes the gradient and takes a gradient-descent step of size learning rate. Every epoch (60,000 ÷ batch size iterations) it measures the accuracy on the whole training and test sets. The work runs in a Web Worker, so the page stays responsive.',
  },
  // Data
  loading: { ko: 'MNIST 데이터 불러오는 중', en: 'Loading MNIST' },
  loadingFile: { ko: '{file} ({index}/{count}): {loaded} / {total} MB', en: '{file} ({index} of {count}): {loaded} / {total} MB' },
  loadFailed: { ko: 'MNIST 데이터를 불러오지 못했습니다.', en: 'The MNIST data could not be loaded.' },
  loadFailedOther: {
    ko: '다른 절(4.2–4.4)은 데이터 없이도 그대로 쓸 수 있습니다.',
    en: 'The other sections (4.2–4.4) need no data and keep working.',
  },
  retry: { ko: '다시 시도', en: 'Retry' },
  cancel: { ko: '취소', en: 'Cancel' },
  loadingStart: { ko: '서버에 요청하는 중…', en: 'Asking the server…' },
  loadingFileNoTotal: { ko: '{file} ({index}/{count}): {loaded} MB 받음', en: '{file} ({index} of {count}): {loaded} MB received' },
  loadCancelled: {
    ko: 'MNIST 내려받기를 취소했습니다. [다시 시도]를 누르면 처음부터 다시 받습니다.',
    en: 'The MNIST download was cancelled. Retry starts it again.',
  },
  // Faults: the worker, not the learner
  lost: {
    ko: '학습 워커가 응답하지 않아 종료했습니다 (반복 {iteration}에서). 그래프와 기록은 그대로 남아 있습니다.',
    en: 'The training worker stopped answering and was ended (at iteration {iteration}). Every chart and figure so far is kept.',
  },
  lostNoSnapshot: {
    ko: '아직 에폭 경계의 저장점이 없어 이어서 할 수 없습니다. [새로 시작]을 누르세요.',
    en: 'There is no epoch-boundary snapshot to go on from yet: start a new run.',
  },
  failed: {
    ko: '워커 안의 오류로 학습이 멈췄습니다: {message}',
    en: 'Training stopped because of an error inside the worker: {message}',
  },
  workerError: {
    ko: '학습 워커에서 오류가 보고되었습니다: {message}. 학습 상태는 아래에 보이는 그대로입니다.',
    en: 'The training worker reported an error: {message}. The run’s state is as shown below.',
  },
  restored: {
    ko: '이 페이지로 돌아와서, 학습을 반복 {iteration}(에폭 경계의 저장점)에서 되살렸습니다. 일시 정지 상태이니 [계속]을 누르세요.',
    en: 'Back on this page: the run was restored from its snapshot at iteration {iteration} (an epoch boundary) and is paused. Press Resume to go on.',
  },
  continueFrom: { ko: '반복 {iteration}부터 이어서 (에폭 {epoch})', en: 'Continue from iteration {iteration} (epoch {epoch})' },
  startOver: { ko: '새로 시작', en: 'Start over' },
  dismiss: { ko: '닫기', en: 'Dismiss' },
  stateLost: { ko: '워커 없음', en: 'Worker lost' },
  // Settings
  settings: { ko: '하이퍼파라미터', en: 'Hyperparameters' },
  hiddenSize: { ko: '은닉층 뉴런 수 (hidden_size)', en: 'Hidden size (hidden_size)' },
  learningRate: { ko: '학습률 (learning_rate)', en: 'Learning rate (learning_rate)' },
  learningRateSlider: { ko: '학습률 (로그 눈금)', en: 'Learning rate (log scale)' },
  batchSize: { ko: '미니배치 크기 (batch_size)', en: 'Mini-batch size (batch_size)' },
  iterations: { ko: '반복 횟수 (iters_num)', en: 'Iterations (iters_num)' },
  weightInitStd: { ko: '가중치 초깃값 표준편차 (weight_init_std)', en: 'Weight init std (weight_init_std)' },
  seed: { ko: '난수 시드 (np.random.seed)', en: 'Random seed (np.random.seed)' },
  gradientMethod: { ko: '기울기 계산', en: 'Gradient' },
  backprop: { ko: '오차역전파법', en: 'Backprop' },
  numerical: { ko: '수치 미분', en: 'Numerical' },
  numericalNote: {
    ko: '수치 미분은 매개변수마다 손실을 두 번 계산합니다(반복당 약 8만 번). 이 앱은 바뀐 부분만 다시 계산해 책과 같은 값을 훨씬 빨리 구하지만, 그래도 오차역전파법보다 훨씬 느립니다.',
    en: 'The numerical gradient evaluates the loss twice per parameter (about 80,000 times an iteration). This app recomputes only what each nudge changes, so it gets the book’s numbers much faster, but still far slower than backprop.',
  },
  lrLive: { ko: '학습률은 학습 도중에도 바로 바뀝니다.', en: 'The learning rate changes live, even while training.' },
  pending: {
    ko: '바뀐 설정은 [초기화]를 누르면 새 학습에 적용됩니다.',
    en: 'Changed settings apply to a new run: press Reset.',
  },
  bookDefaults: { ko: '책의 설정으로', en: 'Book’s settings' },
  // Controls
  start: { ko: '시작', en: 'Start' },
  pause: { ko: '일시 정지', en: 'Pause' },
  resume: { ko: '계속', en: 'Resume' },
  step: { ko: '한 단계', en: 'Step' },
  stepCount: { ko: '단계 수', en: 'Iterations per step' },
  reset: { ko: '초기화', en: 'Reset' },
  controls: { ko: '학습 제어', en: 'Training controls' },
  iteration: { ko: '반복', en: 'Iteration' },
  epoch: { ko: '에폭', en: 'Epoch' },
  rate: { ko: '초당 반복', en: 'Iterations / s' },
  timeLeft: { ko: '남은 시간', en: 'Time left' },
  elapsed: { ko: '경과 시간', en: 'Elapsed' },
  progress: { ko: '학습 진행률', en: 'Training progress' },
  evaluating: { ko: '정확도 계산 중: {done} / {total}장', en: 'Measuring accuracy: {done} of {total} images' },
  numericalProgress: {
    ko: '이번 반복의 수치 미분: 매개변수 {done} / {total} · 약 {left} 남음',
    en: 'Numerical gradient of this iteration: parameter {done} of {total} · about {left} left',
  },
  gradientProgress: { ko: '이번 반복의 수치 미분 진행률', en: 'Numerical gradient of this iteration' },
  stateIdle: { ko: '대기', en: 'Ready' },
  stateRunning: { ko: '학습 중', en: 'Training' },
  statePaused: { ko: '일시 정지', en: 'Paused' },
  stateFinished: { ko: '완료', en: 'Finished' },
  stateDiverged: { ko: '발산', en: 'Diverged' },
  stateFailed: { ko: '오류로 멈춤', en: 'Stopped by an error' },
  diverged: {
    ko: '반복 {iteration}에서 손실이 유한한 값이 아니게 되어(NaN 또는 ∞) 학습을 멈췄습니다. 그래프에는 유한한 부분만 남깁니다. 학습률을 낮추고 [초기화]를 누르세요.',
    en: 'The loss stopped being a finite number (NaN or ∞) at iteration {iteration}, so training paused. The charts keep the finite part. Lower the learning rate and press Reset.',
  },
  notLearning: {
    ko: '손실이 줄지 않습니다: 최근 100회 평균 {recent}은(는) 열 숫자를 고르게 찍을 때의 손실 ln 10 ≈ 2.30보다 큽니다.',
    en: 'The loss is not going down: the mean of the last 100 losses, {recent}, is above ln 10 ≈ 2.30, the loss of guessing all ten digits equally.',
  },
  notLearningLargeRate: {
    ko: '학습률 {lr}은(는) 너무 커서 갱신이 골짜기를 넘어갑니다. 그래도 손실이 무한대가 되지는 않습니다: 교차 엔트로피 오차가 log 안에 1e-7을 더하므로 손실은 최대 −log(1e-7) ≈ 16.1입니다.',
    en: 'Learning rate {lr} is too large: the steps overshoot the valley. Still the loss cannot become infinite: the cross-entropy error adds 1e-7 inside the log, so it is at most −log(1e-7) ≈ 16.1.',
  },
  notLearningSmallRate: {
    ko: '학습률 {lr}은(는) 작아서 한 번의 갱신이 가중치를 조금밖에 움직이지 못합니다 (책은 0.1). 가중치 초깃값 표준편차가 크면 시작 손실도 ln 10보다 큽니다.',
    en: 'Learning rate {lr} is small, so each step moves the weights only a little (the book uses 0.1). A large weight init std also starts the loss above ln 10.',
  },
  finishedOwnSettings: {
    ko: '{iterations}회 반복 완료: 훈련 정확도 {train}, 시험 정확도 {test}.',
    en: '{iterations} iterations done: train accuracy {train}, test accuracy {test}.',
  },
  finished: {
    ko: '{iterations}회 반복 완료: 훈련 정확도 {train}, 시험 정확도 {test} (책: 0.947 / 0.947 부근).',
    en: '{iterations} iterations done: train accuracy {train}, test accuracy {test} (the book: about 0.947 / 0.947).',
  },
  // Charts (the book's figures label their axes in English in both editions)
  lossChartLabel: { ko: '반복마다의 손실 함수 값 (그림 4-11)', en: 'Loss per iteration (Figure 4-11)' },
  lossAxisX: { ko: 'iteration', en: 'iteration' },
  lossAxisY: { ko: 'loss', en: 'loss' },
  lossHover: { ko: '반복 {iteration}: 손실 {loss}', en: 'iteration {iteration}: loss {loss}' },
  lrMark: { ko: 'lr {lr}', en: 'lr {lr}' },
  accuracyChartLabel: { ko: '에폭마다의 정확도 (그림 4-12)', en: 'Accuracy per epoch (Figure 4-12)' },
  accuracyAxisX: { ko: 'epochs', en: 'epochs' },
  accuracyAxisY: { ko: 'accuracy', en: 'accuracy' },
  trainAcc: { ko: 'train acc', en: 'train acc' },
  testAcc: { ko: 'test acc', en: 'test acc' },
  accuracyHover: { ko: '에폭 {epoch}: 훈련 {train}, 시험 {test}', en: 'epoch {epoch}: train {train}, test {test}' },
  emptyChart: { ko: '[시작]을 누르면 그려집니다.', en: 'Press Start to draw.' },
  // Digits
  digitsTitle: { ko: '시험 데이터 {count}장과 신경망의 답', en: '{count} test digits and the network’s answers' },
  digitsAfter: { ko: '에폭 {epoch} 정확도 측정 시점', en: 'as of the epoch {epoch} evaluation' },
  digitsInitial: { ko: '학습 전 (무작위 가중치)', en: 'before training (random weights)' },
  digitsWrong: { ko: '틀림 {wrong}개', en: '{wrong} wrong' },
  digitLabel: { ko: '정답 {label}, 신경망의 답 {guess}', en: 'label {label}, network says {guess}' },
  // Gradient check hook
  commandFailed: { ko: '명령을 처리하지 못했습니다: {message}', en: 'The command was refused: {message}' },
});
