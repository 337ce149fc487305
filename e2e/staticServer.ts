// A plain static file server for the browser tests: dist/ under a sub-path, no COOP/COEP, no special headers
// unless asked. It logs what it sent, so a test can tell how often each file's bytes crossed the network.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.gz': 'application/gzip',
  '.webmanifest': 'application/manifest+json',
};

export interface ServedFile {
  readonly path: string;
  readonly status: number;
  /** Body bytes sent (0 for a 304 or a HEAD). */
  readonly bytes: number;
}

export interface StaticServerOptions {
  /** Folder to serve (the build). */
  readonly root: string;
  /** URL prefix it is served under, with slashes: '/gradient-lab/'. */
  readonly base: string;
  /**
   * 'file': NAME.gz is a file like any other (python3 -m http.server); 'encoding': it is sent with
   * Content-Encoding: gzip, so the browser hands the page the decompressed bytes (vite preview, many CDNs).
   */
  readonly gzip?: 'file' | 'encoding';
  /** Extra headers on every response (e.g. COOP/COEP, to compare). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  readonly url: string;
  readonly log: readonly ServedFile[];
  /** Serves these bytes instead of the file at this path under base (e.g. 'sw.js' of a newer build). */
  override(path: string, body: string | Buffer): void;
  close(): Promise<void>;
}

/** Body bytes sent for one path. */
export function bytesServed(log: readonly ServedFile[], path: string): number[] {
  return log.filter((entry) => entry.path === path && entry.bytes > 0).map((entry) => entry.bytes);
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const log: ServedFile[] = [];
  const overrides = new Map<string, Buffer>();
  const send = (req: IncomingMessage, res: ServerResponse, path: string, status: number, body: Buffer, headers: Record<string, string>) => {
    res.writeHead(status, { ...options.headers, ...headers, 'Content-Length': String(body.length) });
    const sent = req.method === 'HEAD' || status === 304 ? 0 : body.length;
    res.end(sent ? body : undefined);
    log.push({ path, status, bytes: sent });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (path === options.base.slice(0, -1)) return send(req, res, path, 301, Buffer.alloc(0), { Location: options.base });
    if (!path.startsWith(options.base)) return send(req, res, path, 404, Buffer.from('not found'), {});
    const relative = path.slice(options.base.length) || 'index.html';
    const file = normalize(join(options.root, relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(normalize(options.root) + sep)) return send(req, res, path, 404, Buffer.from('not found'), {});
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const override = overrides.get(relative);
    let body: Buffer;
    let modified: Date;
    try {
      body = override ?? (await readFile(file));
      modified = override ? new Date() : (await stat(file)).mtime;
    } catch {
      return send(req, res, path, 404, Buffer.from('not found'), {});
    }
    // Like python's http.server: Last-Modified, and a 304 for an unchanged file on a conditional request.
    const lastModified = modified.toUTCString();
    const since = req.headers['if-modified-since'];
    if (since && !override && Math.floor(modified.getTime() / 1000) <= Date.parse(since) / 1000) {
      return send(req, res, path, 304, Buffer.alloc(0), { 'Last-Modified': lastModified });
    }
    if (extname(file) === '.gz' && options.gzip === 'encoding') {
      return send(req, res, path, 200, body, { 'Content-Type': 'application/octet-stream', 'Content-Encoding': 'gzip', 'Last-Modified': lastModified });
    }
    send(req, res, path, 200, body, { 'Content-Type': type, 'Last-Modified': lastModified });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.destroy(e instanceof Error ? e : new Error(String(e)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${options.base}`,
    log,
    override: (path, body) => void overrides.set(path, Buffer.from(body)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
