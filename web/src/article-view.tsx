// One analysed article, read the way an analyst would: the text with actors, quotes and the
// author's voice marked, event chips beside each sentence, and the sources behind the claims.
// Every piece of article text is a Preact text node; nothing is ever parsed as HTML.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Actor, Analysis, CodedEvent, Source } from '../../src/types.ts';
import { cameoLabels } from './api.ts';
import { goldsteinColor, speakerTints, UNATTRIBUTED_TINT } from './colors.ts';
import { cutPieces, type Mark } from './segments.ts';

const KIND_LABELS: Record<Actor['kind'], string> = {
  person: 'person',
  organisation: 'organisation',
  state: 'state',
  group: 'group',
  media: 'media',
};

const SOURCE_GROUPS: { kind: Source['kind']; label: string }[] = [
  { kind: 'named_person', label: 'Named' },
  { kind: 'anonymous', label: 'Anonymous' },
  { kind: 'outlet', label: 'Outlets' },
  { kind: 'organisation', label: 'Organisations' },
  { kind: 'document', label: 'Documents' },
];

/** Every sentence that reports the event (older analyses list only the first). */
function eventSentences(event: CodedEvent): { sentence: number; trigger: CodedEvent['trigger'] }[] {
  return event.mentions?.length ? event.mentions : [{ sentence: event.sentence, trigger: event.trigger }];
}

function useCameoLabels(): Record<string, string> {
  const [labels, setLabels] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void cameoLabels().then((loaded) => live && setLabels(loaded));
    return () => {
      live = false;
    };
  }, []);
  return labels;
}

function EventChip(props: { event: CodedEvent; label: string | undefined; selected: boolean; onSelect: () => void }) {
  const { event, label } = props;
  const colors = goldsteinColor(event.goldstein);
  const tentative = event.modality !== 'asserted' && event.modality !== 'reported';
  const classes = ['chip', event.negated && 'negated', tentative && 'tentative', props.selected && 'selected'].filter(Boolean).join(' ');
  const target = event.target ? event.target.code : '—';
  const title = [
    `CAMEO ${event.cameo}${label ? ` ${label}` : ''}`,
    `${event.source.text} (${event.source.code}) → ${event.target ? `${event.target.text} (${event.target.code})` : 'no target'}`,
    `Goldstein ${event.goldstein}, quad class ${event.quadClass}${event.plover ? `, PLOVER ${event.plover}` : ''}`,
    `${event.negated ? 'negated, ' : ''}${event.modality}${event.attributedTo ? `, attributed to ${event.attributedTo}` : ''}`,
    event.date ? `dated ${event.date.value} (${event.date.precision})` : 'undated',
    `trigger “${event.trigger.text}”, confidence ${event.confidence.toFixed(2)}`,
  ].join('\n');
  return (
    <button
      type="button"
      class={classes}
      title={title}
      data-cameo={event.cameo}
      data-event={event.id}
      style={{ backgroundColor: colors.background, borderColor: colors.border }}
      onClick={props.onSelect}
    >
      <span class="chip-code">{event.cameo}</span>
      <span class="chip-label">{label ?? event.root}</span>
      <span class="chip-args">
        {event.source.code} → {target}
      </span>
      <span class="chip-score">{event.goldstein > 0 ? `+${event.goldstein}` : event.goldstein}</span>
      {event.negated && <span class="chip-flag">not</span>}
      {event.modality !== 'asserted' && <span class="chip-flag">{event.modality}</span>}
    </button>
  );
}

function marksFor(analysis: Analysis, tints: Map<string, string>, selected: CodedEvent | null): Mark[] {
  const marks: Mark[] = [];
  for (const quote of analysis.quotes) {
    const key = quote.source ?? quote.speaker?.name ?? null;
    const who = quote.speaker?.name ?? 'unknown speaker';
    marks.push({
      start: quote.start,
      end: quote.end,
      className: 'quote',
      title: `${quote.kind} quote — ${who}${quote.negated ? ', cue negated: not vouched for' : ''}`,
      tint: key === null ? UNATTRIBUTED_TINT : tints.get(key),
    });
  }
  for (const actor of analysis.actors) {
    for (const mention of actor.mentions) {
      marks.push({
        start: mention.start,
        end: mention.end,
        className: `actor kind-${actor.kind}`,
        title: `${actor.name} — ${actor.code} (${KIND_LABELS[actor.kind]})${actor.roles.length ? `, ${actor.roles.join(', ')}` : ''}`,
      });
    }
  }
  for (const voice of analysis.voice) {
    if (voice.start === undefined) continue;
    marks.push({ start: voice.start, end: voice.end, className: `voice voice-${voice.kind}`, title: `author's voice: ${voice.kind}` });
  }
  if (selected) {
    for (const { sentence, trigger } of eventSentences(selected)) {
      marks.push({ start: trigger.start, end: trigger.end, className: 'trigger', title: `event trigger (${selected.cameo})` });
      argumentMarks(analysis, selected.source, sentence, 'arg-source', marks);
      if (selected.target) argumentMarks(analysis, selected.target, sentence, 'arg-target', marks);
    }
  }
  return marks;
}

/** The argument's actor mentions in the sentence, or else its words found in the sentence. */
function argumentMarks(analysis: Analysis, argument: CodedEvent['source'], index: number, className: string, marks: Mark[]): void {
  const role = className === 'arg-source' ? 'source' : 'target';
  const actor = argument.actor ? analysis.actors.find((a) => a.id === argument.actor) : undefined;
  const mentions = actor?.mentions.filter((mention) => mention.sentence === index) ?? [];
  for (const mention of mentions) marks.push({ start: mention.start, end: mention.end, className, title: `event ${role}` });
  if (mentions.length > 0) return;
  const sentence = analysis.sentences[index];
  const at = sentence && argument.text ? sentence.text.indexOf(argument.text) : -1;
  if (sentence && at >= 0) marks.push({ start: sentence.start + at, end: sentence.start + at + argument.text.length, className, title: `event ${role}` });
}

function SentenceText(props: { text: string; start: number; end: number; marks: Mark[] }) {
  return (
    <>
      {cutPieces(props.text, props.start, props.end, props.marks).map((piece) => {
        if (piece.marks.length === 0) return piece.text;
        const className = piece.marks.map((mark) => mark.className).join(' ');
        const title = piece.marks.flatMap((mark) => (mark.title ? [mark.title] : [])).join('\n');
        const tint = piece.marks.find((mark) => mark.tint)?.tint;
        return (
          <span key={piece.start} class={className} title={title || undefined} style={tint ? { backgroundColor: tint } : undefined}>
            {piece.text}
          </span>
        );
      })}
    </>
  );
}

function SourcesPanel(props: { analysis: Analysis; tints: Map<string, string> }) {
  const { sources } = props.analysis;
  const byId = new Map(sources.map((source) => [source.id, source]));
  const quoteCount = new Map<string, number>();
  for (const quote of props.analysis.quotes) if (quote.source) quoteCount.set(quote.source, (quoteCount.get(quote.source) ?? 0) + 1);
  const reliedOnBy = (id: string) => sources.filter((source) => source.reliesOn.includes(id));
  return (
    <section class="panel sources">
      <h3>Sources</h3>
      {sources.length === 0 && <p class="muted">No sources found.</p>}
      {SOURCE_GROUPS.map(({ kind, label }) => {
        const group = sources.filter((source) => source.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} class="source-group">
            <h4>{label}</h4>
            <ul>
              {group.map((source) => (
                <li key={source.id} class="source" data-source={source.id}>
                  <span class="swatch" style={{ backgroundColor: props.tints.get(source.id) ?? UNATTRIBUTED_TINT }} />
                  <span class="source-name">{source.name}</span>
                  {source.count !== null && <span class="badge">×{source.count}</span>}
                  {source.affiliation && <span class="code">{source.affiliation}</span>}
                  {quoteCount.get(source.id) !== undefined && <span class="muted"> · {quoteCount.get(source.id)} quoted</span>}
                  {source.nonAnswer && <span class="badge warn">declined / unreachable</span>}
                  {source.reliesOn.length > 0 && (
                    <div class="chain">relies on {source.reliesOn.map((id) => byId.get(id)?.name ?? id).join(', ')}</div>
                  )}
                  {reliedOnBy(source.id).length > 0 && (
                    <div class="chain">reported by {reliedOnBy(source.id).map((other) => other.name).join(', ')}</div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function VoicePanel(props: { analysis: Analysis; onSentence: (index: number) => void }) {
  const { voice, sourcing, nonAnswers } = props.analysis;
  return (
    <section class="panel voice-panel">
      <h3>Author's voice</h3>
      {sourcing && (
        <p class="sourcing">
          Claims: {sourcing.named} named, {sourcing.anonymous} anonymous, {sourcing.outlets} from outlets, {sourcing.organisations} from
          organisations, {sourcing.documents} from documents, {sourcing.unattributed} unattributed; {sourcing.authorVoice} author's-voice
          markers.
        </p>
      )}
      {voice.length === 0 && <p class="muted">No opinion or hedge markers outside quotes.</p>}
      <ul>
        {voice.map((marker) => (
          <li key={`${marker.sentence}-${marker.cue}`}>
            <span class={`badge voice-${marker.kind}`}>{marker.kind}</span> “{marker.cue}”{' '}
            <button type="button" class="link" onClick={() => props.onSentence(marker.sentence)}>
              sentence {marker.sentence + 1}
            </button>
          </li>
        ))}
      </ul>
      {nonAnswers && nonAnswers.length > 0 && (
        <>
          <h4>Non-answers</h4>
          <ul>
            {nonAnswers.map((nonAnswer) => (
              <li key={`${nonAnswer.sentence}-${nonAnswer.start}`}>
                {nonAnswer.who.name}: “{nonAnswer.cue}”
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Positions, beliefs and intentions the article attributes to someone ("favor negotiating"), apart from what they said. */
function StancesPanel(props: { analysis: Analysis; onSentence: (index: number) => void }) {
  const { stances } = props.analysis;
  if (stances.length === 0) return null;
  return (
    <section class="panel stances-panel">
      <h3>Stances</h3>
      <ul>
        {stances.map((stance) => (
          <li key={stance.id} class="stance">
            <span class="stance-holder">{stance.holder.name}</span> <span class="badge">{stance.cue}</span> “{stance.text}”{' '}
            <button type="button" class="link" onClick={() => props.onSentence(stance.sentence)}>
              sentence {stance.sentence + 1}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActorsPanel(props: { actors: Actor[] }) {
  return (
    <section class="panel actors-panel">
      <h3>Actors</h3>
      <ul>
        {props.actors.map((actor) => (
          <li key={actor.id}>
            <span class={`actor kind-${actor.kind}`} title={`${actor.kind}${actor.roles.length ? `, ${actor.roles.join(', ')}` : ''}`}>
              {actor.name}
            </span>{' '}
            <span class="code">{actor.code}</span> <span class="muted">×{actor.mentions.length}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Legend() {
  return (
    <div class="legend">
      {(Object.keys(KIND_LABELS) as Actor['kind'][]).map((kind) => (
        <span key={kind} class={`actor kind-${kind}`}>
          {KIND_LABELS[kind]}
        </span>
      ))}
      <span class="quote legend-quote">quote</span>
      <span class="voice voice-opinion">author's voice</span>
      <span class="chip negated legend-chip">negated</span>
      <span class="chip tentative legend-chip">hypothetical / intended</span>
    </div>
  );
}

export function ArticleView(props: { analysis: Analysis; focusSentence?: number | null }) {
  const { analysis } = props;
  const { article } = analysis;
  const labels = useCameoLabels();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focus, setFocus] = useState<number | null>(props.focusSentence ?? null);
  const selected = analysis.events.find((event) => event.id === selectedId) ?? null;
  const tints = useMemo(() => speakerTints(analysis.quotes.map((quote) => quote.source ?? quote.speaker?.name ?? null)), [analysis]);
  const marks = useMemo(() => marksFor(analysis, tints, selected), [analysis, tints, selected]);
  const eventsBySentence = useMemo(() => {
    const map = new Map<number, CodedEvent[]>();
    for (const event of analysis.events) {
      for (const { sentence } of eventSentences(event)) {
        const list = map.get(sentence) ?? [];
        if (!list.includes(event)) list.push(event);
        map.set(sentence, list);
      }
    }
    return map;
  }, [analysis]);
  const highlighted = new Set(selected ? eventSentences(selected).map((mention) => mention.sentence) : focus !== null ? [focus] : []);

  useEffect(() => setFocus(props.focusSentence ?? null), [props.focusSentence]);
  useEffect(() => {
    if (focus !== null) document.getElementById(`sentence-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus]);

  const focusSentence = (index: number) => {
    setSelectedId(null);
    setFocus(index);
  };
  const inBlockQuote = (start: number) => article.blockQuotes.some((mark) => start >= mark.start && start < mark.end);

  return (
    <article class="article-view">
      <header class="article-header">
        <h2>{article.title ?? 'Untitled article'}</h2>
        <p class="meta">
          {[article.publisher, article.published, article.byline && `by ${article.byline}`, article.language].filter(Boolean).join(' · ')}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer" target="_blank">
                {article.url}
              </a>
            </>
          )}
        </p>
        {article.notes.length > 0 && <p class="notes">{article.notes.join('; ')}</p>}
        <p class="counts">
          {analysis.actors.length} actors · {analysis.quotes.length} quotes · {analysis.sources.length} sources · {analysis.events.length}{' '}
          events
        </p>
        <Legend />
      </header>
      <div class="article-layout">
        <section class="article-text">
          {analysis.paragraphs.map((paragraph) => (
            <div key={paragraph.index} class={`paragraph${inBlockQuote(paragraph.start) ? ' blockquote' : ''}`}>
              {analysis.sentences
                .filter((sentence) => sentence.paragraph === paragraph.index)
                .map((sentence) => (
                  <div
                    key={sentence.index}
                    id={`sentence-${sentence.index}`}
                    class={`sentence-row${highlighted.has(sentence.index) ? ' highlighted' : ''}`}
                  >
                    <p class="sentence">
                      <SentenceText text={article.text} start={sentence.start} end={sentence.end} marks={marks} />
                    </p>
                    <div class="chips">
                      {(eventsBySentence.get(sentence.index) ?? []).map((event) => (
                        <EventChip
                          key={event.id}
                          event={event}
                          label={labels[event.cameo]}
                          selected={event.id === selectedId}
                          onSelect={() => setSelectedId(event.id === selectedId ? null : event.id)}
                        />
                      ))}
                    </div>
                  </div>
                ))}
            </div>
          ))}
        </section>
        <aside class="article-aside">
          <SourcesPanel analysis={analysis} tints={tints} />
          <VoicePanel analysis={analysis} onSentence={focusSentence} />
          <StancesPanel analysis={analysis} onSentence={focusSentence} />
          <ActorsPanel actors={analysis.actors} />
        </aside>
      </div>
    </article>
  );
}
