/**
 * Words that begin a surname and are written in lower case inside a sentence: "Luis de Miranda",
 * "Ludwig van Beethoven", "Mohammed bin Salman". The matcher reads them between a given name and a
 * surname (match.ts); the compiler lets a short form begin with one in lower case (compile.ts).
 */
export const SURNAME_PARTICLES: readonly string[] = 'de da das do dos di del della van von der den ter du le la bin ibn'.split(' ');
/**
 * The Arabic article, hyphenated to the surname ("al-Assad", "el-Sisi"). It begins short forms in lower
 * case, but the matcher does not read it as a particle between names (it sits inside the hyphenated word).
 */
export const ARTICLE_PARTICLES: readonly string[] = ['al', 'el'];
