// The `--format pretty` terminal report: the same analysis as the JSON, laid out for a reader.
import type { Analysis, CodedEvent } from '../types.ts';

export function formatPretty(analysis: Analysis): string {
  const { article } = analysis;
  const lines: string[] = [];
  const section = (heading: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push('', `${heading} (${rows.length})`, ...rows.map((row) => `  ${row}`));
  };

  lines.push(article.title ?? '(untitled)');
  const facts = [
    article.published && `published ${article.published}`,
    article.publisher,
    article.byline && `by ${article.byline}`,
    `language ${article.language}`,
    `${analysis.paragraphs.length} paragraphs`,
    `${analysis.sentences.length} sentences`,
  ].filter(Boolean);
  lines.push(facts.join(' · '));
  if (article.url) lines.push(article.url);
  for (const note of article.notes) lines.push(`note: ${note}`);

  section('Furniture removed', article.furniture.map((line) => JSON.stringify(line)));
  section(
    'Dates',
    analysis.dates.map((date) => `${date.value.padEnd(10)} ${date.precision.padEnd(5)} "${date.text}" (s${date.sentence})`),
  );
  section(
    'Actors',
    analysis.actors.map((actor) => `${actor.code.padEnd(9)} ${actor.name} [${actor.kind}] ×${actor.mentions.length}`),
  );
  section(
    'Quotes',
    analysis.quotes.map((quote) => `${quote.kind.padEnd(8)} ${quote.speaker?.name ?? '(no speaker)'}: "${truncate(quote.text, 70)}"`),
  );
  const sourceNames = new Map(analysis.sources.map((source) => [source.id, source.name]));
  section(
    'Sources',
    analysis.sources.map((source) => {
      const reliedOn = source.reliesOn.map((id) => sourceNames.get(id) ?? id);
      const chain = reliedOn.length ? ` ← relies on ${reliedOn.join(', ')}` : '';
      return `${source.kind.padEnd(12)} ${source.name}${chain}`;
    }),
  );
  section('Declined to comment', analysis.nonAnswers.map((nonAnswer) => `${nonAnswer.who.name}: "${nonAnswer.cue}" (s${nonAnswer.sentence})`));
  const { sourcing } = analysis;
  lines.push(
    '',
    `Sourcing: ${sourcing.named} named, ${sourcing.anonymous} anonymous, ${sourcing.outlets} outlets, ` +
      `${sourcing.organisations} organisations, ${sourcing.documents} documents, ${sourcing.unattributed} unattributed; ` +
      `${sourcing.authorVoice} author-voice markers`,
  );
  section('Events', analysis.events.map(formatEvent));
  section('Author voice', analysis.voice.map((marker) => `${marker.kind.padEnd(7)} "${marker.cue}" (s${marker.sentence})`));
  return `${lines.join('\n')}\n`;
}

function formatEvent(event: CodedEvent): string {
  const flags = [event.negated && 'NEGATED', event.modality !== 'asserted' && event.modality].filter(Boolean);
  const dyad = `${event.source.code} → ${event.target?.code ?? '—'}`;
  const date = event.date ? ` ${event.date.value}` : '';
  return `${event.cameo} ${dyad} "${event.trigger.text}" (${event.goldstein})${date}${flags.length ? ` [${flags.join(', ')}]` : ''}`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
