// `detente events`: merged events with every sentence that reports them and where it was published.
import { openMergedStore } from '../aggregate/merge.ts';
import { UsageError } from '../errors.ts';
import { resolveDb } from '../store/open.ts';
import type { EventFilter, MergedEvent } from '../store/types.ts';
import { parseChoice, parseCommandLine, parseIsoDate, parsePositiveInteger } from './args.ts';

const HELP = `usage: detente events [options]

  --db FILE|URL          the store (default ./detente.db, or $DETENTE_DB)
  --actor CODE           events with this actor or country (prefix: "USA" covers USAGOV…) on either side
  --dyad A,B             events between A and B, either direction
  --code CAMEO           events whose CAMEO code starts with this ("18": assault)
  --since YYYY-MM-DD     events on or after this day
  --negated              include negated events ("did not meet")
  --limit N              at most N events, newest first (default 100)
  --format text|json     output (default text)`;

export async function runEvents(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    db: { type: 'string' },
    actor: { type: 'string' },
    dyad: { type: 'string' },
    code: { type: 'string' },
    since: { type: 'string' },
    negated: { type: 'boolean' },
    limit: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length) throw new UsageError(`events takes options only, got '${positionals[0]}'`);
  const dyad = values.dyad?.toUpperCase().split(',');
  if (dyad && (dyad.length !== 2 || !dyad[0] || !dyad[1])) throw new UsageError(`--dyad expects two codes as A,B, got '${values.dyad}'`);
  if (values.code !== undefined && !/^\d{2,4}$/.test(values.code)) throw new UsageError(`--code expects a CAMEO code such as 18 or 190, got '${values.code}'`);
  const filter: EventFilter = {
    actor: values.actor?.toUpperCase(),
    dyad: dyad as [string, string] | undefined,
    code: values.code,
    since: parseIsoDate(values.since, '--since'),
    includeNegated: values.negated ?? false,
    limit: parsePositiveInteger(values.limit, '--limit') ?? 100,
  };
  const format = parseChoice(values.format, '--format', ['text', 'json'] as const, 'text');
  const store = await openMergedStore(resolveDb(values.db));
  try {
    const events = await store.events(filter);
    if (format === 'json') process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
    else process.stdout.write(events.length ? events.map(formatEvent).join('\n') : 'no events\n');
  } finally {
    await store.close();
  }
}

export function formatEvent(event: MergedEvent): string {
  const side = (actor: { code: string; name: string | null }) => `${actor.code} (${actor.name ?? '?'})`;
  const target = event.target ? ` → ${side(event.target)}` : '';
  const lines = [
    `#${event.id}  ${event.day ?? 'undated'}  ${side(event.source)}${target}`,
    `  CAMEO ${event.cameo} · quad ${event.quadClass} · Goldstein ${event.goldstein} · ${event.stance}`,
    `  ${event.numMentions} mention(s) in ${event.numArticles} article(s) from ${event.numSources} source(s)`,
  ];
  for (const m of event.mentions) {
    const where = [m.publisher ?? 'unknown publisher', m.published, m.title ? `"${m.title}"` : null, m.url].filter(Boolean).join(', ');
    const attribution = m.attributedTo ? `; attributed to ${m.attributedTo}` : '';
    lines.push(`  - ${where}`, `    s${m.sentence}: ${m.sentenceText}`, `    trigger "${m.trigger.text}"${attribution}`);
  }
  return `${lines.join('\n')}\n`;
}
