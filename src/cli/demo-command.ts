// `detente demo`: builds a database from the bundled illustrative corpus and serves it.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';
import { buildDemoDatabase } from '../server/demo.ts';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../server/start.ts';
import { parseCommandLine } from './args.ts';
import { parsePort, untilStopped, warnIfExposed } from './serve-command.ts';

const HELP = `usage: detente demo [options]

Builds a SQLite database from the illustrative (fictional) demo corpus in data/demo, serves the
API and the web app on it, and prints the URL. Stop it with Ctrl-C.

  --port N         port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host HOST      address to listen on (default ${DEFAULT_HOST})
  --db FILE        where to write the demo database (replaced if it exists; default: a new temporary file)`;

export async function runDemo(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length > 0) throw new UsageError(`demo takes no positional arguments, got '${positionals[0]}'`);
  if (values.db && /^postgres(?:ql)?:\/\//i.test(values.db)) throw new UsageError('demo --db takes a SQLite file path');
  const port = parsePort(values.port);
  const db = values.db ?? join(await mkdtemp(join(tmpdir(), 'detente-demo-')), 'demo.db');
  const log = (line: string) => process.stderr.write(`detente: ${line}\n`);
  log(`building the demo database ${db} from data/demo (illustrative, fictional articles)…`);
  const summary = await buildDemoDatabase(db);
  log(`stored ${summary.stored} articles`);
  const server = await startServer({ db, host: values.host ?? DEFAULT_HOST, port, log });
  warnIfExposed(server.host);
  process.stdout.write(`detente demo: ${server.url}/\n  dashboard: ${server.url}/#/dyad?a=USA&b=IRN&by=month\n  articles:  ${server.url}/#/articles\n`);
  await untilStopped(server);
}
