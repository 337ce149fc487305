import { create } from 'zustand';
import { createShellSlice, shellUrlFields, type ShellSlice } from './shellSlice.ts';
import { createTangentSlice, tangentUrlFields, type TangentSlice } from './tangentSlice.ts';
import type { UrlField } from './urlField.ts';
import { createSweepSlice, sweepUrlFields, type SweepSlice } from './sweepSlice.ts';
import { createOverfitSlice, overfitUrlFields, type OverfitSlice } from './overfitSlice.ts';
import { createMnistBrowserSlice, mnistBrowserUrlFields, type MnistBrowserSlice } from './mnistBrowserSlice.ts';
import { createSimpleNetSlice, simpleNetUrlFields, type SimpleNetSlice } from './simpleNetSlice.ts';
import { createGradientSlice, gradientUrlFields, type GradientSlice } from './gradientSlice.ts';
import { createDescentSlice, descentUrlFields, type DescentSlice } from './descentSlice.ts';
import { createLossSlice, lossUrlFields, type LossSlice } from './lossSlice.ts';
import { createHExplorerSlice, hExplorerUrlFields, type HExplorerSlice } from './hExplorerSlice.ts';
import { createPartialSlice, partialUrlFields, type PartialSlice } from './partialSlice.ts';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice.ts';
import { createTrainingSettingsSlice, trainingUrlFields, type TrainingSettingsSlice } from './trainingSettingsSlice.ts';

/** The one store, made of slices. Components select atomic values; actions are callable outside React. */
export type StoreState = ShellSlice & TangentSlice & LossSlice & HExplorerSlice & PartialSlice & GradientSlice & DescentSlice & SimpleNetSlice & TrainingSettingsSlice & TrainingSlice & MnistBrowserSlice & OverfitSlice & SweepSlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createShellSlice(...a),
  ...createTangentSlice(...a),
  ...createLossSlice(...a),
  ...createHExplorerSlice(...a),
  ...createPartialSlice(...a),
  ...createGradientSlice(...a),
  ...createDescentSlice(...a),
  ...createSimpleNetSlice(...a),
  ...createTrainingSettingsSlice(...a),
  ...createTrainingSlice(...a),
  ...createMnistBrowserSlice(...a),
  ...createOverfitSlice(...a),
  ...createSweepSlice(...a),
}));

/** Every setting that lives in the URL, from every slice. */
export const urlFields = [...shellUrlFields, ...tangentUrlFields, ...lossUrlFields, ...hExplorerUrlFields, ...partialUrlFields, ...gradientUrlFields, ...descentUrlFields, ...simpleNetUrlFields, ...trainingUrlFields, ...mnistBrowserUrlFields, ...overfitUrlFields, ...sweepUrlFields] as UrlField<StoreState>[];
