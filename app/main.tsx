import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { EmbedApp } from './embed/EmbedApp.tsx';
import { linkModeParams, readLinkMode } from './embed/embedParams.ts';
import { LinkModeProvider } from './embed/linkMode.tsx';
import { startLock } from './embed/lockSettings.ts';
import { startUrlSync } from './store/urlSync.ts';
import { registerServiceWorker } from './sw/registerServiceWorker.ts';
import { UpdateBanner } from './sw/UpdateBanner.tsx';
import './styles.css';

// embed=<panel> shows one panel alone; lock=<params> holds those settings at the link's values.
const linkMode = readLinkMode(window.location.search);
startUrlSync(linkModeParams(linkMode));
startLock(linkMode.locked);
// The offline cache (build only): after one visit the app, its wasm and MNIST work with no network.
const updates = registerServiceWorker();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <LinkModeProvider value={linkMode}>{linkMode.embed !== null ? <EmbedApp /> : <App />}</LinkModeProvider>
    <UpdateBanner notice={updates} />
  </StrictMode>,
);
