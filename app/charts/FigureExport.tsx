import { useState, type RefObject } from 'react';
import { useT } from '../i18n/useT.ts';
import { downloadBlob, svgExport, svgToPng, canvasToPng } from './exportFigure.ts';
import { exportMessages } from './exportMessages.ts';

/** The panel's figures: labelled SVG charts and labelled canvases, not icons or legend swatches. */
const figureSelector = 'svg.figure[aria-label], svg.heat-map[aria-label], canvas[role="img"][aria-label]';

interface Found {
  readonly label: string;
  readonly element: SVGSVGElement | HTMLCanvasElement;
}

function findFigures(root: HTMLElement | null): Found[] {
  if (!root) return [];
  return [...root.querySelectorAll<SVGSVGElement | HTMLCanvasElement>(figureSelector)].map((element) => ({
    label: element.getAttribute('aria-label') ?? '',
    element,
  }));
}

/** A file name from the panel name and the figure's position: stable, ASCII, whatever the language. */
const fileName = (panel: string, index: number, ext: string) => `gradient-lab-${panel}-${index + 1}.${ext}`;

async function save(found: Found, kind: 'svg' | 'png', name: string): Promise<void> {
  if (found.element instanceof HTMLCanvasElement) {
    downloadBlob(await canvasToPng(found.element), name);
    return;
  }
  const image = svgExport(found.element);
  const blob = kind === 'svg' ? new Blob([image.text], { type: 'image/svg+xml' }) : await svgToPng(image, 2);
  downloadBlob(blob, name);
}

/**
 * "Export figures" for a panel: opening it lists the figures on screen now (in the current language) with
 * an SVG and a PNG button each; a canvas exports as PNG only.
 */
export function FigureExport({ panel, root }: { panel: string; root: RefObject<HTMLElement | null> }) {
  const t = useT(exportMessages);
  const [figures, setFigures] = useState<Found[]>([]);
  return (
    <details className="figure-export" onToggle={(e) => e.currentTarget.open && setFigures(findFigures(root.current))}>
      <summary data-testid={`export-${panel}`}>{t('exportFigures')}</summary>
      {figures.length === 0 && <p>{t('noFigures')}</p>}
      <ul>
        {figures.map((f, i) => (
          <li key={i}>
            <span className="figure-export-name">{f.label}</span>
            {f.element instanceof SVGSVGElement && (
              <button type="button" aria-label={t('svgLabel', { figure: f.label })} onClick={() => void save(f, 'svg', fileName(panel, i, 'svg'))}>
                {t('svg')}
              </button>
            )}
            <button type="button" aria-label={t('pngLabel', { figure: f.label })} onClick={() => void save(f, 'png', fileName(panel, i, 'png'))}>
              {t('png')}
            </button>
          </li>
        ))}
      </ul>
      <p className="note">{t('fontNote')}</p>
    </details>
  );
}
