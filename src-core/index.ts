// The public surface of the numeric core. Everything the app, the workers and the tools use comes from here.
export {};
export { createRandom, type Random, type RandomState } from './random/random.ts';
export { function1, function1Derivative, function2, function2Gradient } from './functions/functions.ts';
export { numericalDiff } from './grad/numericalDiff.ts';
export { numericalGradient } from './grad/numericalGradient.ts';
export { gradientDescent, type GradientDescentOptions, type GradientDescentPoint, type GradientDescentResult } from './optim/gradientDescent.ts';
export { SGD, Momentum, AdaGrad, Adam, optimizers, optimizerNames, type Optimizer, type OptimizerName } from './optim/optimizers.ts';
export { optimize, type OptimizePoint } from './optim/optimize.ts';
export { bowls, bowlNames, bowlFromExpr, type Bowl, type BowlName } from './optim/bowls.ts';
export { parseExpression, maxExpressionLength, type ParseError, type ParseResult } from './expr/parseExpression.ts';
export { evaluate as evaluateExpr, show as showExpr, type Expr } from './expr/exprTree.ts';
export { numericalGradientInPlace } from './grad/numericalGradient.ts';
export { sumSquaresError } from './loss/sumSquaresError.ts';
export { crossEntropyError } from './loss/crossEntropyError.ts';
export { softmax } from './loss/softmax.ts';
export { pairwiseSum } from './loss/pairwiseSum.ts';
export { argmaxAt, type Labels } from './loss/labels.ts';
export { sigmoid, sigmoidGrad } from './net/activations.ts';
export type { Vector } from './validate.ts';
export { matrixCreate, matrixGet, type Matrix } from './matrix.ts';
export { IdxError, parseIdxImages, parseIdxLabels, parseMnistSplit, MNIST_PIXELS, type IdxImages, type IdxLabels, type MnistSplit } from './data/idx.ts';
export { gatherImages, gatherLabels, rangeIndices } from './data/batch.ts';
export { SimpleNet, SIMPLE_NET_COLS, SIMPLE_NET_ROWS } from './net/simpleNet.ts';
export {
  fastNumericalJob, numericalGradientRange, CHUNK as NUMERICAL_JOB_CHUNK, type JobRange, type NumericalGradientJob, type ParameterRange,
} from './net/numericalFast/numericalGradientJob.ts';
export { parameterWork, splitParameterRanges, PARAMETER_COST } from './net/numericalFast/parameterRanges.ts';
export {
  applyGradient, numericalGradientFast, numericalTrainStep, splitGradient, NumericalGradientCancelled,
  type NumericalGradientOptions, type NumericalTrainStepResult,
} from './net/numericalFast/numericalGradientFast.ts';
export { twoLayerNetForward, twoLayerNetLoss, twoLayerNetGradient, type TwoLayerNetActivations, type TwoLayerNetGrads } from './net/twoLayerNetMaths.ts';
export { compareGradients, gradientCheck } from './net/gradientCheck.ts';
export { type GradientCheckGroup, type GradientCheckKey, type GradientCheckReport } from './net/gradientCheckTypes.ts';
export { syntheticMnistSplit } from './data/syntheticMnist.ts';
export { TwoLayerNet, type TwoLayerNetParamMatrices, type NumericalGradientProgress } from './net/twoLayerNet.ts';
export { initTwoLayerNetParams, cloneParams, checkParams, PARAM_KEYS, type ParamKey, type TwoLayerNetParams, type TwoLayerNetSizes } from './net/twoLayerNetParams.ts';
export { plainMnistStore, type MnistData, type MnistStore, type SplitName } from './data/mnistData.ts';
export { createBackend, type BackendKind, type BackendOptions, type SharedKernels, type TrainingBackend, type TrainingNet } from './train/backend.ts';
export { createTrainer, type NumericalJobFactory, type NumericalProgress, type Trainer, type TrainerSnapshot } from './train/trainer.ts';
export {
  BOOK_TRAINING_CONFIG, GRADIENT_METHODS, TRAINING_LIMITS, checkTrainingConfig, sameRun, settingProblem, trainingConfigProblems,
  type GradientMethod, type NumericSetting, type SettingLimit, type TrainingConfig,
} from './train/trainingConfig.ts';
export { epochOf, evaluatesAfter, evaluationPeriod, evaluationsLeft, iterationsPerEpoch } from './train/schedule.ts';
export { PackedMnist } from './kernels/packedMnist.ts';
export { WasmNet, PROFILE_PHASES } from './kernels/wasmNet.ts';
export { evalRange, evalThread, type EvalPiece, type EvalPieceResult, type EvalThreadSetup } from './kernels/poolEvaluation.ts';
export type { MemoryBlock, PackedLayout } from './kernels/packedMnist.ts';
export { runStepHelper } from './kernels/parallelStep.ts';
export { wasmKernelsSupported, compileKernelsAsync } from './kernels/wasmKernels.ts';
export { preferredKernelsVariant, instantiateKernels, createSharedKernelsMemory, type KernelsVariant } from './kernels/wasmKernels.ts';
export { NpzError, readNpy, writeNpy, type NpyArray, type NpzProblem } from './data/npy.ts';
export { MAX_NPZ_BYTES, checkNpzSize, paramShape, readParamsNpz, writeParamsNpz } from './data/npz.ts';
export { mnistPreprocess, MNIST_SIDE } from './data/mnistPreprocess.ts';
