import { create } from 'zustand';
import { createShellSlice, shellUrlFields, type ShellSlice } from './shellSlice.ts';
import { createTangentSlice, tangentUrlFields, type TangentSlice } from './tangentSlice.ts';
import type { UrlField } from './urlField.ts';

/** The one store, made of slices. Components select atomic values; actions are callable outside React. */
export type StoreState = ShellSlice & TangentSlice;

export const useStore = create<StoreState>()((...a) => ({
  ...createShellSlice(...a),
  ...createTangentSlice(...a),
}));

/** Every setting that lives in the URL, from every slice. */
export const urlFields = [...shellUrlFields, ...tangentUrlFields] as UrlField<StoreState>[];
