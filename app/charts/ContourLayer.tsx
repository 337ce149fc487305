import './contours.css';
import type { ContourBand } from './contours.ts';

export interface ContourLayerProps {
  bands: ContourBand[];
  color: (value: number) => string;
  testId?: string;
}

/** Filled contour bands, lowest first so higher bands paint over them. */
export function ContourLayer({ bands, color, testId }: ContourLayerProps) {
  return (
    <g className="contours" data-testid={testId}>
      {bands.map((band) => (
        <path key={band.value} d={band.d} fill={color(band.value)} className="contour-band" />
      ))}
    </g>
  );
}
