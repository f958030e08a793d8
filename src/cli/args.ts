// Wraps node:util parseArgs so every malformed command line becomes a UsageError.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../errors.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../ingest/limits.ts';
import type { TaskOptions } from '../store/tasks.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
/** Named so the declaration build can write this function's type (node:util does not export its result type). */
export type ParsedCommandLine<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

export function parseCommandLine<O extends Options>(args: string[], options: O): ParsedCommandLine<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}

export function parseIsoDate(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${option} expects a date as YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

export function parsePositiveInteger(value: string | undefined, option: string): number | undefined {
  const number = parseCount(value, option);
  if (number === 0) throw new UsageError(`${option} expects a positive whole number, got '${value}'`);
  return number;
}

/** A whole number of zero or more ("--show 0" lists nothing). */
export function parseCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`${option} expects a whole number, got '${value}'`);
  return number;
}

export function parseChoice<T extends string>(value: string | undefined, option: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${option} expects one of ${choices.join(', ')}, got '${value}'`);
  return value as T;
}

/** The options that limit reading an article, shared by `ingest` and `worker`. */
export const TASK_OPTIONS = {
  'max-bytes': { type: 'string' },
  'allow-private': { type: 'boolean' },
  timeout: { type: 'string' },
} as const;

export const TASK_OPTIONS_HELP = `  --max-bytes N       refuse articles larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --allow-private     allow fetching URLs on private or loopback addresses
  --timeout SECONDS   URL fetch timeout (default ${DEFAULT_TIMEOUT_MS / 1000})`;

export function taskOptions(values: { 'max-bytes'?: string; 'allow-private'?: boolean; timeout?: string }): TaskOptions {
  const timeout = parsePositiveInteger(values.timeout, '--timeout');
  return {
    maxBytes: parsePositiveInteger(values['max-bytes'], '--max-bytes') ?? DEFAULT_MAX_BYTES,
    timeoutMs: timeout === undefined ? DEFAULT_TIMEOUT_MS : timeout * 1000,
    allowPrivate: values['allow-private'] ?? false,
  };
}
