// The web app's view of the HTTP API (src/server/README.md): typed calls and one error type.
import type { DyadPeriod } from '../../src/aggregate/dyad.ts';
import type { ActorCount, ArticlePage, StoredArticle } from '../../src/server/catalog.ts';
import type { DyadQuery, MergedEvent } from '../../src/store/types.ts';
import type { Analysis } from '../../src/types.ts';

export type { ActorCount, Analysis, ArticlePage, DyadPeriod, MergedEvent, StoredArticle };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'detente-token';

/** The write token, kept for this tab only; asked for when the server answers 401. */
export const token = {
  get: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: (value: string) => (value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY)),
};

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body) headers.set('content-type', 'application/json');
  if (token.get()) headers.set('authorization', `Bearer ${token.get()}`);
  const response = await fetch(path, { ...init, headers });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, (body as { error?: string } | null)?.error ?? `HTTP ${response.status}`);
  return body as T;
}

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type ArticleInput = { text: string } | { html: string } | { url: string };

export interface ArticleMetaInput {
  published?: string;
}

export interface SavedArticle {
  id: number;
  created: boolean;
  title: string | null;
}

export interface ArticleFilters {
  q?: string;
  publisher?: string;
  actor?: string;
  since?: string;
  until?: string;
  page?: number;
  pageSize?: number;
}

export interface SeriesResponse extends DyadQuery {
  periods: DyadPeriod[];
}

export interface EventFilters {
  actor?: string;
  dyad?: string;
  code?: string;
  since?: string;
  until?: string;
  negated?: boolean;
  limit?: number;
}

export const api = {
  analyze: (input: ArticleInput & ArticleMetaInput) => request<Analysis>('/api/analyze', { method: 'POST', body: JSON.stringify(input) }),
  save: (input: ArticleInput & ArticleMetaInput) => request<SavedArticle>('/api/articles', { method: 'POST', body: JSON.stringify(input) }),
  articles: (filters: ArticleFilters) => request<ArticlePage>(`/api/articles${query({ ...filters })}`),
  article: (id: number) => request<StoredArticle>(`/api/articles/${id}`),
  events: (filters: EventFilters) => request<{ items: MergedEvent[] }>(`/api/events${query({ ...filters })}`),
  series: (a: string, b: string, by: string, allModalities: boolean) =>
    request<SeriesResponse>(
      `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series${query({ by, modalities: allModalities ? 'all' : undefined })}`,
    ),
  actors: () => request<{ items: ActorCount[] }>('/api/actors'),
  cameo: () => request<{ labels: Record<string, string> }>('/api/cameo'),
};

let labels: Promise<Record<string, string>> | undefined;

/** CAMEO labels by code, fetched once. */
export function cameoLabels(): Promise<Record<string, string>> {
  labels ??= api.cameo().then(
    (body) => body.labels,
    () => ({}),
  );
  return labels;
}
