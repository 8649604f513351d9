import { describe, expect, it, test } from 'vitest';
import { createTokens, tokenize, T_ALLCAPS, T_CAP, T_HYPHEN, T_JOIN, T_SENT, T_TITLE } from '../../../src/core/tokenize.ts';

function toks(text: string) {
  const t = createTokens(4);
  tokenize(text, t);
  return Array.from({ length: t.count }, (_, k) => ({
    text: text.slice(t.start[k], t.end[k]),
    folded: String.fromCharCode(...t.chars.subarray(t.foldStart[k]!, t.foldStart[k]! + t.foldLen[k]!)),
    flags: t.flags[k]!,
  }));
}

describe('tokenizer', () => {
  it('reports original offsets around possessives, soft hyphens and astral characters', () => {
    const text = '😀 Turkey’s Stol\u00ADtenberg 𝐀x';
    const t = toks(text);
    expect(t.map((x) => x.text)).toEqual(['Turkey', 'Stol\u00ADtenberg', '𝐀x']);
    expect(t.map((x) => x.folded)).toEqual(['turkey', 'stoltenberg', '𝐀x']);
  });

  it('marks capitals, sentence starts, joins and hyphens', () => {
    const t = toks('The EU met. Turkish-backed forces, Ankara');
    const f = Object.fromEntries(t.map((x) => [x.text, x.flags]));
    expect(f.The! & T_SENT).toBeTruthy();
    expect(f.EU! & T_ALLCAPS).toBeTruthy();
    expect(f.EU! & T_SENT).toBeFalsy();
    expect(f.Turkish! & T_SENT).toBeTruthy();
    expect(f.backed! & T_HYPHEN).toBeTruthy();
    expect(f.backed! & T_JOIN).toBeTruthy();
    expect(f.Ankara! & T_JOIN).toBeFalsy(); // a comma breaks a name
    expect(f.Ankara! & T_CAP).toBeTruthy();
  });

  it('reads a hyphen with a space beside it as a dash, which a name does not go on across', () => {
    const t = toks('TARN, Ala. - Nick left; Corva – Lume ties and Corva -Lume too, but Corva-Lume stays.');
    const flagsOf = (word: string, nth = 0) => t.filter((x) => x.text === word)[nth]!.flags;
    expect(flagsOf('Nick') & T_JOIN).toBeFalsy();
    expect(flagsOf('Lume', 0) & T_JOIN).toBeFalsy();
    expect(flagsOf('Lume', 1) & T_JOIN).toBeFalsy();
    expect(flagsOf('Lume', 2) & (T_JOIN | T_HYPHEN)).toBe(T_JOIN | T_HYPHEN);
  });

  it('gives the sentence start to the word after a footnote mark, not to its number', () => {
    const t = toks('It began in 1907.[16] Turkey joined. Auckland[17] grew.');
    expect(t.find((x) => x.text === 'Turkey')!.flags & T_SENT).toBeTruthy();
    expect(t.find((x) => x.text === 'grew')!.flags & T_SENT).toBeFalsy();
  });

  it('does not end a sentence after an abbreviation or initial', () => {
    const t = toks('He met Mr. Altun and U.S. officials.');
    expect(t.find((x) => x.text === 'Altun')!.flags & T_SENT).toBeFalsy();
    expect(t.find((x) => x.text === 'officials')!.flags & T_SENT).toBeFalsy();
  });

  it('ends a name at a short word\'s dot that ends the sentence, but not at an abbreviation\'s', () => {
    const f = (text: string, word: string) => toks(text).find((x) => x.text === word)!.flags;
    // ("praised Xi. Putin", "held in Rio. Brazil's…": a sentence ends, and no name goes on across it.)
    expect(f('He praised Xi. Putin called.', 'Putin') & (T_SENT | T_JOIN)).toBe(T_SENT);
    expect(f('It was held in Rio. Brazil voted.', 'Brazil') & (T_SENT | T_JOIN)).toBe(T_SENT);
    // (Abbreviations, listed or in capitals, go on: "Sault Ste. Marie", "on Jan. 6", "EE. UU.")
    expect(f('Flights to Sault Ste. Marie resumed.', 'Marie') & (T_SENT | T_JOIN)).toBe(T_JOIN);
    expect(f('It began on Jan. 6 in Ohio.', '6') & (T_SENT | T_JOIN)).toBe(T_JOIN);
    expect(f('Viajó a EE. UU. ayer.', 'UU') & T_JOIN).toBeTruthy();
  });

  it('treats a possessive as the end of a name', () => {
    const t = toks("Turkey's Communications Director");
    expect(t[1]!.flags & T_JOIN).toBeFalsy();
  });

  it('marks headline lines in title case or capitals', () => {
    const t = toks('How To Cook A Turkey At Home\nShe bought a turkey in Nice today.');
    expect(t[4]!.flags & T_TITLE).toBeTruthy();
    expect(t.at(-2)!.flags & T_TITLE).toBeFalsy();
  });

  it('ends a name at a line break: the next line\'s first word starts a sentence and joins nothing', () => {
    const f = Object.fromEntries(toks('Trade with Canada\nFrance is next').map((x) => [x.text, x.flags]));
    expect(f.France! & T_SENT).toBeTruthy();
    expect(f.France! & T_JOIN).toBeFalsy();
    expect(f.is! & T_JOIN).toBeTruthy();
  });

  it('reads a line of names that ends with a full stop as a sentence, not a headline', () => {
    const title = (line: string) => toks(line).every((x) => (x.flags & T_TITLE) !== 0);
    expect(title('Partners: Canada, China, Italy and Japan.')).toBe(false);
    expect(title('Leaders From Canada And Japan Meet In Rome')).toBe(true);
    expect(title('Critics Say Trump Appointees Can Dodge a Huge Tax Bill. That’s Not...')).toBe(true); // cut short
    expect(title('“Critics Say Trump Appointees Can Dodge a Tax Bill.”\n')).toBe(false); // at a line break
  });
});

describe('scripts without spaces between words', () => {
  test('a Latin name written straight after Chinese or Japanese text is a word of its own', async () => {
    const { charClass, C_WORD } = await import('../../../src/core/chars.ts');
    expect(charClass('北'.charCodeAt(0)) & C_WORD).toBe(0);
    expect(charClass('カ'.charCodeAt(0)) & C_WORD).toBe(0);
    expect(charClass('J'.charCodeAt(0)) & C_WORD).toBe(C_WORD);
  });
});
