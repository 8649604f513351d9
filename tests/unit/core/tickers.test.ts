/**
 * A stock ticker beside a company's name is a code, not a name: "(ROK.N)", "(NYSE: ROK)", "$ROK"
 * mark nothing and give the page no context. (The test lexicon's acronyms; the tickers are made up.)
 */
import { describe, expect, it } from 'vitest';
import { isTicker } from '../../../src/core/tickers.ts';
import { links } from './helpers.ts';

describe('an acronym written as a stock ticker', () => {
  it('is not marked as an instrument code, after an exchange and a colon, or as a cashtag', () => {
    expect(links('Shares of Quillane Motors (UK.N) rose, and Orvan Foods (EU.MC) fell.')).toEqual([]);
    expect(links('Quillane (NYSE: EU) and Orvan (Nasdaq:UK) and Pemberly (LSE : USA) rose.')).toEqual([]);
    expect(links('Traders piled into $EU and $UK on Monday.')).toEqual([]);
  });

  it('is marked as the name it is elsewhere: at a sentence\'s end, before another word, after a currency or a colon of a label', () => {
    expect(links('Talks with the EU. Then the UK.Then the US: it agreed.')).toEqual(['EU→european-union', 'UK→country:gb', 'US→country:us']);
    expect(links('Prices in EU and UK$ terms; Source: UK')).toEqual(['EU→european-union', 'UK→country:gb']);
  });
});

describe('isTicker', () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return isTicker(text, start, start + word.length);
  };

  it('needs capitals only, whole, of two to six letters', () => {
    expect(at('(ROK.N)', 'ROK')).toBe(true);
    expect(at('(SAN.MC)', 'SAN')).toBe(true);
    expect(at('(Rok.N)', 'Rok')).toBe(false);
    expect(at('(XROK.N)', 'ROK')).toBe(false);
    expect(at('(ROK.Nx)', 'ROK')).toBe(false);
    expect(at('(ROK.NYC)', 'ROK')).toBe(false);
  });

  it('knows exchanges by name before the colon, and the cashtag only without a letter before it', () => {
    expect(at('(TSX: RY)', 'RY')).toBe(true);
    expect(at('(Label: RY)', 'RY')).toBe(false);
    expect(at('buy $ROK now', 'ROK')).toBe(true);
    expect(at('in US$ROK', 'ROK')).toBe(false);
  });
});
