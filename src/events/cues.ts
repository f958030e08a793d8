// Finds the negation and modality cues (data/events/cues.json) that govern an event trigger, by
// walking left from it: auxiliaries and adverbs on its verb, the infinitive chain ("trying to
// kill"), words before an event noun ("no talks"), then the cue that opens its clause
// ("whether", "is reporting that"). Innermost cues come first.
import type { Cue, EntryModality, EventCues } from './lexicon-types.ts';
import type { SentenceView } from './syntax.ts';

export type CueClass = 'negation' | EntryModality;

export interface CueHit {
  cue: Cue;
  cls: CueClass;
  /** Sentence-local token range of the cue words. */
  start: number;
  end: number;
  /** Start of the noun phrase in the cue's $T slot ("urged Iran to …"), or null. */
  target: number | null;
}

const PREMODIFIER = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Words of a prepositional adjunct between a cue verb and its "to" ("in principle on Saturday"). */
const ADJUNCT = new Set(['ADP', 'DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const ADJUNCT_SPAN = 6;

interface IndexedCue {
  cue: Cue;
  cls: CueClass;
}

/** Cues grouped for the walk: single words on a verb, and multi-word cues by scope, keyed by their last word. */
export class CueIndex {
  private readonly verbWords = new Map<string, IndexedCue[]>();
  private readonly byLast = new Map<string, IndexedCue[]>();

  constructor(readonly cues: EventCues) {
    const add = (cue: Cue, cls: CueClass) => {
      const entry = { cue, cls };
      if (cue.governs === 'verb' && cue.words.length === 1) {
        for (const w of cue.words[0]!) this.verbWords.set(w, [...(this.verbWords.get(w) ?? []), entry]);
        return;
      }
      for (const w of cue.words.at(-1)!) this.byLast.set(w, [...(this.byLast.get(w) ?? []), entry]);
    };
    for (const cue of cues.negation) add(cue, 'negation');
    for (const [cls, list] of Object.entries(cues.modality) as [EntryModality, readonly Cue[]][]) for (const cue of list) add(cue, cls);
  }

  /** Cues of scope `governs` whose words end at token e. */
  private endingAt(view: SentenceView, e: number, governs: Cue['governs'][]): CueHit[] {
    const hits: CueHit[] = [];
    for (const { cue, cls } of this.byLast.get(view.lemma[e]!) ?? []) {
      if (!governs.includes(cue.governs)) continue;
      const m = matchBack(view, cue.words, e);
      if (m) hits.push({ cue, cls, start: m.start, end: e, target: m.target });
    }
    // The longest cue wins ("deny report that" over "report that").
    return hits.sort((a, b) => a.start - b.start);
  }

  /** "agreed in principle on Saturday to provide": an infinitive cue whose verb stands before a short prepositional adjunct. */
  private overAdjunct(view: SentenceView, to: number, k: number, start: number): CueHit[] {
    let a = k;
    while (a >= start && a > k - ADJUNCT_SPAN && ADJUNCT.has(view.pos[a]!)) a--;
    if (a < start || a === k || view.pos[a + 1] !== 'ADP' || !view.isVerb(a)) return [];
    const hits: CueHit[] = [];
    for (const { cue, cls } of this.byLast.get(view.lemma[to]!) ?? []) {
      if (cue.governs !== 'infinitive' || cue.words.length < 2) continue;
      const m = matchBack(view, cue.words.slice(0, -1), a);
      if (m) hits.push({ cue, cls, start: m.start, end: to, target: m.target });
    }
    return hits.sort((x, y) => x.start - y.start);
  }

  /**
   * Cues governing the trigger at `head` in clause `c`, innermost first. `support` is the light verb an event
   * noun is the object of ("agreed to provide aid"): the walk continues over it to the verb's own cues.
   */
  govern(view: SentenceView, head: number, last: number, isNoun: boolean, c: number, from = head - 1, support: number | null = null): CueHit[] {
    const hits: CueHit[] = [];
    const clause = view.clauses[c]!;
    const take = (found: CueHit[]) => {
      const hit = found[0];
      if (hit) hits.push(hit);
      return hit;
    };
    let i = from;
    // Words inside the event's own noun phrase ("no talks", "the alleged plot") and what governs it ("ruled out talks", "favor negotiating").
    if (isNoun || view.tokens[head]!.norm.endsWith('ing')) {
      while (i >= clause.start && (view.refAt[i] || PREMODIFIER.has(view.pos[i]!) || view.isPossessive(i) || view.isQuantity(i) || view.isPunct(i, '-'))) {
        take(this.endingAt(view, i, ['noun']));
        i--;
      }
      if (i >= clause.start) {
        const cue = take(this.endingAt(view, i, ['noun']));
        if (cue) i = cue.start - 1;
      }
      if (i === support) {
        // The light verb is a gerund a cue governs in turn: "no intention of starting a war".
        i--;
        const cue = view.tokens[support]!.norm.endsWith('ing') ? take(this.endingAt(view, i, ['noun'])) : undefined;
        if (cue) i = cue.start - 1;
      }
    }
    while (i >= 0 && i >= clause.start) {
      const lemma = view.lemma[i]!;
      const pos = view.pos[i]!;
      const single = this.verbWords.get(lemma);
      if (single && (pos === 'AUX' || pos === 'PART' || pos === 'ADV' || pos === 'VERB' || pos === 'ADJ')) {
        hits.push({ ...single[0]!, start: i, end: i, target: null });
        i--;
        continue;
      }
      if (lemma === 'to' && pos === 'PART') {
        let k = i - 1;
        while (k >= 0 && (this.verbWords.get(view.lemma[k]!)?.[0]?.cls === 'negation' || view.pos[k] === 'ADV')) {
          const neg = this.verbWords.get(view.lemma[k]!)?.[0];
          if (neg) hits.push({ ...neg, start: k, end: k, target: null });
          k--;
        }
        const cue = take(this.endingAt(view, i, ['infinitive'])) ?? (k >= 0 ? take(this.endingAt(view, k, ['noun'])) ?? take(this.overAdjunct(view, i, k, clause.start)) : undefined);
        if (cue) {
          i = cue.start - 1;
          continue;
        }
        if (k >= 0 && view.pos[k] === 'VERB') {
          i = k - 1;
          continue;
        }
        break;
      }
      if (pos === 'AUX' || pos === 'ADV' || pos === 'PART' || view.isPunct(i, '"') || view.isPunct(i, '“') || view.isPunct(i, '”')) {
        i--;
        continue;
      }
      break;
    }
    // Sentence adverbs of hearsay anywhere before the verb in its clause ("Reportedly, Iraq expelled …").
    for (let j = clause.start; j < head; j++) {
      const word = this.verbWords.get(view.lemma[j]!)?.[0];
      if (word?.cls === 'reported' && view.pos[j] === 'ADV' && !hits.some((h) => h.start === j)) hits.push({ ...word, start: j, end: j, target: null });
    }
    // The clause's opener: "whether", "if", "is reporting that", "denied that".
    if (clause.opener !== null) {
      const opener = clause.opener;
      if (!take(this.endingAt(view, opener, ['clause']))) take(this.endingAt(view, opener - 1, ['clause']));
    }
    // "according to X" anywhere in the sentence outside the event.
    for (let j = 0; j < view.n; j++) {
      if (j >= head && j <= last) continue;
      const found = this.endingAt(view, j, ['attribution']);
      if (found[0]) {
        hits.push(found[0]);
        break;
      }
    }
    return hits;
  }
}

/** Matches cue words backward so that the last word is at e; `$T` takes a noun phrase. */
function matchBack(view: SentenceView, words: readonly (readonly string[])[], e: number): { start: number; target: number | null } | null {
  let j = e;
  let target: number | null = null;
  for (let k = words.length - 1; k >= 0; k--) {
    // Punctuation and a time adjunct may stand between cue words ("its demand today that", "accused X on Wednesday of").
    const time = (x: number) => view.w.timeWords.has(view.lemma[x]!) || (view.pos[x] === 'ADP' && view.w.timeWords.has(view.lemma[x + 1] ?? ''));
    if (k < words.length - 1) while (j >= 0 && ((view.isPunct(j) && !view.isPunct(j, ',')) || time(j))) j--;
    if (j < 0) return null;
    const slot = words[k]!;
    if (slot[0] === '$T') {
      const nominal = (x: number) => Boolean(view.refAt[x]) || ['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM'].includes(view.pos[x]!) || view.isPossessive(x);
      if (!nominal(j)) return null;
      while (j >= 0 && nominal(j)) j--;
      target = j + 1;
      continue;
    }
    if (!slot.includes(view.lemma[j]!)) return null;
    j--;
  }
  return { start: j + 1, target };
}
