// The actor stage's own linguistic knowledge, read once from data/actors/context (documented in its README):
// words that are never names, name particles, name heads, and cues around names and role nouns.
import cues from '../../data/actors/context/cues.json' with { type: 'json' };
import generic from '../../data/actors/context/generic.json' with { type: 'json' };
import heads from '../../data/actors/context/heads.json' with { type: 'json' };
import particles from '../../data/actors/context/particles.json' with { type: 'json' };
import roles from '../../data/actors/context/roles.json' with { type: 'json' };

/** What the last (or first) word of an unknown capitalised name says it is. */
export type HeadKind = 'organisation' | 'media' | 'place' | 'other';

const headKinds = new Map<string, HeadKind>();
for (const kind of ['organisation', 'media', 'place', 'other'] as const) {
  for (const word of heads[kind]) headKinds.set(word, kind);
}

export const lexicon = {
  /** Capitalised words that never open a name nor make one alone ("Premium", "But", "Monday"). */
  generic: new Set(generic.words),
  /** Calendar words that end a name rather than join it ("Gorazde Friday"). */
  dates: new Set(generic.dates),
  /** Lower-case words inside a name ("bin", "von", "al"). */
  particles: new Set(particles.inner),
  /** Words that may close a name ("Jr."). */
  suffixes: new Set(particles.suffixes),
  /** Role words that are also given names ("Karen"): before another capitalised word they open a name. */
  givenNames: new Set(particles.givenNames),
  /** Kind of an unknown name by its last word ("Group" → organisation, "Sea" → place). */
  headKinds: headKinds as ReadonlyMap<string, HeadKind>,
  /** Agents of organisation heads agents.json lacks ("Inc" → BUS). */
  headAgents: new Map(Object.entries(heads.agents)) as ReadonlyMap<string, string>,
  /** First words that make a name a place or an event ("Lake", "Operation"). */
  leading: new Set(heads.leading),
  /** Prepositions after which a capital or an unknown name is a place, not an actor ("in Washington"). */
  locatives: new Set(cues.locatives),
  /** Prepositions that mark a place after a verb of motion ("returns to the White House"). */
  motionPrepositions: new Set(cues.motionPrepositions),
  motionVerbs: new Set(cues.motionVerbs),
  /** Prepositions that mark a target, not a place, after a verb of aiming ("fired missiles at Kyiv"). */
  aimPrepositions: new Set(cues.aimPrepositions),
  aimVerbs: new Set(cues.aimVerbs),
  /** Prepositions and the words before them that make the names after them parties: "mediated between Tehran and Washington". */
  partyPrepositions: new Set(cues.partyPrepositions),
  partyWords: new Set(cues.partyWords),
  /** Lemmas of verbs that introduce speech: a lone capitalised word next to one is a person. */
  speechVerbs: new Set(cues.speechVerbs),
  possessives: new Set(cues.possessives),
  /** Participles glued to a backer's name before a group's noun ("the Iran-backed group", "the Saudi-led coalition"). */
  backerParticiples: new Set(cues.backerParticiples),
  /** Nouns that count a group ("dozens of"): a counted role is a particular group, an actor wherever it stands. */
  countNouns: new Set(cues.countNouns),
  /** Agents of forces a subject fields ("deployed troops"): as a verb's bare object they are no group of the place. */
  fieldedAgents: new Set(cues.fieldedAgents),
  /** Parts of a place ("suburbs", "outskirts"): a capital owning one is the place ("Beirut's southern suburbs"). */
  placeParts: new Set(cues.placeParts),
  /** Role nouns that take their agent from another person in the sentence ("his Chinese counterpart"). */
  relational: new Set(roles.relational),
  /** Role nouns whose organisation or state modifier is a posting, not an employer ("UN ambassador"). */
  postings: new Set(roles.postings),
  /** Words that place an official or force outside the state a story is filed from ("Western diplomats"). */
  outsiders: new Set(roles.outsiders),
  /** Prepositions that name where a posted role serves ("ambassador to Israel", "envoy for Sudan"). */
  postingPrepositions: new Set(roles.postingPrepositions),
  /** Prepositions that name where a posting serves when a pronoun owns it ("recalled its ambassador from Niamey"). */
  ownedPostingPrepositions: new Set(roles.ownedPostingPrepositions),
  /** Role nouns that name a body rather than a person ("ministry", "government"). */
  bodies: new Set(roles.bodies),
  /** Singular role nouns that name many people ("people", "staff"). */
  groups: new Set(roles.groups),
  /** Modifiers that make a role a former one ("former president" → ELI). */
  former: new Set(roles.former),
  /** Roles that lead a government: the most recent holder mentioned decides "the administration". */
  headsOfGovernment: new Set(roles.headsOfGovernment),
};
