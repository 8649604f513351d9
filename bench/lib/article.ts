/**
 * A generated long news article (default ~5 MB of HTML) for the in-browser benchmark: paragraphs
 * of news-like sentences sprinkled with names the dataset knows (Turkey, NATO, Jens Stoltenberg,
 * Ankara, Erdoğan, the European Union…) and plenty of capitalised words it should not mark.
 * Deterministic, so runs compare.
 */
const NAMES = ['Turkey', 'NATO', 'Jens Stoltenberg', 'Ankara', 'Erdoğan', 'Recep Tayyip Erdoğan', 'European Union', 'Brussels', 'Syria', 'Idlib',
  'Russia', 'Vladimir Putin', 'Moscow', 'United Nations', 'Greece', 'Athens', 'Kurdistan', 'Iraq', 'Baghdad', 'Istanbul', 'Germany',
  'Angela Merkel', 'Berlin', 'France', 'Emmanuel Macron', 'Paris', 'United States', 'Washington', 'Joe Biden', 'Sweden', 'Finland'];
const FILLER = ['Officials', 'Monday', 'Tuesday', 'The ministry', 'Analysts', 'A spokesperson', 'Diplomats', 'The committee', 'Lawmakers', 'Observers'];
const DAYS = ['Monday', 'Friday', 'Sunday'];
const VERBS = ['said', 'warned', 'announced', 'insisted', 'suggested', 'confirmed', 'denied', 'argued'];
const OBJECTS = ['the talks would resume next week', 'no agreement had been reached', 'the border crossing would stay closed',
  'further sanctions were under consideration', 'a new round of negotiations was planned', 'the ceasefire was holding for now',
  'the decision would be reviewed in the spring', 'troop numbers would not change this year'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

export function bigArticle(targetBytes = 5 * 1024 * 1024): { html: string; paragraphs: number; nameMentions: number } {
  const rand = rng(2024);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Turkey and NATO: a long read</title></head><body>',
    '<header><nav><a href="#">Home</a> <a href="#">World</a> <a href="#">Europe</a></nav></header>',
    '<main><article><h1>Turkey, NATO and the European Union: a very long read</h1><p class="byline">By Staff Reporter in Ankara</p>'];
  let bytes = parts.join('').length, paragraphs = 0, mentions = 0;
  while (bytes < targetBytes) {
    const sentences: string[] = [];
    const count = 4 + Math.floor(rand() * 4);
    for (let i = 0; i < count; i++) {
      const a = pick(NAMES), b = pick(NAMES);
      mentions += 2;
      sentences.push(rand() < 0.5
        ? `${pick(FILLER)} in ${a} ${pick(VERBS)} that ${pick(OBJECTS)}, according to people briefed on the meeting with ${b}.`
        : `${a} ${pick(VERBS)} on ${pick(DAYS)} that ${pick(OBJECTS)}; ${b} did not comment.`);
    }
    const p = `<p>${sentences.join(' ')}</p>\n`;
    parts.push(paragraphs % 40 === 39 ? `<h2>Part ${paragraphs / 40 + 1}: ${pick(NAMES)} and ${pick(NAMES)}</h2>\n${p}` : p);
    bytes += p.length;
    paragraphs++;
  }
  parts.push('</article></main><footer><p>© Example News. Contact the desk in Brussels.</p></footer></body></html>');
  return { html: parts.join(''), paragraphs, nameMentions: mentions };
}
