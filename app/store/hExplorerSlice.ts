import type { StateCreator } from 'zustand';
import { flagField, numberField, type UrlField } from './urlField.ts';

/** 4.3.1: the step h of the h explorer (slider from 1e-16 to 1e-1, the book's 1e-50 as a preset) and float32. */
export const hDomain = { min: 1e-50, max: 0.1, sliderMin: 1e-16 } as const;
export const hDefault = 1e-4;

export interface HExplorerSlice {
  hStep: number;
  hFloat32: boolean;
  setHStep: (h: number) => void;
  setHFloat32: (on: boolean) => void;
}

const hExplorerDefaults = { hStep: hDefault, hFloat32: false } as const satisfies Partial<HExplorerSlice>;

export const createHExplorerSlice: StateCreator<HExplorerSlice, [], [], HExplorerSlice> = (set) => ({
  ...hExplorerDefaults,
  setHStep: (h) => {
    if (Number.isFinite(h) && h >= hDomain.min && h <= hDomain.max) set({ hStep: h });
  },
  setHFloat32: (hFloat32) => set({ hFloat32 }),
});

export const hExplorerUrlFields: UrlField<HExplorerSlice>[] = [
  numberField<HExplorerSlice>('hh', 'hStep', { defaultValue: hExplorerDefaults.hStep, min: hDomain.min, max: hDomain.max }),
  flagField<HExplorerSlice>('hf', 'hFloat32', hExplorerDefaults.hFloat32),
];
