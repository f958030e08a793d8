// The quotes stage's linguistic knowledge, read once from data/quotes (documented in its README).
import affiliations from '../../data/quotes/affiliations.json' with { type: 'json' };
import cues from '../../data/quotes/cues.json' with { type: 'json' };
import marks from '../../data/quotes/marks.json' with { type: 'json' };
import nonAnswers from '../../data/quotes/nonanswers.json' with { type: 'json' };
import sources from '../../data/quotes/sources.json' with { type: 'json' };
import stances from '../../data/quotes/stances.json' with { type: 'json' };
import voice from '../../data/quotes/voice.json' with { type: 'json' };
import { compilePattern, type Pattern } from './pattern.ts';

export interface CueEntry {
  /** The word is far more often a noun ("most states", "state parties"): a verb only where the tagger says so. */
  noun?: boolean;
  /** Whether the verb takes the person spoken to before its content ("told reporters that"). */
  listener?: 'required' | 'optional';
  /** A reporting verb: a proper-noun subject that names no person is an outlet ("the Journal reported"). */
  outlet?: boolean;
  /** A verb of thinking or finding: it attributes only with a clause after it. */
  cognition?: boolean;
  /** The clause it reports must open with a marker ("ruled that …"): an object is its other sense ("has ruled Belarus since 1994"). */
  marked?: boolean;
  /** A speech act whose content may be a noun phrase: "accused Israel of sabotage", "called for a ceasefire". */
  object?: boolean;
  /** What it reports may be a noun phrase where no clause is read ("said something strange"), the verb otherwise taking a clause. */
  nounPhrase?: boolean;
  /** What the speaker commits to or asks for may be an infinitive: "pledged to cut taxes", "asked to testify". */
  infinitive?: boolean;
  /** The verb also names a physical act ("the army attacked a camp"): see `physicalActs`. */
  physical?: boolean;
  /** In an infinitive of purpose the verb names its other sense ("had the votes to challenge him", "to find a way"). */
  noPurpose?: boolean;
  /** The verb reports a quote beside it only ("“…,” he continued"), never what follows it otherwise ("continued her momentum"). */
  quoteOnly?: boolean;
  /** The speaker must be someone who can hold a view: a name, a person's pronoun or a source noun ("Rubio offered", not "the region offers"). */
  holder?: boolean;
  /** The speaker must be a document, message or outlet ("the ad features …", "the report documented …"), not a person or a thing ("the rally featured music"). */
  document?: boolean;
  /** What it bears on is a thing given ("offered “written assurances”"): a partial quote after it is a scare quote. */
  giving?: boolean;
  /** The noun-phrase reading needs a predicate after the object ("called the war a disaster"), not the object alone ("called his counterpart"). */
  predicative?: boolean;
  /** The noun-phrase reading needs one of these words after the object ("painted Trump as …", "knocked Cruz for …"): the object alone is another sense ("painted the fence"). */
  complements?: readonly string[];
  /** What it reports is an undertaking or a request ("promised to …", "urged X to …"), not information a reporter of it relies on. */
  commits?: boolean;
  /** The source follows the cue ("according to X"). */
  sourceAfter?: boolean;
  /** Head nouns the source after the cue must have (lemmas): "in a CNN poll", not "in a shift". */
  sourceHeads?: readonly string[];
  /** The cue opens its sentence and names whose view the rest is ("To Sexton, …", "To her supporters, …"). */
  perspective?: boolean;
  /** An evidential with no source: what follows it is attributed to no one in particular ("X reportedly …", "X appears to …", "X is expected to …"). */
  sourceless?: boolean;
  /** An adjunct of the clause before it ("…, in hopes of …"): its holder is that clause's subject, not the phrase just before. */
  adjunct?: boolean;
}

export interface PhraseCue extends CueEntry {
  pattern: Pattern;
}

const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

export const cueVerbs: ReadonlyMap<string, CueEntry> = new Map(Object.entries(cues.verbs as Record<string, CueEntry>));
export const cuePhrases: readonly PhraseCue[] = (cues.phrases as (CueEntry & { pattern: string })[]).map((p) => ({
  ...p,
  pattern: compilePattern(p.pattern),
}));
export const stanceVerbs: ReadonlyMap<string, CueEntry> = new Map(Object.entries(stances.verbs as Record<string, CueEntry>));
export const stancePhrases: readonly PhraseCue[] = (stances.phrases as (CueEntry & { pattern: string })[]).map((p) => ({
  ...p,
  pattern: compilePattern(p.pattern),
}));
/** Nouns for a position its owner holds ("his support for", "Trump's criticism of") → the words that may introduce what it bears on. */
export const stanceNouns: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(stances.nouns)
    .filter(([noun]) => noun !== 'about')
    .map(([noun, words]) => [noun, lowerSet(words as string[])]),
);
/** Nouns drawn from a holder named after them ("drew criticism from Berlin") → the prepositions introducing that holder. */
export const receivedNouns: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(stances.receivedNouns)
    .filter(([noun]) => noun !== 'about')
    .map(([noun, words]) => [noun, lowerSet(words as string[])]),
);
/** Verbs whose subject draws a received noun from its holder ("drew", "faced", "won"). */
export const receivingVerbs = lowerSet(stances.receivingVerbs.lemmas);
/** Nouns held by whoever makes them ("unleashed attacks on") → the words introducing what they bear on. */
export const madeNouns: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(stances.madeNouns)
    .filter(([noun]) => noun !== 'about')
    .map(([noun, words]) => [noun, lowerSet(words as string[])]),
);
/** Verbs whose subject holds the made noun they take as object ("unleashed", "threw", "raised"). */
export const makingVerbs = lowerSet(stances.makingVerbs.lemmas);
/** Prepositions and nouns of a view the clause beside them is held from ("in their view", "from Trump's perspective"). */
export const perspectivePrepositions = lowerSet(stances.perspectives.prepositions);
export const perspectiveNouns = lowerSet(stances.perspectives.nouns);
/** Prepositions introducing a stance noun's holder right after it ("complaints from his counterpart that …"). */
export const holderPrepositions = lowerSet(stances.holderPrepositions.words);
/** Stance nouns that attribute even with no possessor ("claims that …", "questions about …"), to no one in particular. */
export const unownedNouns = lowerSet(stances.unownedNouns.lemmas);
/** Words that stand alone for the holders a participle describes ("those supporting deportation"). */
export const participleHolders = lowerSet(stances.participleHolders.words);
/** Lemmas of every cue and stance verb, for telling such a verb from a noun the tagger took it for; not those far more often nouns. */
export const verbLemmas: ReadonlySet<string> = new Set([...cueVerbs, ...stanceVerbs].filter(([, entry]) => !entry.noun).map(([lemma]) => lemma));
export const cueExtensions: readonly Pattern[] = cues.extensions.map(compilePattern);
export const otherSenses: readonly Pattern[] = cues.otherSenses.map(compilePattern);
export const stanceOtherSenses: readonly Pattern[] = stances.otherSenses.map(compilePattern);
export const relays = lowerSet(cues.relays);
/** Nouns an infinitive completes ("the right to defend itself"): after one, the infinitive is no purpose of the subject's. */
export const infinitiveNouns = lowerSet(cues.infinitiveNouns);
/** Verbs of aspect a gerund cue starts from ("began calling for"). */
export const aspectVerbs = lowerSet(cues.aspectVerbs);
/** Verbs a gerund cue starts from whose subject does not do what it names ("avoids condemning …"): the cue is negated, unless they are. */
export const avoidingVerbs = lowerSet(cues.avoidingVerbs);
/** Verbs whose object is the time a participle after it fills, by their subject ("spent much of the debate attacking …"). */
export const spendingVerbs = lowerSet(cues.spendingVerbs);
/** Words of the aside that explains an unnamed source ("spoke on condition of anonymity to discuss …", "not authorized to speak"). */
export const anonymityWords = lowerSet(cues.anonymityWords);
/** Armed subjects and places or targets by which a `physical` cue verb names a physical act. */
export const physicalActs = { subjects: lowerSet(cues.physicalActs.subjects), objects: lowerSet(cues.physicalActs.objects) };
/** Verbs whose participle after an indefinite noun names it rather than reports speech ("a group called …"). */
export const namingVerbs = lowerSet(cues.namingVerbs);
export const controlVerbs = lowerSet(cues.controlVerbs);
/** Prepositions that join a cue verb and introduce what it is about ("agreed with", "warned against"). */
export const contentPrepositions = lowerSet(cues.contentPrepositions);
export const clauseMarkers = lowerSet(cues.clauseMarkers);
/** Complementisers left out of the reported content ("that"); "whether" and "if" stay. */
export const droppedClauseMarkers = lowerSet(cues.droppedClauseMarkers);
export const negations = lowerSet(cues.negations);
/** Subordinators before a bare participle cue, which then has no speaker ("when asked whether …"). */
export const participleSubordinators = lowerSet(cues.participleSubordinators);
export const gerundAdjuncts = lowerSet(cues.gerundAdjuncts);
/** Subordinators that open a clause of its own after a content, with its own speaker ("…, while 61 percent say …"). */
export const clauseLinks = lowerSet(cues.clauseLinks);
/** Relative pronouns with no antecedent, which may open a relative clause around a cue ("what analysts said was …"). */
export const freeRelatives = lowerSet(cues.freeRelatives);
/** Words standing alone for what precedes them, before a source cited after its cue ("That's according to …"). */
export const standIns = lowerSet(cues.standIns);
/** Words standing for a whole answer after a cue ("said yes", "said so"). */
export const answerWords = lowerSet(cues.answerWords);
export const phrasePrepositions = lowerSet(cues.nounPhrasePrepositions);
/** Prepositions that may continue the phrase of whoever is told ("told the head of the agency"). */
export const listenerPrepositions = lowerSet(cues.listenerPrepositions);

/** Verbs that issue a message ("released a statement", "put out a letter"), the particles after them, and the messages: documents and speech-act nouns. */
export const messages = {
  verbs: lowerSet(cues.messages.verbs),
  particles: lowerSet(cues.messages.particles),
  quantities: lowerSet(cues.messages.quantities),
  prepositions: lowerSet(cues.messages.prepositions),
  nouns: new Set([...lowerSet(cues.messages.nouns), ...lowerSet(sources.documents)]),
};

export const anonymousNouns: ReadonlyMap<string, string | null> = new Map(Object.entries(sources.anonymous));
export const documentNouns = lowerSet(sources.documents);
/** Nouns for inquiries, which find or show something without holding a view ("…, an investigation found"). */
export const inquiryNouns = lowerSet(sources.inquiries);
/** Nouns for people and bodies that can hold a view or make an offer ("the candidates offered …"), besides anonymous sources. */
export const peopleNouns = lowerSet(sources.people);
export const outletWords = {
  nameWords: lowerSet(sources.outlets.nameWords),
  names: lowerSet(sources.outlets.names),
  nouns: lowerSet(sources.outlets.nouns),
};
export const organisationWords = {
  nameWords: lowerSet(sources.organisations.nameWords),
  names: lowerSet(sources.organisations.names),
  nouns: lowerSet(sources.organisations.nouns),
};
export type Reference = 'person' | 'group' | 'organisation' | 'antecedent' | 'author';
export const references: ReadonlyMap<string, Reference> = new Map(
  Object.entries(sources.references).filter(([word]) => word !== 'about') as [string, Reference][],
);
/** First-person pronouns by which the writer reports their own words ("I said", "we told them"). */
export const speakingAuthor = lowerSet(sources.speakingAuthor);
export const numberWords: ReadonlyMap<string, number> = new Map(Object.entries(sources.numbers));
export const vagueQuantities = lowerSet(sources.vagueQuantities);
/** Words for a share that head a phrase whatever their tag ("a third say", "two-thirds support"). */
export const fractions = lowerSet(sources.fractions);
/** Participles that belong to a subject of respondents ("those surveyed said", "Cuban-Americans polled said"). */
export const respondentParticiples = lowerSet(sources.respondentParticiples);
/** Words that may follow a subject before its verb ("voters overall said", "the candidates themselves said"). */
export const subjectTrailers = lowerSet(sources.subjectTrailers);
export const definiteDeterminers = lowerSet(sources.definiteDeterminers);

/** A name without a leading "the" (or another definite determiner), lower case, for comparing names. */
export function bareName(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return (words.length > 1 && definiteDeterminers.has(words[0]!) ? words.slice(1) : words).join(' ');
}
/** Phrases that open a line with a colon without being anyone's words ("Editor's note:", "Question:"). */
export const notLeadIns = lowerSet(sources.notLeadIns);
export const publisherNotes: readonly Pattern[] = sources.publisherNotes.map(compilePattern);
/** Prepositions after a headline's name that say whom or what it speaks to or of ("Clinton to Planned Parenthood:"). */
export const leadInPrepositions = lowerSet(sources.leadInPrepositions);
/** Words before a lead-in's source when a quote follows the colon ("From the report: “…”", "More from Jones: “…”"). */
export const quotedFrom = lowerSet(sources.quotedFrom);
/** Lead-ins of an interview's questions and answers ("Q:", "A:"): the first person there is the one interviewed or interviewing, not the writer. */
export const interviewLeadIns = lowerSet(sources.interviewLeadIns);
/** Small words inside proper names: "Bank of England", "Ministry of Foreign Affairs". */
export const nameLinks = lowerSet(sources.nameLinks);
/** Words before a person's name that are not part of it ("President", "Ayatollah", "Mr."). */
export const titles = lowerSet(sources.titles);
export const pluralNouns = lowerSet(sources.pluralNouns);
/** Pronouns that can only be subjects ("they", "who"), never possessives ("her"). */
export const subjectPronouns = lowerSet(sources.subjectPronouns);
/** Subjects that stand for no one before an infinitive ("it is hard to say", "there are ways to express"). */
export const expletives = lowerSet(sources.expletives);
/** Adjectives whose subject is their infinitive's own ("it is likely to bolster …", "it was quick to deny …"). */
export const raisingAdjectives = lowerSet(sources.raisingAdjectives);
/** Pronouns that can only be objects ("them", "themselves"): no clause opens with one ("found themselves in a race"). */
export const objectPronouns = lowerSet(sources.objectPronouns);
/** Pronouns that stand before a noun as its determiner: a participle after one describes the noun ("their shared border"). */
export const possessiveDeterminers = lowerSet(sources.possessiveDeterminers);

export const places: ReadonlyMap<string, string> = new Map(Object.entries(affiliations.places));
export const agentWords: ReadonlyMap<string, string> = new Map(Object.entries(affiliations.agents));

export const nonAnswerPatterns: readonly Pattern[] = nonAnswers.patterns.map(compilePattern);

export const voicePatterns: readonly { kind: 'opinion' | 'hedge'; pattern: Pattern }[] = [
  ...voice.opinion.map((p) => ({ kind: 'opinion' as const, pattern: compilePattern(p) })),
  ...voice.hedge.map((p) => ({ kind: 'hedge' as const, pattern: compilePattern(p) })),
];
export const parenthetical = { pos: new Set(voice.parenthetical.pos), maxTokens: voice.parenthetical.maxTokens };
export const voiceMergeWithin = voice.mergeWithin;

export const quoteMarks = marks;
/** Every mark that may open a quote, of either level. */
export const openingMarks: ReadonlySet<string> = new Set([...marks.double.open, ...marks.single.open, ...marks.double.either, ...marks.single.either]);
/** Every mark that may close a quote, of either level. */
export const closingMarks: ReadonlySet<string> = new Set([...marks.double.close, ...marks.single.close, ...marks.double.either, ...marks.single.either]);
export const signatureDashes: ReadonlySet<string> = new Set(marks.signatureDashes);
