// Article body from HTML: Readability picks the content, then a walk over it turns markup into
// blocks of text, setting aside furniture that Readability keeps (captions, share bars, link lists).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import rules from '../../data/ingest/html.json' with { type: 'json' };
import type { Block } from './text.ts';

const skipTags = new Set(rules.skipTags);
const furnitureTags = new Set(rules.furnitureTags);
const furnitureRoles = new Set(rules.furnitureRoles);
const blockTags = new Set(rules.blockTags);
const cellTags = new Set(rules.cellTags);
const linkListTags = new Set(rules.linkList.tags);
const furnitureClassRe = new RegExp(rules.furnitureClass, 'i');
const keepClassRe = new RegExp(rules.keepClass, 'i');
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Markup that holds most of the article is content, whatever its class says. */
const MAX_FURNITURE_SHARE = 0.5;

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  blocks: Block[];
}

const textLength = (node: Node) => (node.textContent ?? '').replace(/\s+/g, '').length;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Lists and boxes made mostly of links (related stories, tag clouds, menus). */
function isLinkList(el: Element): boolean {
  if (!linkListTags.has(el.localName)) return false;
  const links = [...el.querySelectorAll('a')];
  if (links.length < 2) return false;
  const total = textLength(el);
  const linked = links.reduce((sum, a) => sum + textLength(a), 0);
  const words = links.reduce((sum, a) => sum + wordCount(a.textContent ?? ''), 0);
  return (
    total > 0 &&
    linked / total >= rules.linkList.minLinkShare &&
    words / links.length <= rules.linkList.maxWordsPerLink &&
    !hasProse(el)
  );
}

/** Whether a run of text outside links is long enough to be a sentence (so the element is content). */
function hasProse(node: Node): boolean {
  if (node.nodeType === 3) return wordCount(node.textContent ?? '') >= rules.linkList.minProseWords;
  if (node.nodeType !== 1 || (node as Element).localName === 'a') return false;
  return [...node.childNodes].some(hasProse);
}

function isFurnitureElement(el: Element, rootLength: number): boolean {
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (keepClassRe.test(marks)) return false;
  const flagged =
    furnitureTags.has(el.localName) ||
    furnitureRoles.has(el.getAttribute('role') ?? '') ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '') ||
    furnitureClassRe.test(marks) ||
    isLinkList(el);
  return flagged && textLength(el) < MAX_FURNITURE_SHARE * rootLength;
}

/** Walks markup into blocks: block elements start a new block, <br> a new line. */
class BlockWriter {
  readonly blocks: Block[] = [];
  private lines: string[] = [];
  private line = '';

  constructor(private readonly rootLength: number) {}

  walk(node: Node, kind: Block['kind'], pre = false): void {
    if (node.nodeType === 3) {
      this.line += pre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (skipTags.has(tag)) return;
    if (tag === 'br') {
      this.newline();
      return;
    }
    if (kind !== 'furniture' && isFurnitureElement(el, this.rootLength)) {
      this.flush(kind);
      this.walkChildren(el, 'furniture', pre);
      this.flush('furniture');
      return;
    }
    const childKind = kind === 'text' && tag === 'blockquote' ? 'quote' : kind;
    const isBlock = blockTags.has(tag) || childKind !== kind;
    if (isBlock) this.flush(kind);
    if (cellTags.has(tag)) this.line += ' ';
    this.walkChildren(el, childKind, pre || tag === 'pre');
    if (isBlock) this.flush(childKind);
  }

  private walkChildren(el: Element, kind: Block['kind'], pre: boolean): void {
    for (const child of el.childNodes) this.walk(child, kind, pre);
  }

  private newline(): void {
    this.lines.push(...this.line.split('\n'));
    this.line = '';
  }

  flush(kind: Block['kind']): void {
    this.newline();
    if (this.lines.some((l) => l.trim() !== '')) this.blocks.push({ lines: this.lines, kind, mayBeWrapped: false });
    this.lines = [];
  }
}

/** Text blocks of an element, with furniture inside it marked as such. */
function elementBlocks(root: Element): Block[] {
  const writer = new BlockWriter(textLength(root));
  writer.walk(root, 'text');
  writer.flush('text');
  return writer.blocks;
}

/** Fragments and pages without a <body> tag get one: linkedom builds no implied elements. */
export function parseDocument(html: string): Document {
  const source = /<body[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)\b[^>]*>/gi, '')}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/** Readability's article as blocks, or null when it finds none. Readability mutates `document`: read metadata first. */
export function extractArticle(document: Document): ExtractedArticle | null {
  const article = new Readability<Node>(document, { keepClasses: true, serializer: (node) => node }).parse();
  const content = article?.content;
  if (!article || !content) return null;
  return {
    title: article.title || null,
    byline: article.byline || null,
    siteName: article.siteName || null,
    publishedTime: article.publishedTime || null,
    blocks: elementBlocks(content as Element),
  };
}
