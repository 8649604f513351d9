/**
 * Little-known towns and regions named like something WordNet knows as another thing: Jupiter,
 * Florida (the planet, the god), Hercules, California (the hero, the constellation), the Bahamas'
 * district of Long Island (WordNet's is the island of New York), Franklin, Tennessee (Benjamin
 * Franklin), Brits, South Africa (the British), Trinity, Jersey, Cognac. In the news the name is that
 * other thing nearly always; our place takes its bare name only where the page supports it (the name
 * becomes `needs-context`, as a town named like an English word does).
 *
 * Why WordNet: its named instances (some 7,700) and capitalised words (peoples, languages, breeds,
 * drinks) are a hand-picked list of what an English reader is expected to know, so a name in it is
 * no obscure coincidence. A place of ours that WordNet itself
 * describes under that name (wordnet.ts, matchCities) keeps it; so does any place named like a WordNet
 * place of its own country or a neighbour, which may be it ("Georgia": the country, and the American
 * state that region:us.ga is). A well-known place keeps its name (FAMOUS_ENOUGH, KNOWN_TOWN).
 */
import type { Synset, WordNetIndex } from './wordnet.ts';
import { nameKey, type Draft } from './util.ts';

/**
 * A place this prominent keeps its bare name whatever WordNet says (some 400,000 people): the
 * resolver weighs it against the other readings.
 */
export const FAMOUS_ENOUGH = 0.4;
/**
 * …and one this prominent (some 130,000 people) keeps it beside a person or an event of the name:
 * news writes "Bradford", "Irving", "Panipat" for the town far more often than for William Bradford,
 * Washington Irving or the battles of Panipat. A place elsewhere or a natural object ("Long Island",
 * "Jupiter") takes the name from towns up to FAMOUS_ENOUGH.
 */
export const KNOWN_TOWN = 0.3;

/** WordNet's lexicographer files of places (noun.location) and of natural objects (noun.object: peninsulas, rivers, planets). */
const LOCATION_FILE = 15;
const OBJECT_FILE = 17;

/** A draft's country fact: its cca2 ("country:tr" → "TR") and name. */
function countryOfDraft(draft: Draft): { cca2?: string; name?: string } {
  const fact = draft.facts?.find((f) => f.type === 'country');
  const id = fact && 'id' in fact ? fact.id : undefined;
  return { cca2: id?.startsWith('country:') ? id.slice('country:'.length).toUpperCase() : undefined, name: fact && 'value' in fact ? fact.value : undefined };
}

/**
 * The WordNet things other than the place itself that its name names, or [] when WordNet may mean
 * the place: a synset matched to it (`own`), a place WordNet puts in a country `near` it (its own or a
 * neighbour: WordNet puts the Gaza Strip, the West Bank and Nablus in Israel), or a town or region
 * WordNet puts in no country it can tell (a natural object must be placed: "Jupiter", the planet, is
 * nowhere).
 */
function otherThingsNamed(index: WordNetIndex, name: string, near: ReadonlySet<string>, own: Synset | undefined): Synset[] {
  const named = index.byName.get(nameKey(name)) ?? [];
  if (own && named.includes(own)) return [];
  const mayBeOurs = (s: Synset): boolean => {
    if (s.lexFile !== LOCATION_FILE && s.lexFile !== OBJECT_FILE) return false;
    const where = index.countriesOf(s);
    return [...where].some((c) => near.has(c)) || (where.size === 0 && s.lexFile === LOCATION_FILE);
  };
  return named.some(mayBeOurs) ? [] : named;
}

/** Whether WordNet knows `name` as something other than a place ("Engels", the man), `own` (the place's own synset) aside. */
export function namedOtherThanPlace(index: WordNetIndex, name: string, own: Synset | undefined): boolean {
  return (index.byName.get(nameKey(name)) ?? []).some((s) => s !== own && s.lexFile !== LOCATION_FILE);
}

/**
 * Makes the display name of each little-known place in `drafts` that WordNet knows as something else
 * need context (see the module's comment). `ownSynset`: the WordNet synset matched to a draft, if any.
 * `places`: every place of ours (countries too, with their neighbours as related ids). Where another
 * of them keeps the name as it is (England's Hastings, which WordNet describes, beside New Zealand's),
 * the resolver weighs the namesakes by the page, and ours is left alone: a reading that needs context
 * would lose to the other even on a page about New Zealand. (Several little-known namesakes, the
 * Franklins of the United States, all need context.) Returns the places changed, as "name (id)".
 */
export function markWordNetNamesakes(index: WordNetIndex, drafts: Draft[], places: readonly Draft[], ownSynset: (id: string) => Synset | undefined): string[] {
  // Each country's neighbours (its record's related countries: world-countries' borders).
  const neighbours = new Map<string, string[]>();
  for (const p of places) {
    if (!p.id.startsWith('country:')) continue;
    neighbours.set(p.id.slice('country:'.length).toUpperCase(), (p.related ?? []).filter((r) => r.startsWith('country:')).map((r) => r.slice('country:'.length).toUpperCase()));
  }
  const namesakes = new Set<Draft>();
  for (const draft of drafts) {
    // (No prominence yet: a territory whose record a pack completes, the Gaza Strip: not ours to judge here.)
    const prominence = draft.prominence;
    if (prominence === undefined || prominence >= FAMOUS_ENOUGH) continue;
    const country = countryOfDraft(draft);
    // A place its country is named after ("Svalbard", of Svalbard and Jan Mayen) is the one WordNet means.
    if (country.name && `${nameKey(country.name)} `.startsWith(`${nameKey(draft.name)} `)) continue;
    const near = new Set(country.cca2 ? [country.cca2, ...(neighbours.get(country.cca2) ?? [])] : []);
    const others = otherThingsNamed(index, draft.name, near, ownSynset(draft.id));
    if (others.some((s) => prominence < KNOWN_TOWN || s.lexFile === LOCATION_FILE || s.lexFile === OBJECT_FILE)) namesakes.add(draft);
  }
  // Names that some place keeps as it is: its own name (unless its record makes it need context) and
  // its ordinary aliases, for every place but the namesakes found above.
  const kept = new Set<string>();
  for (const p of places) {
    if (namesakes.has(p)) continue;
    const flagged = new Set(p.aliases.filter((a) => a.match !== 'ordinary').map((a) => nameKey(a.text)));
    if (!flagged.has(nameKey(p.name))) kept.add(nameKey(p.name));
    for (const a of p.aliases) if (a.match === 'ordinary') kept.add(nameKey(a.text));
  }
  const changed: string[] = [];
  for (const draft of namesakes) {
    const key = nameKey(draft.name);
    if (kept.has(key)) continue;
    const listed = draft.aliases.find((a) => a.match !== 'acronym' && nameKey(a.text) === key);
    if (listed?.match === 'needs-context') continue;
    if (listed) listed.match = 'needs-context';
    else draft.aliases.unshift({ text: draft.name, match: 'needs-context' });
    changed.push(`${draft.name} (${draft.id})`);
  }
  return changed;
}
