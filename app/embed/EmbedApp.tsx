import { sections } from '../panels/registry.tsx';
import { useStore } from '../store/store.ts';

/**
 * One panel alone, for an <iframe> in slides: no header, nav or footer. The section's panels are mounted as on
 * the page and PanelFrame shows only the one the link names, so the panel's code needs no embed branch.
 */
export function EmbedApp() {
  const language = useStore((s) => s.language);
  const current = useStore((s) => s.section);
  const entry = sections.find((s) => s.id === current) ?? sections[0];
  return (
    <main className="app embed" lang={language} data-testid="embed-root">
      {entry.panels.map((Panel, i) => <Panel key={i} />)}
    </main>
  );
}
