// Colours that carry meaning: Goldstein from red (−10) through grey (0) to green (+10), and one
// tint per quoted speaker.

/** Hue 0 (red) at −10 to 120 (green) at +10; saturation grows with distance from 0 so neutral events read grey. */
export function goldsteinColor(goldstein: number): { background: string; border: string } {
  const g = Math.max(-10, Math.min(10, goldstein));
  const hue = ((g + 10) / 20) * 120;
  const saturation = 25 + (Math.abs(g) / 10) * 55;
  return { background: `hsl(${hue} ${saturation}% 86%)`, border: `hsl(${hue} ${saturation}% 38%)` };
}

// Hues away from the actor-kind colours (orange, green, yellow), so a tinted quote never reads as an actor.
const SPEAKER_TINTS = [
  'hsl(205 80% 90%)',
  'hsl(280 60% 91%)',
  'hsl(180 50% 85%)',
  'hsl(340 75% 92%)',
  'hsl(240 60% 92%)',
  'hsl(90 45% 85%)',
  'hsl(310 45% 90%)',
  'hsl(220 25% 88%)',
];

export const UNATTRIBUTED_TINT = 'hsl(0 0% 90%)';

/** A stable tint per speaker key, assigned in order of first appearance. */
export function speakerTints(keys: (string | null)[]): Map<string, string> {
  const tints = new Map<string, string>();
  for (const key of keys) {
    if (key !== null && !tints.has(key)) tints.set(key, SPEAKER_TINTS[tints.size % SPEAKER_TINTS.length]!);
  }
  return tints;
}
