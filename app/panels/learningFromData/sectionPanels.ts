import type { ComponentType } from 'react';
import { MnistPanel } from './MnistPanel.tsx';
import { OverfitPanel } from './OverfitPanel.tsx';
import { ThreeWaysPanel } from './ThreeWaysPanel.tsx';

/** 4.1's panels in the book's order. */
export const LearningFromDataPanels: ComponentType[] = [ThreeWaysPanel, MnistPanel, OverfitPanel];
