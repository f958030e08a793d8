import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { allCodes, getCode, hasCode } from '../../src/events/codebook.ts';
import {
  buildLexicon,
  compileCues,
  compileLexiconFile,
  type LexiconEntry,
  LexiconError,
  loadEventCues,
  loadEventLexicon,
} from '../../src/events/lexicon.ts';

const require = createRequire(import.meta.url);
const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
const its = nlp.its;

/** Lowercased lemmas of the non-punctuation tokens, as the event coder will see them. */
function lemmas(text: string): string[] {
  const out: string[] = [];
  nlp
    .readDoc(text)
    .tokens()
    .each((token: { out: (f?: unknown) => string }) => {
      if (token.out(its.type) !== 'punctuation') out.push(token.out(its.lemma).toLowerCase());
    });
  return out;
}

/**
 * A deliberately simple matcher: the head, `before` slots right before it, `after` slots in
 * order with small gaps (wider where the target noun phrase sits). Enough to prove that the
 * patterns line up with wink's lemmas; the real coder also uses syntax.
 */
function matches(tokens: string[], at: number, entry: LexiconEntry): boolean {
  let start = at;
  for (let k = entry.before.length - 1; k >= 0; k--) {
    const slot = entry.before[k]!;
    const found = [start - 1, start - 2].find((j) => j >= 0 && slot.includes(tokens[j]!));
    if (found === undefined) return false;
    start = found;
  }
  let pos = at;
  for (let k = 0; k < entry.after.length; k++) {
    const gap = k === entry.targetIndex ? 6 : 3;
    let found = -1;
    for (let j = pos + 1; j <= Math.min(tokens.length - 1, pos + 1 + gap); j++) {
      if (entry.after[k]!.includes(tokens[j]!)) {
        found = j;
        break;
      }
    }
    if (found < 0) return false;
    pos = found;
  }
  return true;
}

/** Codes of the most specific entry matching at each token. */
function codesIn(text: string): string[] {
  const lexicon = loadEventLexicon();
  const tokens = lemmas(text);
  const codes: string[] = [];
  tokens.forEach((lemma, at) => {
    const entry = lexicon.lookup(lemma).find((e) => matches(tokens, at, e));
    if (entry) codes.push(entry.code);
  });
  return codes;
}

describe('event lexicon', () => {
  const lexicon = loadEventLexicon();

  it('is loaded once', () => {
    assert.equal(loadEventLexicon(), lexicon);
  });

  it('has entries for every root and every three-digit code', () => {
    assert.ok(lexicon.entries.length >= 600, `${lexicon.entries.length} entries`);
    const roots = new Set(lexicon.entries.map((e) => e.root));
    for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `root ${r}`);
    const covered = new Set(lexicon.entries.map((e) => e.code.slice(0, 3)));
    const threeDigit = allCodes().filter((c) => c.depth === 3);
    const missing = threeDigit.filter((c) => !covered.has(c.code)).map((c) => c.code);
    assert.deepEqual(missing, []);
    assert.ok(new Set(lexicon.entries.map((e) => e.kind)).size === 3);
  });

  it('uses only codes that exist in the codebook', () => {
    for (const entry of lexicon.entries) {
      assert.ok(hasCode(entry.code), `${entry.id} ${entry.code}`);
      assert.equal(getCode(entry.code).root, entry.root);
    }
  });

  it('finds "meet" as a symmetric consult (04x)', () => {
    const meet = lexicon.lookup('meet');
    const meetWith = meet.find((e) => e.pattern === 'meet with $T');
    assert.ok(meetWith);
    assert.equal(meetWith.code, '040');
    assert.equal(meetWith.symmetric, true);
    assert.equal(meetWith.targetRole, 'prep');
    assert.equal(meetWith.prep, 'with');
    assert.ok(meet.every((e) => e.code.startsWith('04') || e.code === '083'), 'meet = consult, or "meet demand"');
  });

  it('finds "impose" + "sanction" as 163 with the target after "on"', () => {
    const entry = lexicon.lookup('impose').find((e) => e.after[0]?.includes('sanction') && e.targetRole === 'prep');
    assert.ok(entry);
    assert.equal(entry.code, '163');
    assert.equal(entry.prep, 'on');
    assert.equal(entry.targetIndex, 2);
    assert.equal(entry.kind, 'verb');
  });

  it('orders lookups from the most specific pattern to the least', () => {
    for (const lemma of ['impose', 'kill', 'demand', 'accuse', 'threaten', 'meet', 'strike']) {
      const list = lexicon.lookup(lemma);
      assert.ok(list.length > 1, lemma);
      for (let i = 1; i < list.length; i++) {
        const a = list[i - 1]!;
        const b = list[i]!;
        assert.ok(a.specificity > b.specificity || (a.specificity === b.specificity && (!a.fallback || b.fallback)), `${lemma}: ${a.pattern} before ${b.pattern}`);
      }
    }
    const sanction = lexicon.lookup('sanction').map((e) => e.pattern);
    assert.ok(sanction.indexOf('sanction on $T') < sanction.indexOf('sanction'));
    const attack = lexicon.lookup('attack');
    const verb = attack.findIndex((e) => e.pattern === 'attack $T' && !e.fallback);
    const noun = attack.findIndex((e) => e.pattern === 'attack' && e.fallback);
    assert.ok(verb >= 0 && noun > verb, 'a fallback comes after an equally specific entry');
  });

  it('compiles targets, modifiers and flags from the pattern', () => {
    const accuse = lexicon.lookup('accuse').find((e) => e.pattern === 'accuse $T of espionage');
    assert.equal(accuse?.code, '1125');
    assert.equal(accuse?.targetRole, 'object');
    assert.equal(accuse?.targetIndex, 0);
    assert.equal(accuse?.passive, true);
    const hunger = lexicon.lookup('strike').find((e) => e.pattern === 'hunger strike');
    assert.equal(hunger?.code, '142');
    assert.deepEqual(hunger?.before, [['hunger']]);
    const plot = lexicon.lookup('plot').find((e) => e.pattern === 'plot to kill $T');
    assert.equal(plot?.code, '185');
    assert.equal(plot?.modality, 'attempted');
    const accusation = lexicon.lookup('accusation').find((e) => e.pattern === 'accusation that $T');
    assert.equal(accusation?.targetRole, 'clause');
    const riot = lexicon.lookup('riot').find((e) => e.pattern === 'riot');
    assert.equal(riot?.targetRole, 'none');
    assert.equal(riot?.passive, false);
    const aid = lexicon.lookup('receive').find((e) => e.pattern === 'receive aid from $T');
    assert.equal(aid?.reverse, true);
  });

  it('indexes the lemmas wink produces for irregular and British forms', () => {
    assert.ok(lexicon.lookup('wag').some((e) => e.pattern.startsWith('wage war')), 'waged/waging -> wag');
    assert.ok(lexicon.lookup('organise').some((e) => e.code === '141'));
    assert.ok(lexicon.lookup('apologise').some((e) => e.code === '055'));
    assert.ok(lexicon.lookup('airstrikes').some((e) => e.code === '195'));
    assert.ok(lexicon.headLemmas.has('sanction'));
    assert.deepEqual(lexicon.lookup('no-such-lemma'), []);
    assert.ok(lexicon.byCode('163').length > 10);
  });

  it('writes every pattern word as a lemma wink can produce', () => {
    const contexts = (w: string) => [`They saw the ${w} there`, `They want to ${w} now`, `They are ${w} now`];
    // wink reads base-form "wound" as "wind"; listing "wind" would misfire on "wind down".
    const knownMisses = new Set(['wound']);
    const bad: string[] = [];
    const seen = new Set<string>();
    for (const entry of lexicon.entries) {
      for (const slot of [...entry.before, ...entry.after]) {
        const key = slot.join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const ok = slot.some((w) => contexts(w).some((text) => lemmas(text).some((l) => slot.includes(l))));
        if (!ok) bad.push(`${key} (${entry.id})`);
      }
      const head = entry.kind === 'noun' ? `They saw the ${entry.lemma} there` : `They will ${entry.lemma} it`;
      if (!knownMisses.has(entry.lemma) && !key(head, entry)) bad.push(`head ${entry.lemma} (${entry.id})`);
    }
    assert.deepEqual(bad, []);

    function key(text: string, entry: LexiconEntry): boolean {
      const got = lemmas(text);
      // Multi-part heads (hyphenated or adverb-led) cannot be checked in isolation.
      return got.some((l) => entry.headLemmas.includes(l)) || entry.lemma.includes('-');
    }
  });

  const sentences: Array<[string, string]> = [
    ['Iran imposed sanctions on Israel.', '163'],
    ['Russia placed heavy sanctions on Ukraine.', '163'],
    ['The two leaders met in Geneva on Monday.', '040'],
    ['The envoy met secretly with the ambassador.', '040'],
    ['Washington tore up the nuclear deal.', '127'],
    ['Militants have been trying to kill the minister.', '185'],
    ['Israel has been waging war on the militia.', '190'],
    ['The spokesman declined to comment on the report.', '011'],
    ['Tehran offered written assurances to Washington.', '030'],
    ['Police arrested 12 protesters in the capital.', '173'],
    ['Rebels shelled the regional capital.', '194'],
    ['The army carried out airstrikes on the town.', '195'],
    ['Protesters blocked roads in the capital.', '144'],
    ['The minister apologised to Brazil for the incident.', '055'],
    ['France expelled two Russian diplomats.', '161'],
    ['The government lifted the curfew in the north.', '0813'],
    ['Gunmen abducted three aid workers.', '181'],
    ['Britain condemned the attack.', '111'],
    ['China accused the United States of espionage.', '1125'],
    ['The United Nations called for a ceasefire.', '0256'],
    ['Dock workers went on strike.', '143'],
    ['The two sides signed a peace treaty.', '057'],
    ['The court convicted the former president.', '116'],
    ['Peru granted asylum to five officers.', '075'],
    ['Japan halted economic aid to Serbia.', '1621'],
    ['The group organised a rally against the government.', '141'],
    ['The prime minister visited Moscow.', '042'],
    ['A suicide bomber struck the market.', '1831'],
    ['Troops opened fire on demonstrators.', '175'],
    ['Prisoners began a hunger strike.', '142'],
    ['The rebels declared a unilateral ceasefire.', '0871'],
    ['Serbia lodged an official protest with Albania.', '114'],
    ['Iran threatened to cut off electricity to the republic.', '1311'],
    ['The council vetoed the resolution.', '129'],
    ['Inspectors opened an investigation into war crimes.', '094'],
    ['The president hosted the Japanese prime minister.', '043'],
    ['The killing of the commander was ordered by the president.', '186'],
    ['Tehran repeated its accusation that Washington had committed a crime.', '112'],
    ['The administration delivered a warning to Iran.', '130'],
    ['Serb forces engaged in ethnic cleansing.', '203'],
    ['Israeli bulldozers demolished homes in Gaza.', '1712'],
    ['The rebels agreed to a ceasefire.', '0356'],
    ['Pakistan refused to meet the delegation.', '125'],
    ['The government imposed a curfew on the city.', '1723'],
    ['Iran is demanding the release of the sailors.', '1053'],
    ['Troops massed on the border.', '154'],
  ];
  for (const [text, code] of sentences) {
    it(`codes "${text}" as ${code}`, () => {
      assert.ok(codesIn(text).includes(code), `${text} -> ${codesIn(text).join(', ')}`);
    });
  }
});

describe('lexicon validation', () => {
  const entry = { code: '163', kind: 'verb', lemma: 'impose', pattern: 'impose sanction on $T' };

  it('names the file and entry when a code is not in the codebook', () => {
    const json = { entries: [entry, { ...entry, code: '999', pattern: 'slap sanction on $T', lemma: 'slap' }] };
    assert.throws(() => compileLexiconFile('data/events/lexicon/bad.json', json), (error: unknown) => {
      assert.ok(error instanceof LexiconError);
      assert.equal(error.file, 'data/events/lexicon/bad.json');
      assert.equal(error.entry, 1);
      assert.match(error.message, /bad\.json entry 1 .*999.*not in the CAMEO codebook/);
      return true;
    });
  });

  it('rejects malformed entries', () => {
    const bad = [
      [{ ...entry, lemma: 'place' }, /lemma "place" does not appear/],
      [{ ...entry, kind: 'adverb' }, /kind must be one of/],
      [{ ...entry, symetric: true }, /unknown field "symetric"/],
      [{ ...entry, pattern: 'impose Sanction on $T' }, /"Sanction" is not a lowercase lemma/],
      [{ ...entry, pattern: 'impose $T sanction on $T' }, /more than one \$T/],
      [{ ...entry, modality: 'asserted' }, /modality must be one of/],
      [{ ...entry, code: '16' }, /is a root/],
    ] as const;
    for (const [raw, message] of bad) {
      assert.throws(() => compileLexiconFile('x.json', { entries: [raw] }), message);
    }
    assert.throws(() => compileLexiconFile('x.json', {}), /x\.json: no "entries" array/);
  });

  it('rejects the same pattern listed twice', () => {
    const a = compileLexiconFile('a.json', { entries: [entry] });
    const b = compileLexiconFile('b.json', { entries: [{ ...entry, code: '172' }] });
    assert.throws(() => buildLexicon([...a, ...b]), /b\.json entry 0 .*already a#0 \(code 163\)/);
  });
});

describe('event cues', () => {
  const cues = loadEventCues();
  const texts = (list: readonly { text: string }[]) => list.map((c) => c.text);

  it('lists negation and every modality', () => {
    for (const word of ['not', "n't", 'never', 'no', 'without', 'deny', 'refuse to', 'fail to']) {
      assert.ok(texts(cues.negation).includes(word), word);
    }
    assert.ok(texts(cues.modality.intended).includes('vow to'));
    assert.ok(texts(cues.modality.attempted).includes('plot to'));
    assert.ok(texts(cues.modality.hypothetical).includes('whether'));
    assert.ok(texts(cues.modality.demanded).includes('call on $T to'));
    assert.ok(texts(cues.modality.reported).includes('according to'));
    const decline = cues.negation.find((c) => c.text === 'decline to');
    assert.match(decline?.note ?? '', /011/);
  });

  it('matches what wink makes of each cue', () => {
    const all = [
      ...cues.negation,
      ...Object.values(cues.modality).flat(),
      ...cues.supportVerbs,
      ...cues.causative,
    ];
    for (const cue of all) {
      const got = lemmas(cue.text.replace('$T', 'Iran'));
      const want = cue.words.filter((slot) => slot[0] !== '$T');
      const gotWithoutTarget = got.filter((l) => l !== 'iran');
      assert.equal(gotWithoutTarget.length, want.length, `${cue.text}: ${got.join(' ')}`);
      for (const [i, slot] of want.entries()) {
        assert.ok(slot.includes(gotWithoutTarget[i]!), `${cue.text}: ${got.join(' ')}`);
      }
    }
  });

  it('derives the CAMEO code a governing cue implies', () => {
    assert.equal(cues.derive('040', 'rejected'), '125');
    assert.equal(cues.derive('046', 'intended'), '036');
    assert.equal(cues.derive('0871', 'appeal'), '0256');
    assert.equal(cues.derive('0841', 'demanded'), '1053');
    assert.equal(cues.derive('0811', 'intended'), '0351', 'falls back to the parent row');
    assert.equal(cues.derive('163', 'threatened'), '1312');
    assert.equal(cues.derive('1951', 'intended'), '1384');
    assert.equal(cues.derive('186', 'attempted'), '185');
    assert.equal(cues.derive('0344', 'demanded'), '1044');
    assert.equal(cues.derive('010', 'intended'), null);
    assert.equal(cues.derive('190', 'attempted'), null);
  });

  it('rejects derivations to unknown codes', () => {
    const json = {
      negation: { cues: [] },
      modality: { intended: { cues: [] }, attempted: { cues: [] }, hypothetical: { cues: [] }, demanded: { cues: [] }, reported: { cues: [] } },
      supportVerbs: { verbs: [] },
      causative: { verbs: [] },
      derivations: { table: { '040': { intended: '999' } } },
    };
    assert.throws(() => compileCues('cues.json', json), /040\.intended -> 999 is not in the CAMEO codebook/);
  });
});
