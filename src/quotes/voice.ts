// The author's own voice: opinion and hedge cues (data/quotes/voice.json) outside anything attributed.
import type { Span, VoiceMarker } from '../types.ts';
import type { Doc, TokenRange } from './doc.ts';
import { parenthetical, voiceMergeWithin, voicePatterns } from './lexicon.ts';
import { findPatterns } from './pattern.ts';

interface Hit extends TokenRange {
  kind: VoiceMarker['kind'];
}

const patterns = voicePatterns.map((v) => v.pattern);
const kinds = new Map(voicePatterns.map((v) => [v.pattern, v.kind]));

/** "(rightfully)", "(wrongly)": a bracketed aside of adverbs only is the author's judgement. */
function asides(doc: Doc, first: number, end: number): Hit[] {
  const hits: Hit[] = [];
  for (let open = first; open < end; open++) {
    if (doc.key(open) !== '(') continue;
    let close = open + 1;
    while (close < end && close - open <= parenthetical.maxTokens && parenthetical.pos.has(doc.pos(close))) close++;
    if (close > open + 1 && doc.key(close) === ')') hits.push({ kind: 'opinion', first: open, end: close + 1 });
  }
  return hits;
}

/** A cue in brackets is reported with them: "(of course)". */
function bracketed(doc: Doc, hit: Hit): Hit {
  return doc.key(hit.first - 1) === '(' && doc.key(hit.end) === ')' ? { ...hit, first: hit.first - 1, end: hit.end + 1 } : hit;
}

/** Cues of one kind close together read as one: "which is why, for Trump, it's unusual". */
function merge(hits: Hit[]): Hit[] {
  const merged: Hit[] = [];
  for (const hit of hits.sort((a, b) => a.first - b.first)) {
    const last = merged.filter((h) => h.kind === hit.kind).at(-1);
    if (last && hit.first - last.end <= voiceMergeWithin) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged.sort((a, b) => a.first - b.first);
}

/** Voice markers per sentence; `attributed` spans (quotes, reported speech, block quotes) belong to others. */
export function findVoice(doc: Doc, attributed: readonly Span[]): VoiceMarker[] {
  const markers: VoiceMarker[] = [];
  for (const sentence of doc.sentences) {
    const { first, end } = doc.range(sentence.index);
    const found = [
      ...findPatterns(patterns, doc.tokens, first, end).map((h) => ({ kind: kinds.get(h.pattern)!, first: h.first, end: h.end })),
      ...asides(doc, first, end),
    ]
      .map((hit) => bracketed(doc, hit))
      .filter((hit) => {
        const start = doc.start(hit);
        const stop = doc.end(hit);
        return !attributed.some((a) => a.start < stop && start < a.end);
      });
    for (const hit of merge(found)) markers.push({ sentence: sentence.index, kind: hit.kind, cue: doc.slice(hit), start: doc.start(hit), end: doc.end(hit) });
  }
  return markers;
}
