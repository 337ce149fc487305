export interface LegendEntry {
  /** Class of the SVG line that shows the series' stroke. */
  lineClass: string;
  text: string;
}

/** A legend outside the plot, as HTML, so it never hides data whatever the curves do. */
export function FigureLegend({ entries, testId }: { entries: LegendEntry[]; testId?: string }) {
  return (
    <ul className="figure-legend" data-testid={testId}>
      {entries.map((e) => (
        <li key={e.lineClass}>
          <svg width={26} height={10} aria-hidden="true">
            <line x1={1} x2={25} y1={5} y2={5} className={e.lineClass} />
          </svg>
          {e.text}
        </li>
      ))}
    </ul>
  );
}
