import type { ComponentType } from 'react';
import type { Message } from '../i18n/language.ts';
import { commonMessages } from '../i18n/common.ts';
import type { SectionId } from '../store/shellSlice.ts';
import { TangentPanel } from './numericalDiff/TangentPanel.tsx';
import { HExplorerPanel } from './numericalDiff/HExplorerPanel.tsx';
import { PartialPanel } from './numericalDiff/PartialPanel.tsx';
import { LossPanel } from './loss/LossPanel.tsx';
import { LogPanel } from './loss/LogPanel.tsx';
import { BatchPanel } from './loss/BatchPanel.tsx';
import { GradientPanel } from './gradient/GradientPanel.tsx';
import { DescentPanel } from './descent/DescentPanel.tsx';
import { SimpleNetPanel } from './simpleNet/SimpleNetPanel.tsx';
import { TrainingPanel } from './training/TrainingPanel.tsx';
import { SummaryPanel } from './summary/SummaryPanel.tsx';
import { WhyLossPanel } from './whyLoss/WhyLossPanel.tsx';
import { LearningFromDataPanels } from './learningFromData/sectionPanels.ts';

export interface SectionEntry {
  id: SectionId;
  title: Message;
  /** The section's panels, top to bottom. An empty list means the section is not built yet. */
  panels: ComponentType[];
}

/** The book's sections in order, each with its panels in the book's numbering. Add a panel here and the shell shows it. */
export const sections: SectionEntry[] = [
  { id: '4.1', title: commonMessages.section41, panels: LearningFromDataPanels },
  { id: '4.2', title: commonMessages.section42, panels: [LossPanel, LogPanel, BatchPanel, WhyLossPanel] },
  { id: '4.3', title: commonMessages.section43, panels: [HExplorerPanel, TangentPanel, PartialPanel] },
  { id: '4.4', title: commonMessages.section44, panels: [GradientPanel, DescentPanel, SimpleNetPanel] },
  { id: '4.5', title: commonMessages.section45, panels: [TrainingPanel] },
  { id: '4.6', title: commonMessages.section46, panels: [SummaryPanel] },
];
