import type { ReactNode } from 'react';

export interface PanelFrameProps {
  /** Stem for the heading's id (`${id}-title`), which labels the section. */
  id: string;
  title: string;
  intro: string;
  testId: string;
  children: ReactNode;
}

/** The frame every book-section panel shares: a labelled section, its heading and a one-paragraph intro. */
export function PanelFrame({ id, title, intro, testId, children }: PanelFrameProps) {
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="intro">{intro}</p>
      {children}
    </section>
  );
}
