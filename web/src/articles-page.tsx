// The stored articles: search, filters and pages; each opens in the article view.
import { useEffect, useState } from 'preact/hooks';
import { type ArticlePage, api } from './api.ts';
import { href, navigate } from './router.ts';

const FILTERS = ['q', 'publisher', 'actor', 'since', 'until'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

export function ArticlesPage(props: { params: URLSearchParams }) {
  const initial = Object.fromEntries(FILTERS.map((name) => [name, props.params.get(name) ?? ''])) as Filters;
  const page = Number(props.params.get('page') ?? 1) || 1;
  const [form, setForm] = useState<Filters>(initial);
  const [result, setResult] = useState<ArticlePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = props.params.toString();

  useEffect(() => {
    let live = true;
    const filters = Object.fromEntries(FILTERS.map((name) => [name, props.params.get(name) ?? undefined]));
    api.articles({ ...filters, page, pageSize: 20 }).then(
      (loaded) => {
        if (!live) return;
        setResult(loaded);
        setError(null);
      },
      (caught: Error) => live && setError(caught.message),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const go = (nextPage: number) => navigate('/articles', { ...form, page: nextPage > 1 ? nextPage : undefined });
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const field = (name: keyof Filters, label: string, placeholder = '') => {
    const common = { name, value: form[name], onInput: (event: { currentTarget: HTMLInputElement }) => setForm({ ...form, [name]: event.currentTarget.value }) };
    if (name === 'since' || name === 'until') {
      return (
        <label>
          {label} <input type="date" {...common} />
        </label>
      );
    }
    return (
      <label>
        {label} <input type="search" placeholder={placeholder} {...common} />
      </label>
    );
  };

  return (
    <div class="page articles-page">
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          go(1);
        }}
      >
        {field('q', 'Search', 'words in title or text')}
        {field('publisher', 'Publisher')}
        {field('actor', 'Actor code', 'USA, IRNGOV…')}
        {field('since', 'From')}
        {field('until', 'To')}
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <>
          <p class="muted">
            {result.total} article{result.total === 1 ? '' : 's'}
          </p>
          <table class="article-table">
            <thead>
              <tr>
                <th>Published</th>
                <th>Title</th>
                <th>Publisher</th>
                <th>Events</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((item) => (
                <tr key={item.id}>
                  <td class="nowrap">{item.published ?? '—'}</td>
                  <td>
                    <a href={href(`/article/${item.id}`)}>{item.title ?? 'Untitled'}</a>
                    <div class="snippet">{item.snippet}</div>
                  </td>
                  <td>{item.publisher ?? '—'}</td>
                  <td class="num">{item.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="pager">
            <button type="button" disabled={page <= 1} onClick={() => go(page - 1)}>
              ← Newer
            </button>
            <span>
              page {page} of {pages}
            </span>
            <button type="button" disabled={page >= pages} onClick={() => go(page + 1)}>
              Older →
            </button>
          </div>
        </>
      )}
    </div>
  );
}
