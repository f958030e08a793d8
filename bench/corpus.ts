// A deterministic generator of news-like articles for benchmarks: varied actors, verbs, dates and quotes.

const ACTORS = [
  'Iran', 'Israel', 'the United States', 'Russia', 'Ukraine', 'China', 'Turkey', 'Saudi Arabia', 'Egypt', 'Qatar',
  'President Vladimir Putin', 'Foreign Minister Sergei Lavrov', 'Prime Minister Benjamin Netanyahu', 'Hamas',
  'Hezbollah', 'the European Union', 'NATO', 'the United Nations', 'Secretary of State Antony Blinken',
  "Iran's ambassador to the United Nations, Amir Saeid Iravani", 'Houthi rebels', 'the Kremlin', 'Tehran', 'Beijing',
];
const PREDICATES = [
  'met with', 'accused', 'threatened to impose sanctions on', 'signed an agreement with', 'warned', 'praised',
  'condemned', 'called on', 'held talks with', 'rejected a proposal from', 'launched airstrikes against',
  'expelled the ambassador of', 'offered aid to', 'criticised', 'hosted a delegation from', 'denied claims by',
];
const WHEN = ['on Monday', 'last week', 'in September', 'last month', 'on Oct. 7', 'earlier this year', 'yesterday', 'on Tuesday'];
const CLOSERS = [
  'officials said', 'according to two people familiar with the matter', 'the ministry said in a statement',
  'Reuters reported', 'a spokesman said', 'state media reported',
];
const FILLER = [
  'The move comes amid rising tensions in the region, where diplomats have struggled for months to agree on a framework.',
  'Analysts said the decision could reshape the balance of power, though many cautioned that details remained unclear.',
  'The talks, which lasted more than three hours, ended without a joint statement, and both sides pledged to meet again.',
  'Markets reacted cautiously to the news, with oil prices rising slightly in early trading in Asia.',
];

/** Mulberry32: a tiny seeded PRNG so every run benchmarks the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  title: string;
  text: string;
  published: string;
}

/** Generates `count` articles of roughly `words` words each. */
export function generateCorpus(count: number, words = 800, seed = 42): GeneratedArticle[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    let wordCount = 0;
    while (wordCount < words) {
      const event = `${capitalise(pick(ACTORS))} ${pick(PREDICATES)} ${pick(ACTORS)} ${pick(WHEN)}, ${pick(CLOSERS)}.`;
      const quote = `“We will not accept any threat to our security,” said ${pick(ACTORS)}.`;
      const paragraph = [event, pick(FILLER), random() < 0.4 ? quote : pick(FILLER)].join(' ');
      paragraphs.push(paragraph);
      wordCount += paragraph.split(' ').length;
    }
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    articles.push({ title: `${capitalise(pick(ACTORS))} and ${pick(ACTORS)} in talks`, text: paragraphs.join('\n\n'), published: `2024-${month}-${day}` });
  }
  return articles;
}
