// Article metadata from HTML: JSON-LD first, then OpenGraph and <meta> tags, then <time>.
// Past those, the page's <h1> when <title> is that heading plus a site name; else Readability's title.
import rules from '../../data/ingest/html.json' with { type: 'json' };

export interface HtmlMetadata {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const articleTypes = rules.jsonLdArticleTypes;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** Every object in a JSON-LD value, descending into arrays and @graph. */
function jsonLdNodes(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  return [value, ...(graph ? jsonLdNodes(graph) : [])];
}

/** Rank of a node's @type in the preference list (lower is better), or -1 when it is no article. */
function articleRank(node: JsonObject): number {
  const types = [node['@type']].flat().filter((t): t is string => typeof t === 'string');
  const ranks = types.map((t) => articleTypes.indexOf(t)).filter((r) => r >= 0);
  return ranks.length ? Math.min(...ranks) : -1;
}

/** Names from a JSON-LD person/organisation value: "A", {name: "A"} or a list of them. */
function names(value: Json | undefined): string | null {
  if (value === undefined || value === null) return null;
  const list = [value].flat();
  const found = list.map((v) => (typeof v === 'string' ? clean(v) : isObject(v) && typeof v.name === 'string' ? clean(v.name) : null));
  const unique = [...new Set(found.filter((n): n is string => n !== null && !/^https?:/.test(n)))];
  return unique.length ? unique.join(', ') : null;
}

function str(value: Json | undefined): string | null {
  return typeof value === 'string' ? clean(value) : null;
}

function readJsonLd(document: Document): Partial<HtmlMetadata> {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      nodes.push(...jsonLdNodes(JSON.parse(script.textContent ?? '')));
    } catch {
      // Malformed JSON-LD is common; the other metadata sources still apply.
    }
  }
  const article = nodes
    .filter((n) => articleRank(n) >= 0)
    .sort((a, b) => articleRank(a) - articleRank(b))[0];
  if (!article) return {};
  const page = article.mainEntityOfPage;
  return {
    title: str(article.headline) ?? str(article.name),
    byline: names(article.author) ?? names(article.creator),
    publisher: names(article.publisher),
    published: str(article.datePublished) ?? str(article.dateCreated),
    url: str(article.url) ?? (isObject(page) ? str(page['@id']) : str(page)),
  };
}

function readMetaTags(document: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = clean(el.getAttribute('content'));
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

/** The <h1> text when <title> reads "<h1> | Site" (any separator), which drops the site name safely. */
function headingTitle(document: Document): string | null {
  const heading = clean(document.querySelector('h1')?.textContent);
  const title = clean(document.querySelector('title')?.textContent);
  if (!heading || !title?.startsWith(heading)) return null;
  return /^\s*(?:$|[-|–—:·•»/\\]\s)/u.test(title.slice(heading.length)) ? heading : null;
}

const firstOf = (meta: Map<string, string>, keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined) ?? null;

/** Reads metadata from a parsed HTML document; call before Readability mutates it. */
export function readMetadata(document: Document): HtmlMetadata {
  const ld = readJsonLd(document);
  const meta = readMetaTags(document);
  const author = firstOf(meta, rules.metaAuthor);
  const time = document.querySelector('time[pubdate][datetime], [itemprop="datePublished"][datetime], time[datetime]');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    title: ld.title ?? firstOf(meta, rules.metaTitle) ?? headingTitle(document),
    byline: ld.byline ?? (author && !/^https?:/.test(author) ? author : null),
    publisher: ld.publisher ?? firstOf(meta, rules.metaPublisher),
    published: ld.published ?? firstOf(meta, rules.metaPublished) ?? clean(time?.getAttribute('datetime')),
    url: clean(canonical) ?? firstOf(meta, rules.metaUrl) ?? ld.url ?? null,
  };
}

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Normalises a metadata date to YYYY-MM-DD. ISO-like dates keep their written calendar day
 * (the publisher's local date), so no time-zone conversion applies; other forms
 * ("Nov 15, 2024", RFC 2822) go through the platform's date parser.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(v) ?? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(v);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{10}$/.test(v)) return new Date(Number(v) * 1000).toISOString().slice(0, 10);
  const time = Date.parse(v.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1'));
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
