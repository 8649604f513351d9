/**
 * A capitalised everyday word right before a name, inside a sentence, makes one longer name of the two:
 * "Good Morning America" (a programme), "the Big Apple", "Royal Shrewsbury hospital", "BBC News
 * Brasil", "Star Wars Celebration Orlando", "the White Australia policy". In running text an everyday
 * word has a capital only in a name — or at a sentence's start, which proves nothing ("Today Apple
 * said"). The mirror of town-compounds.ts, which reads the word after a town.
 *
 * Not the words that stand before names as titles or begin place names ("President Obama", "North
 * Korea", "Lake Burton": TF_TITLE, compile.ts; the caller asks the lexicon), the days and months ("on
 * Monday Turkey said"), the words that say which part of a place ("Downtown Beirut", "Mainland China"),
 * nor the function words a headline capitalises ("Read: Why Tunisia…", "My American Nightmare"). Not in
 * a title-case line, where every word has a capital; and the caller leaves people's names alone, whose
 * titles are too many to list ("Coach", "Candidate", "Speaker").
 */
import { T_ALLCAPS, T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { DAY_WORDS, MONTH_WORDS } from './dates.ts';

const NOT_A_NAME = new WordSet([...DAY_WORDS, ...MONTH_WORDS, ...`downtown uptown midtown metro metropolitan inner outer rural urban upstate downstate coastal mainland suburban modern former occupied
a an the this that these those my your his her its our their whose which what who whom each every some any all both either neither no
another other such in on at to for from of by with about after before over under into onto upon off out up down through during since
until while against among between without within across around near via per despite toward towards beyond behind beside along amid
inside outside unlike like than and or but nor so yet if as because although though whether when where why how unless once not also
only just even still very too then there here now again ever never always already soon more most less least is are was were be been
has have had do does did will would can could shall should might must`.split(/\s+/)]);

/**
 * Whether the word before token k may be a capitalised everyday word joined to it in running text (a
 * word of none of the kinds above; the caller asks the lexicon whether it is an everyday word and not
 * a title). Token k must not open a sentence itself ("The Age. Melbourne.").
 */
export function everydayWordBefore(tokens: Tokens, k: number): boolean {
  if (k < 1) return false;
  const f = tokens.flags[k - 1]!;
  return (tokens.flags[k]! & (T_JOIN | T_SENT | T_HYPHEN)) === T_JOIN && (f & (T_CAP | T_SENT | T_TITLE | T_ALLCAPS)) === T_CAP &&
    !NOT_A_NAME.has(tokens, k - 1);
}
