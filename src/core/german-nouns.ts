/**
 * German capitalises every noun, so on a German page a capital says nothing of a name that is also a
 * common German noun: "die Lage" (the situation) is not Lage in Westphalia, "(Bild: Hersteller)"
 * (picture: maker) is not the newspaper Bild, "das Essen" (the meal) is not the city. These are the
 * commonest German nouns (our own list, folded: lower case, no umlauts, "ß" as "ss"), the German
 * counterpart of the English common words the compiler knows (common-words.ts) — only on a page in
 * German (other-languages.ts, documentCapitalisesNouns) does the matcher ask.
 */
import { T_CAP, T_HYPHEN, T_JOIN, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';

const NOUNS = new WordSet(`
zeit jahr jahre mensch menschen welt leben tag tage woche monat abend nacht morgen mittag stunde minute
hand kopf auge augen herz blut stimme sprache name titel anfang ende schluss teil seite stelle punkt art
weg ort platz raum haus hof halle wald berg see bad meer insel fluss strasse tor turm brucke burg dorf feld
garten stadt land staat bund volk leute familie vater mutter sohn tochter bruder schwester freund frau mann kind
kinder herr dame konig kaiser meister richter arzt lehrer burger chef bauer
bild blatt lage essen stern spiegel bank markt post bahn zug auto wagen schiff flug hafen bahnhof zentrum
kreis bezirk gemeinde region provinz kanton grenze mitte norden suden osten westen
arbeit recht frage grund geld wort sache kraft macht politik regierung partei wahl polizei gericht kirche
schule zeitung nachricht bericht geschichte kultur sport spiel musik film buch brief kunst wirtschaft
unternehmen firma preis wert zahl fall problem losung entscheidung ziel plan idee beispiel krise hilfe
sicherheit gefahr angriff kampf krieg frieden freiheit wahrheit liebe gluck angst hoffnung glaube gott tod
ruhe ordnung form farbe linie ecke rand boden decke wand dach keller lager laden handel verkehr energie
strom gas kohle stahl eisen gold silber holz stein sand glas papier druck presse netz daten technik
forschung wissen bildung lehre studie umwelt klima wetter regen schnee sturm winter sommer herbst
licht wasser feuer luft erde himmel sonne mond tier hund pferd vogel fisch baum blume rose
`.split(/\s+/).filter(Boolean));

/** Prepositions that place a bare name: "in Essen", "aus Halle" (a common noun takes an article there). */
const PLACING = new WordSet('in aus nach bei'.split(' '));

/**
 * Whether token k is a common German noun that nothing places: no lower-case preposition of place joined
 * right before it ("nach dem Essen" has its article between).
 */
export function germanNounNotPlaced(tokens: Tokens, k: number): boolean {
  if (!NOUNS.has(tokens, k)) return false;
  const prev = k - 1;
  return prev < 0 || (tokens.flags[k]! & (T_JOIN | T_HYPHEN)) !== T_JOIN || (tokens.flags[prev]! & T_CAP) !== 0 || !PLACING.has(tokens, prev);
}
