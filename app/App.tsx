import { commonMessages } from './i18n/common.ts';
import { useT } from './i18n/useT.ts';
import { useDocumentLanguage } from './i18n/useDocumentLanguage.ts';
import { sections } from './panels/registry.tsx';
import { useStore } from './store/store.ts';

export function App() {
  const t = useT(commonMessages);
  useDocumentLanguage();
  const language = useStore((s) => s.language);
  const setLanguage = useStore((s) => s.setLanguage);
  const current = useStore((s) => s.section);
  const setSection = useStore((s) => s.setSection);
  const entry = sections.find((s) => s.id === current) ?? sections[0];

  return (
    <div className="app" lang={language}>
      <header className="app-header">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <p>{t('appSubtitle')}</p>
        </div>
        <button
          type="button" className="language-toggle" aria-label={t('languageToggleLabel')}
          onClick={() => setLanguage(language === 'ko' ? 'en' : 'ko')} data-testid="language-toggle"
        >
          {t('languageToggle')}
        </button>
      </header>
      <nav className="sections" aria-label={t('sectionsNav')}>
        {sections.map((s) => (
          <button
            key={s.id} type="button" aria-current={s.id === entry.id ? 'page' : undefined}
            className={s.panels.length === 0 ? 'planned' : undefined}
            onClick={() => setSection(s.id)} data-testid={`nav-${s.id}`}
          >
            {s.title[language]}
          </button>
        ))}
      </nav>
      <main>
        {entry.panels.length === 0 ? (
          <section className="panel placeholder" data-testid="panel-planned">
            <h2>{entry.title[language]}</h2>
            <p>{t('notBuilt')}</p>
          </section>
        ) : (
          entry.panels.map((Panel, i) => <Panel key={i} />)
        )}
      </main>
      <footer>{t('footer')}</footer>
    </div>
  );
}
