// 4.5's settings: the book's hyperparameters as flat fields, each with its URL parameter. Defaults and limits
// are the core's (src-core/train/trainingConfig.ts), the same ones the worker and `npm run train` check.
import type { StateCreator } from 'zustand';
import { BOOK_TRAINING_CONFIG, GRADIENT_METHODS, TRAINING_LIMITS, type GradientMethod, type TrainingConfig } from '../../src-core/index.ts';
import { choiceField, numberField, type UrlField } from './urlField.ts';

export const trainingRanges = TRAINING_LIMITS;
export const bookTrainingConfig = BOOK_TRAINING_CONFIG;
export const gradientMethods = GRADIENT_METHODS;

export interface TrainingSettings {
  trainHidden: number;
  trainLr: number;
  trainBatch: number;
  trainIters: number;
  trainStd: number;
  trainSeed: number;
  trainGradient: GradientMethod;
}

/** The settings 4.5's form shows; 4.5 always learns from the whole training set (trainSize is 4.1's). */
export type PanelSetting = Exclude<keyof TrainingConfig, 'trainSize'>;

const settingKeys = {
  hiddenSize: 'trainHidden',
  learningRate: 'trainLr',
  batchSize: 'trainBatch',
  iterations: 'trainIters',
  weightInitStd: 'trainStd',
  seed: 'trainSeed',
  gradientMethod: 'trainGradient',
} as const satisfies Record<PanelSetting, keyof TrainingSettings>;

/** Every setting the 4.5 form shows. */
export const panelSettings = Object.keys(settingKeys) as PanelSetting[];

export function trainingConfigOf(s: TrainingSettings): TrainingConfig {
  return {
    hiddenSize: s.trainHidden, learningRate: s.trainLr, batchSize: s.trainBatch, iterations: s.trainIters,
    weightInitStd: s.trainStd, seed: s.trainSeed, gradientMethod: s.trainGradient, trainSize: BOOK_TRAINING_CONFIG.trainSize,
  };
}

const trainingDefaults: TrainingSettings = {
  trainHidden: BOOK_TRAINING_CONFIG.hiddenSize,
  trainLr: BOOK_TRAINING_CONFIG.learningRate,
  trainBatch: BOOK_TRAINING_CONFIG.batchSize,
  trainIters: BOOK_TRAINING_CONFIG.iterations,
  trainStd: BOOK_TRAINING_CONFIG.weightInitStd,
  trainSeed: BOOK_TRAINING_CONFIG.seed,
  trainGradient: BOOK_TRAINING_CONFIG.gradientMethod,
};

export interface TrainingSettingsSlice extends TrainingSettings {
  setTrainSetting: <K extends PanelSetting>(key: K, value: TrainingConfig[K]) => void;
}

/** What a changed setting means for the run: the run slice sends a new learning rate to the worker. */
export interface TrainingSettingHooks {
  trainSettingChanged: (key: PanelSetting) => void;
}

export const createTrainingSettingsSlice: StateCreator<
  TrainingSettingsSlice & TrainingSettingHooks, [], [], TrainingSettingsSlice
> = (set, get) => ({
  ...trainingDefaults,
  setTrainSetting: (key, value) => {
    set({ [settingKeys[key]]: value } as Partial<TrainingSettings>);
    get().trainSettingChanged(key);
  },
});

const numberParams = [
  ['th', 'hiddenSize'],
  ['tlr', 'learningRate'],
  ['tb', 'batchSize'],
  ['ti', 'iterations'],
  ['tstd', 'weightInitStd'],
  ['tseed', 'seed'],
] as const;

export const trainingUrlFields: UrlField<TrainingSettings>[] = [
  ...numberParams.map(([param, key]) =>
    numberField<TrainingSettings>(param, settingKeys[key], { defaultValue: trainingDefaults[settingKeys[key]], ...TRAINING_LIMITS[key] }),
  ),
  choiceField<TrainingSettings, GradientMethod>('tg', 'trainGradient', GRADIENT_METHODS, trainingDefaults.trainGradient),
];
