// Turns raw blocks of text (from a plain-text file or from HTML) into the clean article text:
// paragraphs, furniture removed, title split off, block quotes marked.
import rules from '../../data/ingest/blockquote.json' with { type: 'json' };
import type { BlockQuoteMark } from '../types.ts';
import { endsSentence, isFurniture } from './furniture.ts';

/**
 * A run of lines the source keeps together. `quote` marks an HTML <blockquote>;
 * `furniture` marks markup already recognised as furniture (captions, share bars), listed but not kept.
 * Only plain text can be hard-wrapped; an HTML line break is always meant.
 */
export interface Block {
  lines: string[];
  kind: 'text' | 'quote' | 'furniture';
  mayBeWrapped: boolean;
}

export interface CleanText {
  title: string | null;
  text: string;
  furniture: string[];
  blockQuotes: BlockQuoteMark[];
}

interface Para {
  text: string;
  quoted: boolean;
}

/** Lines longer than this are whole paragraphs pasted on one line, never hard-wrapped text. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;
/** A wrapped line fills at least this share of the wrap width; shorter lines end their paragraph. */
const FULL_LINE_SHARE = 0.6;
const MAX_TITLE_LENGTH = 200;

const connectors = new Set(rules.connectors);
const notSources = new Set(rules.notSources);
const firstPersonOpeners = new Set(rules.firstPersonOpeners);

/** Zero-width characters, whitespace other than a space, or two spaces in a row: what normaliseLine changes inside a line. */
const UNNORMALISED = /[\u200b-\u200d\u2060\ufeff]|[^\S ]| {2}/;

/** Collapses whitespace runs to one space and drops zero-width characters. */
function normaliseLine(line: string): string {
  // Most lines only need trimming; testing is cheaper than rebuilding them.
  if (!UNNORMALISED.test(line)) return line.trim();
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits plain text into blocks at blank lines. */
export function textBlocks(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((chunk) => ({ lines: chunk.split('\n'), kind: 'text', mayBeWrapped: true }));
}

/**
 * Within a block, a line break is a paragraph break unless the text is hard-wrapped:
 * a line that fills most of the block's wrap width continues into the next line.
 */
function blockParagraphs(block: Block): Para[] {
  const lines = block.lines.map(normaliseLine).filter((l) => l !== '');
  const width = Math.max(0, ...lines.map((l) => l.length).filter((n) => n <= MAX_WRAP_WIDTH));
  const paras: Para[] = [];
  let current = '';
  lines.forEach((line, i) => {
    current = current ? `${current} ${line}` : line;
    const next = lines[i + 1];
    const wrapped =
      block.mayBeWrapped &&
      width >= MIN_WRAP_WIDTH &&
      line.length <= MAX_WRAP_WIDTH &&
      line.length >= FULL_LINE_SHARE * width &&
      next !== undefined &&
      !isFurniture(line) &&
      !isFurniture(next);
    if (!wrapped) {
      paras.push({ text: current, quoted: block.kind === 'quote' });
      current = '';
    }
  });
  return paras;
}

/** Short, capitalised, several words, and no closing punctuation other than ?, ! or an initialism's period. */
function isTitleLike(text: string): boolean {
  const last = text.replace(/["'”’)\]]+$/u, '').slice(-1);
  const punctuationOk = last === '.' ? !endsSentence(text) : !/[,;:…]/.test(last);
  return text.length <= MAX_TITLE_LENGTH && /^[\p{Lu}\p{N}"'“‘]/u.test(text) && text.includes(' ') && punctuationOk;
}

const comparable = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The named source of a lead-in line such as "New York Times:", or null. */
function leadInSource(text: string): string | null {
  if (!text.endsWith(':')) return null;
  const m = /^(\p{Lu}[^:]*):$/u.exec(text);
  if (!m?.[1]) return null;
  const name = m[1].trim();
  const words = name.split(' ');
  if (words.length > rules.maxLeadInWords || notSources.has(name.toLowerCase())) return null;
  const named = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || connectors.has(w.toLowerCase()));
  return named ? name : null;
}

/** Where the author's own voice resumes: a question, a first-person opener, a new lead-in or a heading. */
function endsQuotedBlock(text: string): boolean {
  const firstSentence = /^.*?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const firstWord = text.split(' ')[0]?.toLowerCase().replace(/[,.]$/, '') ?? '';
  return (
    firstSentence.endsWith('?') ||
    firstPersonOpeners.has(firstWord) ||
    leadInSource(text) !== null ||
    !endsSentence(text)
  );
}

/**
 * A lead-in line naming a source marks the paragraphs after it as quoted from that source:
 * an HTML <blockquote> that follows it, or else the following paragraphs up to a cap,
 * stopping where the author's voice resumes.
 */
function findBlockQuotes(paras: Para[], starts: number[]): BlockQuoteMark[] {
  const marks: BlockQuoteMark[] = [];
  for (let i = 0; i < paras.length - 1; i++) {
    const source = leadInSource(paras[i]!.text);
    if (source === null) continue;
    let last = i;
    if (paras[i + 1]!.quoted) {
      while (paras[last + 1]?.quoted) last++;
    } else {
      while (last - i < rules.maxParagraphs && paras[last + 1] && !endsQuotedBlock(paras[last + 1]!.text)) last++;
    }
    if (last === i) continue;
    marks.push({
      source,
      leadIn: { start: starts[i]!, end: starts[i]! + paras[i]!.text.length },
      start: starts[i + 1]!,
      end: starts[last]! + paras[last]!.text.length,
    });
    i = last;
  }
  return marks;
}

export interface CleanOptions {
  /** Take a title-like first paragraph as the title when `title` is not known. */
  detectTitle: boolean;
  /** A known title; a first paragraph repeating it is dropped. */
  title?: string | null;
  /** Author names; closing paragraphs that open with one are author bios, not article text. */
  authors?: string[];
}

/** How many closing paragraphs may be an author bio. */
const MAX_BIO_PARAGRAPHS = 2;

export function cleanBlocks(blocks: Block[], options: CleanOptions): CleanText {
  const furniture: string[] = [];
  let paras: Para[] = [];
  for (const block of blocks) {
    if (block.kind === 'furniture') {
      furniture.push(...block.lines.map(normaliseLine).filter((l) => l !== ''));
      continue;
    }
    for (const para of blockParagraphs(block)) {
      if (isFurniture(para.text)) furniture.push(para.text);
      else paras.push(para);
    }
  }
  let title = options.title ?? null;
  const first = paras[0];
  if (first && paras.length > 1) {
    if (options.detectTitle && title === null && isTitleLike(first.text)) title = first.text;
    if (title !== null && comparable(first.text) === comparable(title)) paras = paras.slice(1);
  }
  const authors = options.authors ?? [];
  for (let n = 0; n < MAX_BIO_PARAGRAPHS && paras.length > 1; n++) {
    const last = paras[paras.length - 1]!.text;
    if (!authors.some((name) => last.startsWith(`${name} `))) break;
    furniture.push(last);
    paras.pop();
  }
  const starts: number[] = [];
  let offset = 0;
  for (const para of paras) {
    starts.push(offset);
    offset += para.text.length + 2;
  }
  return {
    title,
    text: paras.map((p) => p.text).join('\n\n'),
    furniture,
    blockQuotes: findBlockQuotes(paras, starts),
  };
}
