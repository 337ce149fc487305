import { useEffect, useRef, type ReactNode } from 'react';
import { FigureExport } from '../charts/FigureExport.tsx';
import { LockNote } from '../embed/LockNote.tsx';
import { PanelLinks } from '../embed/PanelLinks.tsx';
import { useLinkMode } from '../embed/linkMode.tsx';
import '../embed/embed.css';

export interface PanelFrameProps {
  /** Stem for the heading's id (`${id}-title`), which labels the section; also the panel's name in links. */
  id: string;
  title: string;
  intro: string;
  testId: string;
  /** Extra class on the section. */
  className?: string;
  /** A panel's own export menu instead of the generic one (figures drawn in layers, data as CSV). */
  exportMenu?: ReactNode;
  children: ReactNode;
}

/**
 * The frame every book-section panel shares: a labelled section, its heading, a one-paragraph intro and the
 * panel's links. In an embed link only the named panel is shown; a plain link scrolls to its panel once.
 */
export function PanelFrame({ id, title, intro, testId, className, exportMenu, children }: PanelFrameProps) {
  const mode = useLinkMode();
  const ref = useRef<HTMLElement>(null);
  const isTarget = mode.target === id;
  useEffect(() => {
    if (isTarget) ref.current?.scrollIntoView({ block: 'start' });
  }, [isTarget]);
  if (mode.embed !== null && mode.embed !== id) return null;
  return (
    <section ref={ref} className={className ? `panel ${className}` : 'panel'} aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="intro">{intro}</p>
      <div className="panel-tools">
        <PanelLinks panel={id} />
        {exportMenu ?? <FigureExport panel={id} root={ref} />}
      </div>
      <LockNote />
      {children}
    </section>
  );
}
