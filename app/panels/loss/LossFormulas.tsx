import { formatExact } from '../../charts/formatNumber.ts';

export interface LossFormulasProps {
  sse: number;
  cee: number;
  yTrue: number;
  label: number;
  titles: { sse: string; cee: string; sseFormula: string; ceeFormula: string };
}

/** The two losses, each with its formula beside it (the book's E = ½Σ(y−t)² and E = −Σ t log(y + δ)). */
export function LossFormulas({ sse, cee, yTrue, label, titles }: LossFormulasProps) {
  return (
    <div className="loss-cards">
      <div className="loss-card">
        <h3>{titles.sse}</h3>
        <p className="formula" aria-label={titles.sseFormula}>
          <i>E</i> = ½ Σ<sub><i>k</i></sub> (<i>y</i><sub><i>k</i></sub> − <i>t</i><sub><i>k</i></sub>)²
        </p>
        <p className="loss-value" data-testid="loss-sse">{formatExact(sse)}</p>
      </div>
      <div className="loss-card">
        <h3>{titles.cee}</h3>
        <p className="formula" aria-label={titles.ceeFormula}>
          <i>E</i> = −Σ<sub><i>k</i></sub> <i>t</i><sub><i>k</i></sub> log(<i>y</i><sub><i>k</i></sub> + δ), δ = 10⁻⁷
        </p>
        <p className="formula formula-sub">
          = −log(<i>y</i><sub>{label}</sub> + δ) = −log({formatExact(yTrue)} + 10⁻⁷)
        </p>
        <p className="loss-value" data-testid="loss-cee">{formatExact(cee)}</p>
      </div>
    </div>
  );
}
