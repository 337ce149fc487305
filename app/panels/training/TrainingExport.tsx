import { exportMessages } from '../../charts/exportMessages.ts';
import { canvasLayer, csvText, downloadBlob, layersToPng, svgExport, svgToPng } from '../../charts/exportFigure.ts';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { trainingMessages } from './messages.ts';

const csv = (text: string) => new Blob([text], { type: 'text/csv' });

/** The loss chart as one PNG: its grid (SVG), the curve (canvas) and its axes and marks (SVG), in that order. */
async function lossPng(): Promise<Blob | null> {
  const figure = document.querySelector('[data-testid="loss-chart"]');
  const [grid, overlay] = figure ? [...figure.querySelectorAll<SVGSVGElement>('svg.figure')] : [];
  const curve = figure?.querySelector<HTMLCanvasElement>('canvas');
  if (!grid || !overlay || !curve) return null;
  const back = svgExport(grid);
  return layersToPng([back, canvasLayer(curve, grid), svgExport(overlay, { background: false })], back.width, back.height, 2);
}

/** 4.5's figures and their data: Figure 4-11 as PNG and CSV (loss per iteration), Figure 4-12 as SVG, PNG, CSV. */
export function TrainingExport() {
  const t = useT(exportMessages);
  const tt = useT(trainingMessages);
  const losses = useStore((s) => s.trainLosses);
  const evals = useStore((s) => s.trainEvals);
  if (losses.count === 0 && evals.length === 0) return null;
  const accuracySvg = () => document.querySelector<SVGSVGElement>('[data-testid="panel-training"] svg[aria-label="' + tt('accuracyChartLabel') + '"]');
  return (
    <details className="figure-export" data-testid="training-export">
      <summary>{t('exportFigures')}</summary>
      <ul>
        <li>
          <span className="figure-export-name">{tt('lossChartLabel')}</span>
          <button type="button" aria-label={t('pngLabel', { figure: tt('lossChartLabel') })}
            onClick={() => void lossPng().then((b) => b && downloadBlob(b, 'gradient-lab-training-loss.png'))}>
            {t('png')}
          </button>
          <button type="button" aria-label={t('csvLabel', { figure: tt('lossChartLabel') })}
            onClick={() => downloadBlob(csv(csvText(['iteration', 'loss'], Array.from(losses.values.subarray(0, losses.count), (l, i) => [i, l]))), 'gradient-lab-training-loss.csv')}>
            {t('csv')}
          </button>
        </li>
        <li>
          <span className="figure-export-name">{tt('accuracyChartLabel')}</span>
          <button type="button" aria-label={t('svgLabel', { figure: tt('accuracyChartLabel') })}
            onClick={() => {
              const svg = accuracySvg();
              if (svg) downloadBlob(new Blob([svgExport(svg).text], { type: 'image/svg+xml' }), 'gradient-lab-training-accuracy.svg');
            }}>
            {t('svg')}
          </button>
          <button type="button" aria-label={t('pngLabel', { figure: tt('accuracyChartLabel') })}
            onClick={() => {
              const svg = accuracySvg();
              if (svg) void svgToPng(svgExport(svg), 2).then((b) => downloadBlob(b, 'gradient-lab-training-accuracy.png'));
            }}>
            {t('png')}
          </button>
          <button type="button" aria-label={t('csvLabel', { figure: tt('accuracyChartLabel') })}
            onClick={() => downloadBlob(csv(csvText(['epoch', 'iteration', 'train_acc', 'test_acc'], evals.map((e) => [e.epoch, e.iteration, e.trainAccuracy, e.testAccuracy]))), 'gradient-lab-training-accuracy.csv')}>
            {t('csv')}
          </button>
        </li>
      </ul>
    </details>
  );
}
