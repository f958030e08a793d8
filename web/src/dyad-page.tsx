// The dyad dashboard: two actors, their cooperation, conflict and tension over time, and the
// events beneath with the sentences that report them, each linked to its article.
import { useEffect, useState } from 'preact/hooks';
import { type ActorCount, api, cameoLabels, type MergedEvent, type SeriesResponse } from './api.ts';
import { DyadChart } from './chart.tsx';
import { goldsteinColor } from './colors.ts';
import { href, navigate } from './router.ts';

const PERIODS = ['day', 'week', 'month'] as const;

function EventRow(props: { event: MergedEvent; label: string | undefined }) {
  const { event } = props;
  const colors = goldsteinColor(event.goldstein);
  const first = event.mentions[0];
  const tentative = event.stance !== 'asserted' && event.stance !== 'reported' && event.stance !== 'negated';
  return (
    <tr class={`event-row stance-${event.stance}`}>
      <td class="nowrap">{event.day ?? '—'}</td>
      <td class="nowrap">
        <span class="code" title={event.source.name}>
          {event.source.code}
        </span>{' '}
        →{' '}
        <span class="code" title={event.target?.name ?? ''}>
          {event.target?.code ?? '—'}
        </span>
      </td>
      <td>
        <span
          class={`chip static${event.stance === 'negated' ? ' negated' : ''}${tentative ? ' tentative' : ''}`}
          style={{ backgroundColor: colors.background, borderColor: colors.border }}
          title={`Goldstein ${event.goldstein}, quad class ${event.quadClass}${event.plover ? `, PLOVER ${event.plover}` : ''}`}
        >
          <span class="chip-code">{event.cameo}</span> <span class="chip-label">{props.label ?? event.root}</span>
        </span>
      </td>
      <td class="num">{event.goldstein}</td>
      <td>{event.stance}</td>
      <td class="num" title={`${event.numMentions} mentions in ${event.numArticles} articles from ${event.numSources} sources`}>
        {event.numArticles}
      </td>
      <td class="sentence-cell">
        {first ? (
          <>
            <span class="sentence-text">{first.sentenceText}</span>{' '}
            <a href={href(`/article/${first.articleId}`, { s: first.sentence })} class="article-link">
              {first.title ?? `article ${first.articleId}`}
              {first.publisher ? ` — ${first.publisher}` : ''}
            </a>
            {event.mentions.length > 1 && <span class="muted"> +{event.mentions.length - 1} more</span>}
          </>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

export function DyadPage(props: { params: URLSearchParams }) {
  const a = (props.params.get('a') ?? '').toUpperCase();
  const b = (props.params.get('b') ?? '').toUpperCase();
  const by = props.params.get('by') ?? 'week';
  const all = props.params.get('modalities') === 'all';
  const [form, setForm] = useState({ a, b, by, all });
  const [actors, setActors] = useState<ActorCount[]>([]);
  const [series, setSeries] = useState<SeriesResponse | null>(null);
  const [events, setEvents] = useState<MergedEvent[] | null>(null);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.actors().then(
      (body) => setActors(body.items),
      () => setActors([]),
    );
    void cameoLabels().then(setLabels);
  }, []);

  useEffect(() => {
    if (!a || !b) return;
    let live = true;
    setError(null);
    Promise.all([api.series(a, b, by, all), api.events({ dyad: `${a},${b}`, negated: true, limit: 500 })]).then(
      ([loadedSeries, loadedEvents]) => {
        if (!live) return;
        setSeries(loadedSeries);
        setEvents(loadedEvents.items);
      },
      (caught: Error) => live && setError(caught.message),
    );
    return () => {
      live = false;
    };
  }, [a, b, by, all]);

  const totals = series?.periods.reduce(
    (sum, p) => ({ coop: sum.coop + p.quad[0] + p.quad[1], conflict: sum.conflict + p.quad[2] + p.quad[3] }),
    { coop: 0, conflict: 0 },
  );

  return (
    <div class="page dyad-page">
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          navigate('/dyad', { a: form.a.trim(), b: form.b.trim(), by: form.by, modalities: form.all ? 'all' : undefined });
        }}
      >
        <label>
          Actor A{' '}
          <input name="a" list="actor-codes" value={form.a} placeholder="USA" onInput={(e) => setForm({ ...form, a: e.currentTarget.value })} />
        </label>
        <label>
          Actor B{' '}
          <input name="b" list="actor-codes" value={form.b} placeholder="IRN" onInput={(e) => setForm({ ...form, b: e.currentTarget.value })} />
        </label>
        <label>
          By{' '}
          <select name="by" value={form.by} onChange={(e) => setForm({ ...form, by: e.currentTarget.value })}>
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {period}
              </option>
            ))}
          </select>
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={form.all} onChange={(e) => setForm({ ...form, all: e.currentTarget.checked })} /> all modalities
        </label>
        <button type="submit" class="primary">
          Show
        </button>
        <datalist id="actor-codes">
          {actors.map((actor) => (
            <option key={actor.code} value={actor.code}>
              {actor.name} ({actor.articles})
            </option>
          ))}
        </datalist>
      </form>
      <p class="muted">A code covers every code it starts: USA includes USAGOV and USAMIL. Both directions are counted.</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!a || !b ? (
        <p class="hint">Pick two actors, e.g. USA and IRN, RUS and UKR, or ISR and PSE.</p>
      ) : (
        series && (
          <>
            <h2>
              {a} ↔ {b} <span class="muted">by {series.by}</span>
            </h2>
            {series.periods.length === 0 ? (
              <p class="muted">No dated {all ? '' : 'asserted '}events between these actors.</p>
            ) : (
              <>
                <p class="summary">
                  {totals?.coop} cooperative and {totals?.conflict} conflictual events over {series.periods.length} {series.by}s
                  {all ? '' : ' (asserted events only)'}.
                </p>
                <DyadChart periods={series.periods} />
              </>
            )}
          </>
        )
      )}
      {events && a && b && (
        <>
          <h3>Events ({events.length})</h3>
          <table class="event-table">
            <thead>
              <tr>
                <th>Date</th>
                <th>Dyad</th>
                <th>Event</th>
                <th>Goldstein</th>
                <th>Stance</th>
                <th>Articles</th>
                <th>Sentence</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <EventRow key={event.id} event={event} label={labels[event.cameo]} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
