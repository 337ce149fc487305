// The service worker (built by vite-plugin-pwa, injectManifest): the build's files precached by workbox, with
// every navigation answered by index.html; the MNIST files in their own cache, filled once (mnistCache.ts).
// A new build installs beside the old one and waits: the page's banner sends SKIP_WAITING, then reloads.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { fillMnistCache } from './mnistCache.ts';

/** The little of ServiceWorkerGlobalScope used here (the WebWorker lib cannot sit beside the DOM lib). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  readonly __WB_MANIFEST: (PrecacheEntry | string)[];
  readonly registration: { readonly scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const sw = self as unknown as ServiceWorkerScope;

// Written out as self.__WB_MANIFEST: the build replaces exactly that text with the list of files.
precacheAndRoute((self as unknown as ServiceWorkerScope).__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// The first install takes the open page at once; an update waits for SKIP_WAITING (no page runs two builds).
clientsClaim();
sw.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
sw.addEventListener('install', (event) => event.waitUntil(fillMnistCache(new URL('data/mnist/', sw.registration.scope))));
