// `detente analyze <file|url|->`: one article in, one analysis out.
import { writeFileSync } from 'node:fs';
import { type ActorDictionary, ActorDictionaryError, loadActorDictionary } from '../actors/index.ts';
import type { IngestSource } from '../ingest/index.ts';
import { analyze } from '../pipeline.ts';
import { InputError, UsageError } from '../errors.ts';
import { parseChoice, parseCommandLine, parseIsoDate, parsePositiveInteger } from './args.ts';
import { formatPretty } from './pretty.ts';

const HELP = `usage: detente analyze <file|url|-> [options]

  --published YYYY-MM-DD   publication date (relative dates resolve against it)
  --format json|pretty     json: the output contract (default); pretty: a readable report
  --out FILE               write to FILE instead of stdout
  --max-bytes N            refuse inputs larger than N bytes (default 5000000)
  --allow-private          allow fetching URLs on private or loopback addresses
  --timeout SECONDS        URL fetch timeout (default 15)
  --actors FILE            extend or override the actor dictionary (repeatable; format in data/actors/README.md)`;

export async function runAnalyze(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    published: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'max-bytes': { type: 'string' },
    'allow-private': { type: 'boolean' },
    timeout: { type: 'string' },
    actors: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one input: a file, a URL or - for stdin');
  const format = parseChoice(values.format, '--format', ['json', 'pretty'] as const, 'json');
  const timeoutSeconds = parsePositiveInteger(values.timeout, '--timeout');
  const analysis = await analyze(sourceOf(positionals[0]!), {
    published: parseIsoDate(values.published, '--published'),
    maxBytes: parsePositiveInteger(values['max-bytes'], '--max-bytes'),
    allowPrivate: values['allow-private'] ?? false,
    timeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
    dictionary: values.actors ? loadUserDictionary(values.actors) : undefined,
  });
  const output = format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : formatPretty(analysis);
  if (values.out) writeFileSync(values.out, output);
  else process.stdout.write(output);
}

/** Bundled dictionaries plus the user's files; a bad file is an input error naming the file and entry. */
export function loadUserDictionary(files: string[]): ActorDictionary {
  try {
    return loadActorDictionary(files);
  } catch (error) {
    if (error instanceof ActorDictionaryError) throw new InputError(error.file, `${error.where}: ${error.reason}`);
    throw error;
  }
}

export function sourceOf(input: string): IngestSource {
  if (input === '-') return { kind: 'stdin' };
  if (/^https?:\/\//i.test(input)) return { kind: 'url', url: input };
  return { kind: 'file', path: input };
}
