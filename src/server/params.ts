// Validation of request bodies and query parameters: every malformed value is a 400 naming it.
import { badRequest } from './http-error.ts';

export type ArticleInput =
  | { kind: 'text'; text: string }
  | { kind: 'html'; html: string }
  | { kind: 'url'; url: string };

export interface ArticleRequest {
  input: ArticleInput;
  published?: string;
  title?: string;
  publisher?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Actor codes are upper-case letters and digits ("USAGOV", "PSEREBHMS"). */
const ACTOR_CODE = /^[A-Z0-9]{1,15}$/;
/** A CAMEO code or a prefix of one ("04", "040", "0411"). */
const CAMEO_PREFIX = /^\d{1,4}$/;

export function isoDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const date = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badRequest(`${name} must be a date as YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

export function actorCode(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const code = value.trim().toUpperCase();
  if (!ACTOR_CODE.test(code)) throw badRequest(`${name} must be an actor or country code such as USA or IRNGOV, got '${value}'`);
  return code;
}

export function cameoPrefix(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!CAMEO_PREFIX.test(value)) throw badRequest(`${name} must be a CAMEO code or prefix of 1 to 4 digits, got '${value}'`);
  return value;
}

export function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw badRequest(`${name} must be a whole number from ${min} to ${max}, got '${value}'`);
  }
  return number;
}

export function choice<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (!(choices as readonly string[]).includes(value)) throw badRequest(`${name} must be one of ${choices.join(', ')}, got '${value}'`);
  return value as T;
}

export function flag(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw badRequest(`${name} must be true or false, got '${value}'`);
}

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`"${name}" must be a string`);
  return value;
}

/** Reads the JSON body of POST /api/analyze and POST /api/articles. */
export function parseArticleRequest(raw: string): ArticleRequest {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw badRequest('the request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('the request body must be a JSON object with "text", "html" or "url"');
  }
  const fields = body as Record<string, unknown>;
  const text = optionalString(fields, 'text');
  const html = optionalString(fields, 'html');
  const url = optionalString(fields, 'url');
  const given = [text, html, url].filter((value) => value !== undefined);
  if (given.length !== 1) throw badRequest('give exactly one of "text", "html" or "url"');
  if (given[0]!.trim() === '') throw badRequest('the article is empty');
  const input: ArticleInput =
    text !== undefined ? { kind: 'text', text } : html !== undefined ? { kind: 'html', html } : { kind: 'url', url: url!.trim() };
  return {
    input,
    published: isoDate(optionalString(fields, 'published'), '"published"'),
    title: optionalString(fields, 'title')?.trim() || undefined,
    publisher: optionalString(fields, 'publisher')?.trim() || undefined,
  };
}
