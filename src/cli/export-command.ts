// `detente export`: every merged event as JSONL, CSV or GDELT 2.0 event rows.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { exportsEvent, formatEvent, header } from '../aggregate/export.ts';
import { openMergedStore } from '../aggregate/merge.ts';
import { UsageError } from '../errors.ts';
import { resolveDb } from '../store/open.ts';
import { parseChoice, parseCommandLine } from './args.ts';

const HELP = `usage: detente export --format jsonl|csv|gdelt [options]

  --db FILE|URL   the store (default ./detente.db, or $DETENTE_DB)
  --format F      jsonl: merged events with every mention; csv: one row per merged event;
                  gdelt: GDELT 2.0 event table (61 tab-separated columns, asserted events only)
  --out FILE      write to FILE instead of stdout`;

export async function runExport(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length) throw new UsageError(`export takes options only, got '${positionals[0]}'`);
  if (!values.format) throw new UsageError('export needs --format jsonl, csv or gdelt');
  const format = parseChoice(values.format, '--format', ['jsonl', 'csv', 'gdelt'] as const, 'jsonl');
  const store = await openMergedStore(resolveDb(values.db));
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  try {
    const write = async (line: string) => {
      // Honour backpressure so a large export does not pile up in memory.
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    };
    const first = header(format);
    if (first) await write(first);
    for await (const event of store.allEvents()) if (exportsEvent(format, event)) await write(formatEvent(format, event));
  } finally {
    await store.close();
    if (values.out) {
      out.end();
      await once(out, 'finish');
    }
  }
}
