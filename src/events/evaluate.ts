// Scores the event coder against gold data in three formats, detected from the content:
// our own gold JSON (data/events/README.md, "Gold format"), PLOVER gold records (a JSON array
// of records with text/source/target/event) and PETRARCH validation XML (<Sentence><Text>
// <EventCoding …/>). Prints precision/recall/F1 at root, code and dyad level, PLOVER type and
// country accuracy, must-not checks, misses and false alarms with their sentences.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { ingestText } from '../ingest/index.ts';
import { InputError } from '../errors.ts';
import { analyzeArticle } from '../pipeline.ts';
import type { Actor, ArticleMeta, CodedEvent, Sentence } from '../types.ts';

export type GoldFormat = 'detente' | 'plover' | 'petrarch';

/** One expected event. Lists are alternatives: any one is right. */
export interface GoldEvent {
  id: string;
  /** The sentence it is in, by its first words; null when the document is one sentence. */
  sentence: string | null;
  source: string[] | null;
  /** null: the event has no target (intransitive). */
  target: string[] | null;
  codes: string[];
  roots: string[];
  eitherDirection: boolean;
  ploverType: string | null;
  attributedTo: string | null;
  date: string | null;
}

export interface MustNot {
  why: string;
  cameo: string | null;
  roots: string[];
  sentenceContains: string | null;
  source: string | null;
  target: string | null;
  allowNegated: boolean;
  allowHypothetical: boolean;
  textContains: string[];
}

export interface GoldDoc {
  id: string;
  text: string;
  published: string | null;
  events: GoldEvent[];
  mustNot: MustNot[];
}

export interface GoldSet {
  format: GoldFormat;
  docs: GoldDoc[];
}

const asList = (value: unknown): string[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);

/** Reads gold data, detecting its format; paths inside our own format are relative to `baseDir`. */
export function parseGold(content: string, baseDir: string): GoldSet {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('<')) return { format: 'petrarch', docs: parsePetrarch(trimmed) };
  const json = JSON.parse(content) as unknown;
  if (Array.isArray(json)) return { format: 'plover', docs: parsePlover(json) };
  return { format: 'detente', docs: parseOwn(json as Record<string, unknown>, baseDir) };
}

function parseOwn(json: Record<string, unknown>, baseDir: string): GoldDoc[] {
  const articles = Array.isArray(json.articles) ? (json.articles as Record<string, unknown>[]) : [json];
  return articles.map((a, n) => {
    const text = typeof a.text === 'string' ? a.text : readFileSync(resolve(baseDir, String(a.text_path ?? a.article)), 'utf8');
    const events = ((a.events as Record<string, unknown>[] | undefined) ?? []).map((e, i) => ({
      id: String(e.id ?? `g${i + 1}`),
      sentence: typeof e.sentence_starts === 'string' ? e.sentence_starts : null,
      source: e.source === null ? null : asList(e.source),
      target: e.target === null ? null : asList(e.target),
      codes: asList(e.codes ?? e.cameo),
      roots: asList(e.cameo_root),
      eitherDirection: e.either_direction === true,
      ploverType: typeof e.plover === 'string' ? e.plover : null,
      attributedTo: typeof e.attributed_to === 'string' ? e.attributed_to : null,
      date: typeof e.date === 'string' ? e.date : null,
    }));
    const mustNot = ((a.must_not as Record<string, unknown>[] | undefined) ?? []).map((m) => {
      const unless = String(m.unless ?? '');
      return {
        why: String(m.why ?? ''),
        cameo: typeof m.cameo === 'string' ? m.cameo : null,
        roots: asList(m.cameo_root),
        sentenceContains: typeof m.sentence_contains === 'string' ? m.sentence_contains : null,
        source: typeof m.source === 'string' ? m.source : null,
        target: typeof m.target === 'string' ? m.target : null,
        allowNegated: unless.includes('negated'),
        allowHypothetical: unless.includes('hypothetical'),
        textContains: asList(m.text_contains),
      };
    });
    return { id: String(a.id ?? `article${n + 1}`), text, published: typeof a.published === 'string' ? a.published : null, events, mustNot };
  });
}

function parsePlover(records: unknown[]): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const codes = (list: unknown) => (Array.isArray(list) ? list.map((x) => String((x as { code?: string }).code ?? '')).filter(Boolean) : []);
  for (const raw of records) {
    const r = raw as Record<string, unknown>;
    if (typeof r.text !== 'string' || typeof r.event !== 'string') continue;
    const target = codes(r.target);
    docs.push({
      id: String(r.id),
      text: r.text,
      published: null,
      events: [
        {
          id: String(r.id),
          sentence: null,
          source: codes(r.source),
          target: target.length ? target : null,
          codes: [],
          roots: [],
          eitherDirection: false,
          ploverType: r.event,
          attributedTo: null,
          date: null,
        },
      ],
      mustNot: [],
    });
  }
  return docs;
}

function parsePetrarch(xml: string): GoldDoc[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return [...doc.querySelectorAll('Sentence')].map((s, n) => {
    const date = s.getAttribute('date');
    const events = [...s.querySelectorAll('EventCoding')].map((e, i) => {
      const code = e.getAttribute('eventcode') ?? '';
      return {
        id: `${s.getAttribute('id') ?? n + 1}#${i + 1}`,
        sentence: null,
        source: asList(e.getAttribute('sourcecode')),
        target: e.getAttribute('targetcode') ? asList(e.getAttribute('targetcode')) : null,
        codes: [code],
        roots: [code.slice(0, 2)],
        eitherDirection: false,
        ploverType: null,
        attributedTo: null,
        date: null,
      };
    });
    return {
      id: s.getAttribute('id') ?? String(n + 1),
      text: s.querySelector('Text')?.textContent?.trim() ?? '',
      published: date && /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : null,
      events,
      mustNot: [],
    };
  });
}

// ---- running the coder

export interface CodedDoc {
  text: string;
  sentences: Sentence[];
  actors: Actor[];
  events: CodedEvent[];
}

/** Ingest cleans whole articles; a one-sentence gold record is too short for it and is taken as it is. */
function ingestOrWrap(doc: GoldDoc): ArticleMeta {
  try {
    return ingestText(doc.text, { published: doc.published });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const text = doc.text.trim();
    return { title: null, byline: null, publisher: null, published: doc.published, url: null, language: 'eng', text, furniture: [], blockQuotes: [], dateline: null, notes: [] };
  }
}

/** Runs ingest (plain text) and the analysis pipeline on one gold document. */
export function codeDoc(doc: GoldDoc): CodedDoc {
  const article = ingestOrWrap(doc);
  const { sentences, actors, events } = analyzeArticle(article);
  return { text: article.text, sentences, actors, events };
}

// ---- scoring

interface PloverVocabulary {
  types: Record<string, string | null>;
  countryAliases: Record<string, string>;
}

let vocabulary: PloverVocabulary | undefined;

function ploverVocabulary(): PloverVocabulary {
  vocabulary ??= JSON.parse(readFileSync(fileURLToPath(new URL('../../data/events/plover-gsr.json', import.meta.url)), 'utf8')) as PloverVocabulary;
  return vocabulary;
}

/** The 2016 PLOVER type of a CAMEO code (longest prefix in plover-gsr.json). */
export function gsrType(cameo: string): string | null {
  const { types } = ploverVocabulary();
  for (let n = cameo.length; n >= 2; n--) {
    const prefix = cameo.slice(0, n);
    if (prefix in types) return types[prefix] ?? null;
  }
  return null;
}

function country(code: string): string {
  const prefix = code.slice(0, 3).toUpperCase();
  return ploverVocabulary().countryAliases[prefix] ?? prefix;
}

/** Does an event argument stand for one of the gold actor codes? Compares countries (or IGO/NGO prefixes), then agents. */
function actorFits(arg: { actor: string | null; code: string } | null, gold: string[] | null, actors: Map<string, Actor>): boolean {
  if (gold === null) return arg === null;
  if (arg === null) return false;
  const actor = arg.actor ? actors.get(arg.actor) : undefined;
  const mine = country(actor?.country ?? arg.code);
  return gold.some((g) => country(g) === mine && (g.length <= 3 || arg.code.includes(g.slice(3))));
}

function codeFits(e: CodedEvent, g: GoldEvent): boolean {
  if (g.codes.length) return g.codes.some((c) => e.cameo === c || (c.length === 3 && e.cameo.length === 4 && e.cameo.startsWith(c)));
  return g.roots.includes(e.root);
}

function rootFits(e: CodedEvent, g: GoldEvent): boolean {
  const roots = g.roots.length ? g.roots : g.codes.map((c) => c.slice(0, 2));
  return roots.includes(e.root);
}

function dyadFits(e: CodedEvent, g: GoldEvent, actors: Map<string, Actor>): boolean {
  const forward = actorFits(e.source, g.source, actors) && actorFits(e.target, g.target, actors);
  const backward = g.eitherDirection && actorFits(e.target, g.source, actors) && actorFits(e.source, g.target, actors);
  return forward || backward;
}

export interface Counts {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface Problem {
  doc: string;
  sentence: string;
  what: string;
}

export interface EvaluationReport {
  format: GoldFormat;
  docs: number;
  levels: Record<'root' | 'code' | 'dyad', Counts>;
  plover: { records: number; coded: number; type: number; source: number; target: number; targetRecords: number } | null;
  attributes: { checked: number; right: number };
  mustNot: { checked: number; violated: number };
  misses: Problem[];
  falseAlarms: Problem[];
  violations: Problem[];
}

const emptyCounts = (): Counts => ({ gold: 0, found: 0, predicted: 0, correct: 0 });

/** The sentence (index) of an event mention whose text starts like the gold's, or any when the gold names none. */
function inSentence(e: CodedEvent, g: GoldEvent, sentences: Sentence[]): boolean {
  if (g.sentence === null) return true;
  const starts = g.sentence.trim();
  return e.mentions.some((m) => sentences[m.sentence]?.text.trimStart().startsWith(starts));
}

/** The coder's one best event for a single-sentence record: the most confident asserted (non-negated) one. */
function bestEvent(events: CodedEvent[]): CodedEvent | null {
  const positive = events.filter((e) => !e.negated);
  return positive.reduce<CodedEvent | null>((best, e) => (best && best.confidence >= e.confidence ? best : e), null);
}

export function evaluate(set: GoldSet, code: (doc: GoldDoc) => CodedDoc = codeDoc): EvaluationReport {
  const report: EvaluationReport = {
    format: set.format,
    docs: set.docs.length,
    levels: { root: emptyCounts(), code: emptyCounts(), dyad: emptyCounts() },
    plover: set.format === 'plover' ? { records: 0, coded: 0, type: 0, source: 0, target: 0, targetRecords: 0 } : null,
    attributes: { checked: 0, right: 0 },
    mustNot: { checked: 0, violated: 0 },
    misses: [],
    falseAlarms: [],
    violations: [],
  };
  for (const doc of set.docs) {
    const coded = code(doc);
    const actors = new Map(coded.actors.map((a) => [a.id, a]));
    const sentenceOf = (e: CodedEvent) => coded.sentences[e.sentence]?.text ?? '';
    const positive = coded.events.filter((e) => !e.negated);
    if (report.plover) {
      scorePlover(report, doc, coded, actors);
      continue;
    }
    const levels = { root: rootFits, code: codeFits, dyad: (e: CodedEvent, g: GoldEvent) => codeFits(e, g) && dyadFits(e, g, actors) };
    for (const g of doc.events) {
      const here = positive.filter((e) => inSentence(e, g, coded.sentences));
      for (const [level, fits] of Object.entries(levels) as [keyof typeof levels, (e: CodedEvent, g: GoldEvent) => boolean][]) {
        report.levels[level].gold++;
        if (here.some((e) => fits(e, g))) report.levels[level].found++;
      }
      const hit = here.find((e) => levels.dyad(e, g));
      if (!hit) {
        const near = here.map((e) => `${e.source.code}→${e.target?.code ?? '-'} ${e.cameo}`).join(', ') || 'nothing';
        report.misses.push({ doc: doc.id, sentence: g.sentence ?? doc.text, what: `${g.id}: ${g.source?.join('/') ?? '?'}→${g.target?.join('/') ?? '-'} ${g.codes.join('/') || g.roots.join('/')} (coded: ${near})` });
        continue;
      }
      for (const [want, have] of [
        [g.attributedTo, hit.attributedTo],
        [g.date, hit.date?.value ?? null],
      ] as const) {
        if (want === null) continue;
        report.attributes.checked++;
        if (have?.toLowerCase().includes(want.toLowerCase())) report.attributes.right++;
        else report.misses.push({ doc: doc.id, sentence: sentenceOf(hit), what: `${g.id}: expected "${want}", got "${have ?? 'null'}"` });
      }
    }
    // Precision: events in sentences the gold speaks about (the whole document when its events name no sentence).
    const judged = positive.filter((e) => doc.events.some((g) => inSentence(e, g, coded.sentences)));
    for (const e of judged) {
      for (const [level, fits] of Object.entries(levels) as [keyof typeof levels, (e: CodedEvent, g: GoldEvent) => boolean][]) {
        report.levels[level].predicted++;
        if (doc.events.some((g) => inSentence(e, g, coded.sentences) && fits(e, g))) report.levels[level].correct++;
      }
      if (!doc.events.some((g) => inSentence(e, g, coded.sentences) && levels.dyad(e, g))) {
        report.falseAlarms.push({ doc: doc.id, sentence: sentenceOf(e), what: `${e.source.code}→${e.target?.code ?? '-'} ${e.cameo} "${e.trigger.text}"` });
      }
    }
    checkMustNot(report, doc, coded);
  }
  return report;
}

function scorePlover(report: EvaluationReport, doc: GoldDoc, coded: CodedDoc, actors: Map<string, Actor>): void {
  const p = report.plover!;
  const g = doc.events[0]!;
  const best = bestEvent(coded.events);
  p.records++;
  if (g.target) p.targetRecords++;
  if (!best) {
    report.misses.push({ doc: doc.id, sentence: doc.text, what: `${g.ploverType}: no event` });
    return;
  }
  p.coded++;
  const type = gsrType(best.cameo);
  const sourceRight = actorFits(best.source, g.source, actors);
  const targetRight = g.target !== null && actorFits(best.target, g.target, actors);
  if (type === g.ploverType) p.type++;
  if (sourceRight) p.source++;
  if (targetRight) p.target++;
  if (type !== g.ploverType || !sourceRight || (g.target && !targetRight)) {
    report.falseAlarms.push({
      doc: doc.id,
      sentence: doc.text,
      what: `gold ${g.ploverType} ${g.source?.join('/')}→${g.target?.join('/') ?? '-'}; coded ${type} (${best.cameo} "${best.trigger.text}") ${best.source.code}→${best.target?.code ?? '-'}`,
    });
  }
}

function checkMustNot(report: EvaluationReport, doc: GoldDoc, coded: CodedDoc): void {
  for (const rule of doc.mustNot) {
    report.mustNot.checked++;
    const bad = coded.events.filter((e) => {
      if (rule.cameo && e.cameo !== rule.cameo) return false;
      if (rule.roots.length && !rule.roots.includes(e.root)) return false;
      if (rule.source && country(e.source.code) !== rule.source && country(sourceCountry(e, coded)) !== rule.source) return false;
      if (rule.target && (!e.target || country(targetCountry(e, coded)) !== rule.target)) return false;
      if (rule.sentenceContains && !e.mentions.some((m) => coded.sentences[m.sentence]?.text.includes(rule.sentenceContains!))) return false;
      if (rule.allowNegated && e.negated) return false;
      if (rule.allowHypothetical && e.modality === 'hypothetical') return false;
      return true;
    });
    const leaked = rule.textContains.filter((t) => coded.text.includes(t));
    if (bad.length || leaked.length) {
      report.mustNot.violated++;
      const what = bad.map((e) => `${e.source.code}→${e.target?.code ?? '-'} ${e.cameo}${e.negated ? ' negated' : ''} ${e.modality}`).concat(leaked.map((t) => `text has "${t}"`));
      report.violations.push({ doc: doc.id, sentence: rule.sentenceContains ?? '', what: `${rule.why}: ${what.join('; ')}` });
    }
  }
}

function sourceCountry(e: CodedEvent, coded: CodedDoc): string {
  return coded.actors.find((a) => a.id === e.source.actor)?.country ?? e.source.code;
}

function targetCountry(e: CodedEvent, coded: CodedDoc): string {
  return coded.actors.find((a) => a.id === e.target?.actor)?.country ?? e.target?.code ?? '';
}

// ---- printing

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function formatReport(report: EvaluationReport, limit = 40): string {
  const lines = [`gold: ${report.format} format, ${report.docs} document(s)`];
  if (report.plover) {
    const p = report.plover;
    lines.push(
      'accuracy is per record: the coder\'s most confident non-negated event for the sentence against the gold event',
      `records with an event:   ${p.coded}/${p.records} ${pct(p.coded, p.records)}`,
      `event type accuracy:     ${p.type}/${p.records} ${pct(p.type, p.records)}  (of coded: ${pct(p.type, p.coded)})`,
      `source country accuracy: ${p.source}/${p.records} ${pct(p.source, p.records)}  (of coded: ${pct(p.source, p.coded)})`,
      `target country accuracy: ${p.target}/${p.targetRecords} ${pct(p.target, p.targetRecords)}  (records with a gold target)`,
    );
  } else {
    lines.push('level   precision  recall     F1   (found/gold, correct/predicted)');
    for (const [level, c] of Object.entries(report.levels)) {
      const precision = c.predicted ? c.correct / c.predicted : 0;
      const recall = c.gold ? c.found / c.gold : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      lines.push(`${level.padEnd(6)} ${pct(c.correct, c.predicted)}  ${pct(c.found, c.gold)}  ${(100 * f1).toFixed(1).padStart(5)}%  (${c.found}/${c.gold}, ${c.correct}/${c.predicted})`);
    }
    if (report.attributes.checked) lines.push(`attribution and dates: ${report.attributes.right}/${report.attributes.checked} right`);
    if (report.mustNot.checked) lines.push(`must-not rules: ${report.mustNot.checked - report.mustNot.violated}/${report.mustNot.checked} hold`);
  }
  const section = (title: string, problems: Problem[]) => {
    if (!problems.length) return;
    lines.push('', `${title} (${problems.length}${problems.length > limit ? `, first ${limit}` : ''}):`);
    for (const p of problems.slice(0, limit)) lines.push(`  [${p.doc}] ${p.what}`, `      ${p.sentence.slice(0, 200)}`);
  };
  section('must-not violations', report.violations);
  section('misses', report.misses);
  section(report.plover ? 'wrong type or actors' : 'false alarms', report.falseAlarms);
  return `${lines.join('\n')}\n`;
}

/** Reads and scores a gold file. */
export function evaluateFile(path: string): EvaluationReport {
  return evaluate(parseGold(readFileSync(path, 'utf8'), dirname(resolve(path))));
}
