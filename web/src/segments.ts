// Cuts a stretch of the article text into pieces at every mark boundary, so overlapping marks
// (an actor inside a quote inside a sentence) render as flat runs of text, each with its marks.

export interface Mark {
  start: number;
  end: number;
  /** CSS classes of the run ("actor kind-person", "quote"). */
  className: string;
  /** Tooltip text; the titles of overlapping marks are joined line by line. */
  title?: string;
  /** Background tint (a quote's speaker colour). */
  tint?: string;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/** The pieces of text[start, end): consecutive, covering the range, each with the marks over it. */
export function cutPieces(text: string, start: number, end: number, marks: Mark[]): Piece[] {
  const inside = marks.filter((mark) => mark.end > start && mark.start < end && mark.end > mark.start);
  const cuts = new Set([start, end]);
  for (const mark of inside) {
    cuts.add(Math.max(start, mark.start));
    cuts.add(Math.min(end, mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    pieces.push({ start: from, end: to, text: text.slice(from, to), marks: inside.filter((mark) => mark.start <= from && mark.end >= to) });
  }
  return pieces;
}
