// Puts the app on a socket: opens the store (merging pending events) and the article catalog,
// builds the web app when its build is missing or stale, and listens on loopback by default.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openMergedStore } from '../aggregate/merge.ts';
import { InputError } from '../errors.ts';
import { createApp } from './app.ts';
import { openCatalog } from './catalog.ts';
import { ensureWebBuild } from './web-build.ts';

export interface ServerOptions {
  /** --db value: a SQLite file or a postgres:// URL. */
  db: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string | null;
  maxBodyBytes?: number;
  /** Skip the web app (API only). */
  noWeb?: boolean;
  /** Progress lines (the web build); silent when omitted. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const webRoot = options.noWeb ? null : await ensureWebBuild({ log: options.log });
  const store = await openMergedStore(options.db);
  let catalog: ReturnType<typeof openCatalog>;
  try {
    catalog = openCatalog(options.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({ store, catalog, token: options.token, maxBodyBytes: options.maxBodyBytes, webRoot });
  const host = options.host ?? DEFAULT_HOST;
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info) => resolve({ server, address: info }));
    server.once('error', reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await Promise.all([store.close(), catalog.close()]);
    if (error.code === 'EADDRINUSE') throw new InputError(`${host}:${options.port}`, 'address already in use (pick another --port)');
    if (error.code === 'EADDRNOTAVAIL') throw new InputError(host, 'is not an address of this machine (check --host)');
    throw error;
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${address.port}`,
    host,
    port: address.port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections (a browser's) would hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await Promise.all([catalog.close(), store.close()]);
    },
  };
}
