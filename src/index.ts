// The typed library API: `import { analyze } from 'detente'`.
export { analyze, analyzeArticle } from './pipeline.ts';
export { ingest, ingestHtml, ingestText } from './ingest/index.ts';
export type { IngestOptions, IngestSource } from './ingest/index.ts';
export { InputError, UsageError } from './errors.ts';
export * from './types.ts';
