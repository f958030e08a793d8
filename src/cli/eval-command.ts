// `detente eval GOLD`: scores the event coder against a gold file (our format, PLOVER records or PETRARCH XML).
import { existsSync } from 'node:fs';
import { InputError, UsageError } from '../errors.ts';
import { evaluateFile, formatReport } from '../events/evaluate.ts';
import { parseCommandLine, parseCount } from './args.ts';

const HELP = `usage: detente eval <gold-file> [options]

  Scores the event coder. The format is detected from the content:
    our gold JSON (see data/events/README.md), a JSON array of PLOVER gold
    records, or PETRARCH validation XML (<Sentence><Text>…<EventCoding …/>).

  --show N   list at most N misses and false alarms (default 40)`;

export async function runEval(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    show: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('eval takes exactly one gold file');
  const path = positionals[0]!;
  if (!existsSync(path)) throw new InputError(path, 'no such file');
  const limit = parseCount(values.show, '--show') ?? 40;
  let report: ReturnType<typeof evaluateFile>;
  try {
    report = evaluateFile(path);
  } catch (error) {
    if (error instanceof SyntaxError) throw new InputError(path, `not a gold file: ${error.message}`);
    throw error;
  }
  process.stdout.write(formatReport(report, limit));
}
