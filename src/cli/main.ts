// Entry point of the `detente` command: dispatches to one sub-command and maps errors to exit codes.
import { InputError, UsageError } from '../errors.ts';
import { runAnalyze } from './analyze-command.ts';
import { runDemo } from './demo-command.ts';
import { runDyad } from './dyad-command.ts';
import { runEval } from './eval-command.ts';
import { runEvents } from './events-command.ts';
import { runExport } from './export-command.ts';
import { runIngest } from './ingest-command.ts';
import { runServe } from './serve-command.ts';
import { runWorker } from './worker-command.ts';

const USAGE = `usage: detente <command> [options]

commands:
  analyze <file|url|->   analyse one article and print its analysis
          [--published YYYY-MM-DD] [--format json|pretty] [--out FILE]
          [--max-bytes N] [--allow-private] [--timeout SECONDS] [--actors FILE]
  eval <gold-file>       score the event coder against gold data (our format, PLOVER JSON, PETRARCH XML)
  ingest <file|folder|url|feed|->...
                         analyse a corpus into the store [--db FILE|URL] [--enqueue] [--follow-links] [--jobs N]
  worker --db postgres://…
                         process articles queued with ingest --enqueue [--batch N] [--watch]
  dyad <A> <B>           relations over time [--from] [--to] [--by day|week|month] [--directed]
                         [--all-modalities] [--format table|json|csv]
  events                 merged events with sentences and sources [--actor X] [--dyad A,B] [--code 18]
                         [--since DATE] [--negated]
  export --format jsonl|csv|gdelt
                         every merged event [--out FILE]
  serve                  serve the HTTP API and web app [--db FILE|URL] [--host 127.0.0.1] [--port 8080]
                         [--max-body N] [--api-only]
  demo                   build a database from the illustrative demo corpus and serve it [--port N] [--db FILE]

run 'detente <command> --help' for details`;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  analyze: runAnalyze,
  eval: runEval,
  ingest: runIngest,
  worker: runWorker,
  dyad: runDyad,
  events: runEvents,
  export: runExport,
  serve: runServe,
  demo: runDemo,
};

export const EXIT_USAGE = 2;
export const EXIT_INPUT = 3;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? EXIT_USAGE : 0;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command '${command}'`);
    await run(rest);
    return 0;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`detente: ${error.message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof InputError) {
    process.stderr.write(`detente: ${error.message}\n`);
    return EXIT_INPUT;
  }
  // Anything else is our bug: one line by default, the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`detente: internal error: ${message}\n`);
  if (process.env.DETENTE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 1;
}
