/**
 * A web address written out in the text is a path, not names: nothing inside it is marked, and it
 * gives the page no context. (The test lexicon's places; the addresses are made up.)
 */
import { describe, expect, it } from 'vitest';
import { addressRanges, emailRanges } from '../../../src/core/web-addresses.ts';
import { lexiconOf, links } from './helpers.ts';

describe('names inside a web address', () => {
  it('are not marked, with a scheme or with www.', () => {
    expect(links('Retrieved from "https://wiki.example.org/index.php?title=Hatay_Province&oldid=12" on Monday.')).toEqual([]);
    expect(links('Mirror: ftp://files.example.net/London/Paris.txt and www.example.com/Turkey_news')).toEqual([]);
  });

  it('are marked again right after it, the sentence\'s stop and bracket being no part of it', () => {
    expect(links('See https://example.com/Paris. London agreed.')).toEqual(['London→city:2643743']);
    expect(links('Read it at (http://www.example.com/Syria) about Syria.')).toEqual(['Syria→country:sy']);
    expect(links('Paris:https://example.com/Turkey was shared in Turkey.')).toEqual(['Paris→city:2988507', 'Turkey→country:tr']);
  });
});

describe('names inside an e-mail address', () => {
  it('are not marked; a handle, with no domain, is left alone', () => {
    const lexicon = lexiconOf([{ id: 'quillane-news', kind: 'organization', subkind: 'company', name: 'Quillane', prominence: 0.7, aliases: [] }]);
    expect(links('Read Quillane daily.', {}, lexicon)).toEqual(['Quillane→quillane-news']);
    expect(links('Write to jo@quillane.com or Desk.Quillane@example.org today.', {}, lexicon)).toEqual([]);
    expect(links('Follow @Paris and write to hatay@example.com.')).toEqual(['Paris→city:2988507']);
  });

  it('finds each address once, its final stop left to the sentence', () => {
    const text = 'Mail a.b@x.org, c@d.co. Not @handle or x@y or a @ b.';
    const r = emailRanges(text);
    expect(r.length).toBe(4);
    expect([text.slice(r[0], r[1]), text.slice(r[2], r[3])]).toEqual(['a.b@x.org', 'c@d.co']);
  });
});

describe('addressRanges', () => {
  it('finds each address once, up to a space, quote or angle bracket', () => {
    const text = 'a https://x.org/a?b=c, "www.y.com/z" and mailto nothing; http://q.io';
    const r = addressRanges(text);
    expect(r.length).toBe(6);
    expect([text.slice(r[0], r[1]), text.slice(r[2], r[3]), text.slice(r[4], r[5])]).toEqual(['https://x.org/a?b=c', 'www.y.com/z', 'http://q.io']);
  });

  it('finds none in ordinary text, nor a bare "://" or a word ending in www', () => {
    expect(addressRanges('Ankara said so: nothing to see.')).toEqual([]);
    expect(addressRanges('a :// b and awww. c')).toEqual([]);
  });
});
