/**
 * Longer names in French, Spanish, Portuguese and Italian that hold a place's name after a generic
 * word and "de": "Quai d'Orsay", "la gare de Lyon", "Universidad de Chile", "Corea del Sur",
 * "l'Afrique du Sud", "l'archipel Bismarck". The ministry, the Paris station, the university, the
 * country and the islands are other things than Orsay, Lyon, Chile, Sur (a town in Oman), Sud (a
 * department of Haiti) or Bismarck, North Dakota: a card for those is a wrong card. A name the
 * dataset knows ("Banque de France", "Ciudad de México") is matched whole before this is asked;
 * otherwise the matcher flags the place as part of a longer name (match.ts readAround), and the
 * resolver doubts it as it doubts "Lake Taupo"'s Taupo (feature-names.ts) — the English forms of
 * these names are there and in org-heads.ts.
 *
 * Also two more things these languages do with a capital: a part of the world ("l'Est", "el Sur",
 * "l'Atlantique": `worldPartWord`) and a noun after an article ("La Constitución": `articleBefore`).
 *
 * Folded forms (lower case, no diacritics); an elided "d'" or "l'" is a word of its own (tokenize.ts).
 */
import { T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE, type Tokens } from './tokenize.ts';
import { WordSet } from './word-set.ts';
import { B1, B2, cue } from './cues.ts';

/**
 * Generic words that begin such a name when capitalised: institutions, buildings, streets and natural
 * features ("Université de Lyon", "Museo del Prado", "Plaza de Mayo", "Val d'Aoste").
 */
const HEADS = new WordSet(`
universite universidad universidade universita universitat musee museo museu banque banco banca
institut instituto istituto lycee college colegio liceo ecole escuela escola scuola hopital hospital ospedale
aeroport aeropuerto aeroporto stade estadio stadio palais palacio palazzo theatre teatro club clube
academie academia accademia fondation fundacion fundacao fondazione association asociacion associacao
federation federacion federacao cathedrale catedral cattedrale eglise iglesia igreja chiesa basilique basilica
chateau castillo castelo castello
gare estacion estacao stazione quai rue calle rua via avenue avenida boulevard place plaza praca piazza
porte puerta porta pont puente ponte parc parque parco jardin jardim giardino
lac lago mont monte cap cabo golfe golfo baie bahia baia ile isla ilha isola iles islas ilhas isole
val valle vale vallee cote costa canal mer mar mare detroit estrecho estreito stretto archipel archipielago
arquipelago arcipelago
`.split(/\s+/).filter(Boolean));

/**
 * The streets, stations and natural features among them, which French and Spanish also write in lower
 * case ("la gare de Lyon", "le quai d'Orsay", "le lac de Côme"). (A lower-case "université de Lyon" or
 * "musée de Lyon" is in Lyon: a card for the city is a fair answer there.)
 */
const LOWER_HEADS = new WordSet(`
gare estacion estacao stazione quai rue calle rua via avenue avenida boulevard porte pont
lac lago golfe golfo baie bahia ile isla ilha isola iles islas ilhas isole detroit estrecho estreito stretto
archipel archipielago arquipelago arcipelago
`.split(/\s+/).filter(Boolean));

/** Natural features written right before the name, in either case: "l'archipel Bismarck", "le lac Kivu", "Isla Margarita". */
const DIRECT_HEADS = new WordSet('archipel archipielago arquipelago arcipelago lac lago ile isla ilha isola iles islas ilhas isole golfe golfo mont monte'.split(' '));

/** "de" and its forms ("d'" elided, "du" = "de le", "del", "della", "do", "da", …). */
const OF = new WordSet('de d du des del della dello delle dei degli di do da dos das'.split(' '));
/** An article after it: "de la Concorde", "de l'Est", "de los Andes". */
const ARTICLE = new WordSet('la l le los las'.split(' '));

/** The compass words that end a country's or a region's name after "de": "Corea del Sur", "Irlande du Nord". */
const COMPASS_WORDS = 'sur sud sul nord norte est este oeste ouest leste';
const COMPASS = new WordSet(COMPASS_WORDS.split(' '));

/**
 * Words of these languages that name a direction, a centre, a coast or an ocean, which French, Spanish
 * and Portuguese write with a capital for a part of the world ("les pays de l'Est", "l'Ouest
 * américain", "l'Atlantique", "el Centro"), and which are also the names of regions (Burkina Faso's
 * Est, Haiti's Ouest, Benin's Atlantique, Cameroon's Centre).
 */
const WORLD_PARTS = new WordSet(`${COMPASS_WORDS} centre centro littoral litoral atlantique atlantico pacifique pacifico`.split(/\s+/));

/**
 * Whether the one word at token k, on a page in another language than English, is such a word (see
 * WORLD_PARTS): a part of the world, not the region named so, whose card would be a wrong one there.
 */
export function worldPartWord(tokens: Tokens, k: number): boolean {
  return WORLD_PARTS.has(tokens, k);
}

/** Whether token k is a lower-case word joined to the one before it (a particle inside a name). */
function lowerJoined(tokens: Tokens, k: number): boolean {
  return (tokens.flags[k]! & (T_JOIN | T_CAP | T_HYPHEN | T_SENT)) === T_JOIN;
}

/** Whether token k continues the word before it (joined, not across a hyphen, not a sentence's first). */
function joined(tokens: Tokens, k: number): boolean {
  return (tokens.flags[k]! & (T_JOIN | T_HYPHEN | T_SENT)) === T_JOIN;
}

/**
 * Whether the place at token k ends a Romance-language name (see the module's comment): a generic
 * word, "de" and perhaps an article before it, or a generic natural feature right before it; or it is
 * a compass word after "de" and a capitalised word. Never in a title-case line.
 */
export function romanceNameBefore(tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  if ((flags[k]! & T_TITLE) !== 0 || !joined(tokens, k) || k < 1) return false;
  // "l'archipel Bismarck", "Isla Margarita"
  if (DIRECT_HEADS.has(tokens, k - 1)) return true;
  let p = k - 1;
  if (ARTICLE.has(tokens, p) && lowerJoined(tokens, p) && p >= 2) p--;
  if (p < 1 || !OF.has(tokens, p) || !lowerJoined(tokens, p)) return false;
  const head = p - 1;
  const capital = (flags[head]! & T_CAP) !== 0;
  if (capital && (COMPASS.has(tokens, k) || HEADS.has(tokens, head))) return true;
  return !capital && LOWER_HEADS.has(tokens, head);
}
/** romanceNameBefore's cue (cues.ts). */
export const ROMANCE_CUE = cue([DIRECT_HEADS, B1], [OF, B1], [OF, B2]);

/**
 * Definite articles of these languages ("l'" is a word of its own: tokenize.ts), and the masculine ones
 * fused with "a" or "de" that a club's name takes: "ganó al Barcelona", "del Milan". (Not Portuguese's:
 * "do Porto", "no Porto" are of and in the city, which Portuguese names with its article.)
 */
const ARTICLES = new WordSet('el la los las le les il lo gli l al del au du dal'.split(' '));

/**
 * Whether token k follows a definite article, on the same line: in French, Spanish, Portuguese or
 * Italian a town's name takes none unless the article is part of it ("La Paz", "Le Havre", matched
 * whole), so a word after one is a noun — "La Constitución manda" (the constitution) is not
 * Constitución, Chile. (Countries and regions take articles: "la France", "la Toscana".)
 */
export function articleBefore(tokens: Tokens, k: number): boolean {
  return k > 0 && (tokens.flags[k]! & (T_JOIN | T_HYPHEN)) === T_JOIN && ARTICLES.has(tokens, k - 1);
}
