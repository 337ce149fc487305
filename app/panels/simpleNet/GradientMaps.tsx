import { formatCompact } from '../../charts/formatNumber.ts';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store/store.ts';
import { HeatMap } from './HeatMap.tsx';
import { cellIndices } from './labels.ts';
import { simpleNetMessages } from './messages.ts';

export interface GradientMapsProps {
  numerical: ArrayLike<number>;
  exact: ArrayLike<number>;
}

const maxAbs = (...arrays: ArrayLike<number>[]) =>
  Math.max(0, ...arrays.flatMap((a) => Array.from(a, (v) => (Number.isFinite(v) ? Math.abs(v) : 0))));
const formatTiny = (v: number) => (v === 0 ? '0' : Number.isFinite(v) ? v.toExponential(1) : String(v));

/** dW from numerical_gradient beside x⊗(y − t) on one colour scale, and their difference on its own. */
export function GradientMaps({ numerical, exact }: GradientMapsProps) {
  const t = useT(simpleNetMessages);
  const cell = useStore((s) => s.snNudgeCell);
  const select = useStore((s) => s.setSimpleNetNudgeCell);
  const difference = Array.from(numerical, (v, i) => v - exact[i]);
  const shared = maxAbs(numerical, exact);
  const common = {
    rows: 2, cols: 3, selected: cell,
    rowLabel: (i: number) => t('rowLabel', { i }),
    colLabel: (j: number) => t('colLabel', { j }),
  };
  const cellLabel = (values: ArrayLike<number>) => (c: number) => t('cellButton', { ...cellIndices(c), value: formatCompact(values[c], 6) });
  return (
    <div className="sn-maps">
      <figure>
        <figcaption>{t('numericalMap')}</figcaption>
        <HeatMap
          {...common} values={numerical} scaleMax={shared} format={(v) => formatCompact(v, 4)} label={t('numericalMap')}
          onSelect={select} cellLabel={cellLabel(numerical)} testId="sn-map-numerical"
        />
      </figure>
      <figure>
        <figcaption>{t('exactMap')}</figcaption>
        <HeatMap
          {...common} values={exact} scaleMax={shared} format={(v) => formatCompact(v, 4)} label={t('exactMap')}
          onSelect={select} cellLabel={cellLabel(exact)} testId="sn-map-exact"
        />
      </figure>
      <figure>
        <figcaption>{t('differenceMap')}</figcaption>
        <HeatMap {...common} values={difference} scaleMax={maxAbs(difference)} format={formatTiny} label={t('differenceMap')} testId="sn-map-difference" />
      </figure>
    </div>
  );
}
