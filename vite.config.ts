/// <reference types="vitest/config" />
import { defineConfig, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Cross-origin isolation gives the training worker precise timers and SharedArrayBuffer if it wants them.
// nosniff: a file is only ever run or styled as the type the server declared.
const headers = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'X-Content-Type-Options': 'nosniff',
};

// Everything from our own origin; 'wasm-unsafe-eval' lets the kernels compile, and nothing else is evaluated.
// img-src blob: lets a figure's SVG be drawn into a canvas for its PNG export (our own bytes, never fetched).
// No frame-ancestors or report-uri: a <meta> policy ignores them (with a console error).
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy as a <meta> in the built index.html, so a static host serves it without configuration. Only in the
 * build: the dev server's React refresh preamble is an inline script and its CSS arrives as inline <style>.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'gradient-lab:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

// sirv serves NAME.gz with Content-Encoding: gzip and an empty type (NAME has no extension); the decoded body
// is an IDX file, so its type is octet-stream. sirv keeps a Content-Type set before it runs.
const gzipType: Connect.NextHandleFunction = (req, res, next) => {
  if (new URL(req.url ?? '/', 'http://host').pathname.endsWith('.gz')) res.setHeader('Content-Type', 'application/octet-stream');
  next();
};

function gzipContentType(): Plugin {
  return {
    name: 'gradient-lab:gz-content-type',
    configureServer: (server) => void server.middlewares.use(gzipType),
    configurePreviewServer: (server) => void server.middlewares.use(gzipType),
  };
}

/**
 * The service worker (workers/serviceWorker.ts) precaches the build (app shell, the worker chunk with its inlined
 * wasm, manifest.json); it fills the MNIST files' own cache at install (workers/mnistCache.ts), so the app works
 * offline after one visit. 'prompt': a new build waits until the page's banner asks for it (app/sw/), so a page
 * never runs with files of two builds. Registered by our own module (an inline script would break the CSP).
 */
function offlineCache(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'workers',
    filename: 'serviceWorker.ts',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    injectManifest: {
      // The .gz files are cached by mnistCache.ts, which never downloads them twice (workbox would, beside the app).
      globPatterns: ['**/*.{html,js,css,svg,json}'],
    },
  });
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder of any static server (e.g. https://example.org/gradient-lab/).
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), gzipContentType(), offlineCache()],
  server: { headers },
  preview: { headers, port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: { target: 'es2022' },
  test: {
    environment: 'node',
    include: ['src-core/**/*.test.ts', 'workers/**/*.test.ts', 'tools/**/*.test.ts', 'app/**/*.test.ts'],
  },
});
