// `detente serve`: the HTTP API and the web app over a corpus store.
import { resolveDb } from '../store/open.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../server/app.ts';
import { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, startServer } from '../server/start.ts';
import { UsageError } from '../errors.ts';
import { parseCommandLine, parsePositiveInteger } from './args.ts';

const HELP = `usage: detente serve [options]

Serves the HTTP JSON API (see src/server/README.md) and the web app. POST requests need
'Authorization: Bearer $DETENTE_TOKEN' when DETENTE_TOKEN is set.

  --db FILE|URL        the store (default ./detente.db, or $DETENTE_DB)
  --host HOST          address to listen on (default ${DEFAULT_HOST}: this machine only)
  --port N             port (default ${DEFAULT_PORT}; 0 picks a free one)
  --max-body N         refuse request bodies over N bytes (default ${DEFAULT_MAX_BODY_BYTES})
  --api-only           serve the API without the web app (and skip building it)`;

export async function runServe(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    db: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'max-body': { type: 'string' },
    'api-only': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length > 0) throw new UsageError(`serve takes no positional arguments, got '${positionals[0]}'`);
  const server = await startServer({
    db: resolveDb(values.db),
    host: values.host ?? DEFAULT_HOST,
    port: parsePort(values.port),
    maxBodyBytes: parsePositiveInteger(values['max-body'], '--max-body'),
    noWeb: values['api-only'] ?? false,
    log: (line) => process.stderr.write(`detente: ${line}\n`),
  });
  warnIfExposed(server.host);
  process.stdout.write(`detente: serving ${resolveDb(values.db)} at ${server.url}\n`);
  await untilStopped(server);
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port expects a port number from 0 to 65535, got '${value}'`);
  return port;
}

export function warnIfExposed(host: string): void {
  const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
  if (!loopback && !process.env.DETENTE_TOKEN) {
    process.stderr.write(`detente: warning: listening on ${host} without DETENTE_TOKEN: anyone who can reach it can add articles\n`);
  }
}

/** Serves until SIGINT or SIGTERM, then closes the server and the store. */
export async function untilStopped(server: RunningServer): Promise<void> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
}
