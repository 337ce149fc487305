import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startUrlSync } from './store/urlSync.ts';
import { registerServiceWorker } from './sw/registerServiceWorker.ts';
import { UpdateBanner } from './sw/UpdateBanner.tsx';
import './styles.css';

startUrlSync();
// The offline cache (build only): after one visit the app, its wasm and MNIST work with no network.
const updates = registerServiceWorker();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdateBanner notice={updates} />
  </StrictMode>,
);
