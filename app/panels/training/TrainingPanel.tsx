import { useEffect } from 'react';
import { PanelFrame } from '../../components/PanelFrame.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { GradientCheckPanel } from '../gradientCheck/GradientCheckPanel.tsx';
import { AccuracyChart } from './AccuracyChart.tsx';
import { AccuracyTable } from './AccuracyTable.tsx';
import { DataStatus } from './DataStatus.tsx';
import { DigitGrid } from './DigitGrid.tsx';
import { FaultNotice } from './FaultNotice.tsx';
import { LearnedViews } from './LearnedViews.tsx';
import { LiveRate } from './LiveRate.tsx';
import { LossChart } from './LossChart.tsx';
import { LossTable } from './LossTable.tsx';
import { RunControls } from './RunControls.tsx';
import { RunMessages } from './RunMessages.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { TrainingExport } from './TrainingExport.tsx';
import { WeightsFile } from './WeightsFile.tsx';
import { trainingMessages } from './messages.ts';
import './training.css';

/** 4.5: the book's train_neuralnet.py, live. The network and the data set live in a Web Worker. */
export function TrainingPanel() {
  const t = useT(trainingMessages);
  const load = useStore((s) => s.loadTrainingData);
  const gradientCheck = useStore((s) => s.trainingGradientCheck);
  useEffect(() => {
    // Loads once; after a failure the learner retries with the button (coming back does not refetch).
    if (useStore.getState().trainDataStatus === 'none') void load();
  }, [load]);

  return (
    <PanelFrame id="training" title={t('title')} intro={t('intro')} testId="panel-training" className="training-panel" exportMenu={<TrainingExport />}>
      <DataStatus />
      <div className="panel-body">
        <div className="figure-wrap training-main">
          <RunControls />
          <FaultNotice />
          <RunMessages />
          <LiveRate />
          <LossChart />
          <LossTable />
          <AccuracyChart />
          <AccuracyTable />
          <GradientCheckPanel run={gradientCheck} />
        </div>
        <div className="side">
          <SettingsForm />
          <DigitGrid />
          <WeightsFile />
        </div>
      </div>
      <LearnedViews />
    </PanelFrame>
  );
}
