// Non-answers: "declined to comment", "did not respond to a request for comment" (data/quotes/nonanswers.json).
import type { Span } from '../types.ts';
import type { Doc, TokenRange } from './doc.ts';
import { nonAnswerPatterns } from './lexicon.ts';
import { findPatterns } from './pattern.ts';
import { auxiliariesBefore, subjectBefore } from './phrases.ts';

export interface NonAnswerHit {
  sentence: number;
  cue: TokenRange;
  subject: TokenRange;
}

/** Non-answers outside `quoted` spans, each with the phrase of who gave it. */
export function findNonAnswers(doc: Doc, quoted: readonly Span[]): NonAnswerHit[] {
  const hits: NonAnswerHit[] = [];
  for (const sentence of doc.sentences) {
    const { first, end } = doc.range(sentence.index);
    for (const hit of findPatterns(nonAnswerPatterns, doc.tokens, first, end)) {
      const at = doc.tokens[hit.first]!.start;
      if (quoted.some((q) => q.start <= at && at < q.end)) continue;
      const subject = subjectBefore(doc, auxiliariesBefore(doc, hit.first, first), first);
      let cueEnd = hit.end;
      while (cueEnd > hit.first + 1 && doc.pos(cueEnd - 1) === 'PUNCT') cueEnd--;
      if (subject) hits.push({ sentence: sentence.index, cue: { first: hit.first, end: cueEnd }, subject });
    }
  }
  return hits;
}
