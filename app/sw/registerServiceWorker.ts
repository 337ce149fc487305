/// <reference types="vite-plugin-pwa/client" />
// The service worker from the build (vite-plugin-pwa + workbox); in dev the virtual module does nothing.
import { registerSW } from 'virtual:pwa-register';
import { createUpdateNotice, type UpdateNotice } from './updateNotice.ts';

/** Registers ./sw.js (relative: its scope is the folder the app is served from) and follows its updates. */
export function registerServiceWorker(): UpdateNotice {
  return createUpdateNotice((onNeedRefresh) =>
    registerSW({
      onNeedRefresh,
      onRegisterError: (error: unknown) => console.warn('Gradient Lab: the offline cache is unavailable', error),
    }),
  );
}
