import { describe, expect, it } from 'vitest';
import { annotate, annotateBlocks, compileLexicon, DocumentAnnotator, loadLexicon } from '../../../src/core/index.ts';
import { fixtureLexicon, lexiconOf, links, place } from './helpers.ts';

describe('spelling variants', () => {
  it('finds names whatever the diacritics, case and dotted/dotless i', () => {
    expect(links('Protesters gathered in Izmir, İzmir and IZMIR; others went to Canakkale and Mugla.')).toEqual([
      'Izmir→city:311046', 'İzmir→city:311046', 'IZMIR→city:311046', 'Canakkale→city:750268', 'Mugla→city:304184',
    ]);
  });

  it('ends possessives before the apostrophe, straight or curly', () => {
    const ms = annotate("It was Turkey's call and Damascus' reply, and Turkey’s again.", fixtureLexicon());
    expect(ms.map((m) => m.text)).toEqual(['Turkey', 'Damascus', 'Turkey']);
  });

  it('sees through soft hyphens, zero-width characters and no-break spaces, with original offsets', () => {
    const text = 'Later, Jens\u00A0Stol\u00ADten\u200Bberg spoke.';
    const [m] = annotate(text, fixtureLexicon());
    expect(m).toMatchObject({ entityId: 'jens-stoltenberg', start: 7, end: text.indexOf(' spoke') });
    expect(m!.text).toBe(text.slice(m!.start, m!.end));
  });

  it('keeps offsets right after astral characters and emoji', () => {
    const text = '𝐀𝐁 👨‍👩‍👧 The Ẓ𝐀land envoy met officials in Ankara 🇹🇷.';
    const ms = annotate(text, fixtureLexicon());
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms.map((m) => m.text)).toEqual(['Ẓ𝐀land', 'Ankara']);
  });
});

describe('names written short', () => {
  const lexicon = lexiconOf([
    place('lc', 'Saint Lucia', 0.7, [], 'country'),
    place('ru-spb', 'Saint Petersburg', 0.73),
    place('us-spb', 'St. Petersburg', 0.36),
    place('fll', 'Fort Lauderdale', 0.4),
  ]);

  it('finds "St." and "Ft." for Saint and Fort, and weighs both places so written', () => {
    expect(links('From St. Lucia and St Lucia to Ft. Lauderdale and St. Petersburg.', {}, lexicon)).toEqual([
      'St. Lucia→lc', 'St Lucia→lc', 'Ft. Lauderdale→fll', 'St. Petersburg→ru-spb',
    ]);
  });
});

describe('longest match', () => {
  it('prefers the longer name', () => {
    expect(links('Talks in the Astana peace process resumed in Astana.')).toEqual([
      'Astana peace process→astana-process', 'Astana→city:1526273',
    ]);
  });

  it('takes a full name as one mention', () => {
    expect(links('Officials said Recep Tayyip Erdoğan would speak.')).toEqual(['Recep Tayyip Erdoğan→recep-tayyip-erdogan']);
  });

  it('takes a surname\'s particle in lower case, as a sentence writes it', () => {
    expect(links('Bashar al-Assad spoke. Later al-Assad\'s forces advanced and Al-Assad said so.')).toEqual([
      'Bashar al-Assad→bashar-al-assad', 'al-Assad→bashar-al-assad', 'Al-Assad→bashar-al-assad',
    ]);
  });

  it('skips a middle initial the alias leaves out', () => {
    expect(links('Yesterday Bill H. Gates spoke.')).toEqual(['Bill H. Gates→bill-gates']);
  });

  it('skips one middle initial, not one of two: "George H. W. Bush" is not "George W. Bush"', () => {
    const lexicon = lexiconOf([
      { id: 'gwb', kind: 'person', name: 'George W. Bush', aliases: [{ text: 'President George W. Bush', match: 'ordinary' }], prominence: 0.9 },
      { id: 'ghwb', kind: 'person', name: 'George H. W. Bush', aliases: [], prominence: 0.8 },
    ]);
    expect(links('Then President George H. W. Bush and President George H.W. Bush spoke.', {}, lexicon)).toEqual(['George H. W. Bush→ghwb', 'George H.W. Bush→ghwb']);
    // (The alias's office word makes the name certain and stays outside the mark: office-words.test.ts.)
    expect(links('Then President George W. Bush spoke.', {}, lexicon)).toEqual(['George W. Bush→gwb']);
  });

  it('skips no letter with digits as if it were a middle initial: "2026 T20 World Cup" is another cup', () => {
    const lexicon = lexiconOf([{ id: 'cup', kind: 'event', name: '2026 Quidditch World Cup', aliases: [{ text: '2026 World Cup', match: 'ordinary' }], prominence: 0.9 }]);
    expect(links('Tickets for the 2026 World Cup sold out.', {}, lexicon)).toEqual(['2026 World Cup→cup']);
    expect(links('Tickets for the 2026 T20 World Cup sold out.', {}, lexicon)).toEqual([]);
    expect(links('Tickets for the 2026 T World Cup sold out.', {}, lexicon)).toEqual(['2026 T World Cup→cup']);
  });

  it('finds a name with a middle initial at the start of a text, and a name at its end', () => {
    // The start filters judge a word with the word after it, or the one after a middle initial.
    expect(links('Bill H. Gates')).toEqual(['Bill H. Gates→bill-gates']);
    expect(links('He met Bill Gates')).toEqual(['Bill Gates→bill-gates']);
  });

  it('does not continue a name across punctuation', () => {
    expect(links('Visitors came from New, York and elsewhere.')).toEqual([]);
  });

  it('matches a demonym inside a hyphenated compound', () => {
    expect(links('Officials in Turkey said Turkish-backed forces advanced.')).toEqual(['Turkey→country:tr', 'Turkish→country:tr']);
  });
});

describe('acronyms', () => {
  it('match only in capitals', () => {
    expect(links('The EU and the UN met, as did the eu and the un.')).toEqual(['EU→european-union', 'UN→united-nations']);
  });

  it('need the exact capital pattern', () => {
    expect(links('We asked who said it, and then WHO said it.')).toEqual(['WHO→world-health-organization']);
    expect(links('officials in the U.S. said')).toEqual(['U.S.→country:us']);
    expect(links('let us go')).toEqual([]);
  });
});

describe('common words as names', () => {
  it('need a capital', () => {
    expect(links('We ate turkey in a nice café after reading. Officials in Turkey agreed.')).toEqual(['Turkey→country:tr']);
  });

  it('do not fire on a sentence-initial capital alone', () => {
    expect(links('Reading is fun. Nice weather today. Turkey is a bird we eat.')).toEqual([]);
    expect(links('Chad, my friend, called.')).toEqual([]);
  });

  it('fire at a sentence start before a possessive and what only a state has (state-possessives.ts)', () => {
    expect(links("Turkey's parliament approved the bill.")).toEqual(['Turkey→country:tr']);
    expect(links("Turkey's recipe needs sage.")).toEqual([]);
  });

  it('fire at a sentence start when the same name appears mid-sentence elsewhere', () => {
    expect(links('Turkey called for talks. Officials from Turkey agreed.')).toEqual(['Turkey→country:tr', 'Turkey→country:tr']);
  });

  it('fire mid-sentence with a capital', () => {
    expect(links('The festival in Nice drew crowds, as did a fair in Jordan.')).toEqual(['Nice→city:2990440', 'Jordan→country:jo']);
  });

  it('get no credit for capitals in a title-case headline', () => {
    expect(links('How To Cook A Perfect Turkey For Christmas')).toEqual([]);
  });

  it('fire at a sentence start as part of a longer match', () => {
    expect(links('United States officials met.')).toEqual(['United States→country:us']);
  });
});

describe('coreference and needs-context', () => {
  it('links a surname after the full name', () => {
    expect(links('Fahrettin Altun wrote on Friday. Later Altun said more.')).toEqual([
      'Fahrettin Altun→fahrettin-altun', 'Altun→fahrettin-altun',
    ]);
  });

  it('links a surname derived from the full name (no alias listed)', () => {
    expect(links('Bill Gates spoke. Later Gates left.')).toEqual(['Bill Gates→bill-gates', 'Gates→bill-gates']);
  });

  it('does not link a surname with no support', () => {
    expect(links('Altun said the weather was fine.')).toEqual([]);
    expect(links('Gates said the weather was fine.')).toEqual([]);
  });

  it('links a needs-context alias when the document supports it', () => {
    expect(links('Akar travelled to Hatay as Turkey and Recep Tayyip Erdoğan weighed a response.').slice(0, 1)).toEqual(['Akar→hulusi-akar']);
  });

  it('prefers a supported person to a tiny village of the same name', () => {
    const ms = annotate('Akar, Turkey’s defence minister, met Recep Tayyip Erdoğan.', fixtureLexicon());
    expect(ms[0]).toMatchObject({ text: 'Akar', entityId: 'hulusi-akar' });
  });

  it('does not link a tiny village on its own', () => {
    expect(links('The meeting was chaired by Akar.')).toEqual([]);
  });

  it('forgets one document before the next (the resolver reuses its tables)', () => {
    const supported = 'Fahrettin Altun wrote on Friday. Later Altun said more.';
    const alone = 'Altun said the weather was fine.';
    // Right after a document that names Fahrettin Altun, the lone surname still has no support.
    expect(links(supported)).toEqual(['Fahrettin Altun→fahrettin-altun', 'Altun→fahrettin-altun']);
    expect(links(alone)).toEqual([]);
    expect(links(supported)).toEqual(['Fahrettin Altun→fahrettin-altun', 'Altun→fahrettin-altun']);
    // And a reading met in one document is chosen afresh in the next.
    const akar = 'Akar travelled to Hatay as Turkey and Recep Tayyip Erdoğan weighed a response.';
    expect(links(akar).slice(0, 1)).toEqual(['Akar→hulusi-akar']);
    expect(links('The meeting was chaired by Akar.')).toEqual([]);
    expect(links(akar).slice(0, 1)).toEqual(['Akar→hulusi-akar']);
  });

  it('resolves across blocks of one document', () => {
    const [first, second] = annotateBlocks(['Altun spoke first.', 'Fahrettin Altun is the director.'], fixtureLexicon());
    expect(first!.map((m) => m.entityId)).toEqual(['fahrettin-altun']);
    expect(second!.map((m) => m.entityId)).toEqual(['fahrettin-altun']);
  });

  it('resolves incrementally as blocks are added', () => {
    const doc = new DocumentAnnotator(fixtureLexicon());
    doc.add(['Altun spoke first.']);
    expect(doc.resolve()[0]).toEqual([]);
    expect(doc.add(['Fahrettin Altun is the director.'])).toBe(1);
    expect(doc.resolve().map((b) => b.length)).toEqual([1, 1]);
  });

  it('forgets its oldest blocks down to a character budget, and they stop giving context', () => {
    const doc = new DocumentAnnotator(fixtureLexicon());
    doc.add(['Fahrettin Altun is the director.', 'A quiet day.', 'Altun spoke later.']);
    expect(doc.resolve()[2]!.map((m) => m.entityId)).toEqual(['fahrettin-altun']);
    const total = doc.textLength;
    expect(doc.forgetOldest(total)).toBe(0);
    expect(doc.forgetOldest(total - 1)).toBe(1);
    expect(doc.blockCount).toBe(2);
    expect(doc.textLength).toBe('A quiet day.'.length + 'Altun spoke later.'.length);
    // The surname alone no longer has its full mention to lean on.
    expect(doc.resolve().map((b) => b.length)).toEqual([0, 0]);
  });
});

describe('one word of a longer unknown name', () => {
  it('is not linked on its own', () => {
    expect(links('Fans waited as Paris Hilton arrived in London.')).toEqual(['London→city:2643743']);
    expect(links('Officials met Hafez Assad and later Mehmet Akar in Turkey, said Recep Tayyip Erdoğan.')).toEqual([
      'Turkey→country:tr', 'Recep Tayyip Erdoğan→recep-tayyip-erdogan',
    ]);
  });

  it('is still linked beside a title or a common word', () => {
    expect(links('Talks in Paris Monday. Later President Erdoğan met Recep Tayyip Erdoğan’s aides in Hatay Province.')).toEqual([
      'Paris→city:2988507', 'Erdoğan→recep-tayyip-erdogan', 'Recep Tayyip Erdoğan→recep-tayyip-erdogan', 'Hatay Province→region:tr-31',
    ]);
  });
});

describe('a known body named "<Head> of <Place>" at the end of a longer name', () => {
  const banks = lexiconOf([
    { id: 'country:ov', kind: 'place', subkind: 'country', name: 'Orvania', prominence: 0.7, aliases: [] },
    { id: 'bank-of-orvania', kind: 'organization', name: 'Bank of Orvania', prominence: 0.6, aliases: [] },
    { id: 'royal-bank-of-orvania', kind: 'organization', name: 'Royal Bank of Orvania', prominence: 0.5, aliases: [] },
    { id: 'university-of-orvania', kind: 'organization', name: 'University of Orvania', prominence: 0.5, aliases: [] },
  ]);

  it('is not linked after a capitalised word that makes another body\'s name', () => {
    expect(links('Shares of Quillane Bank of Orvania rose, and the Agricultural Bank of Orvania fell.', {}, banks)).toEqual([]);
    expect(links('She studied at the Medical University of Orvania.', {}, banks)).toEqual([]);
  });

  it('is linked alone, after a title, a date, an article or a sentence\'s start, and a longer name the dataset knows stays whole', () => {
    expect(links('The Royal Bank of Orvania and the Bank of Orvania agreed.', {}, banks)).toEqual(['Royal Bank of Orvania→royal-bank-of-orvania', 'Bank of Orvania→bank-of-orvania']);
    expect(links('Officials said Monday Bank of Orvania rates would rise; a letter signed Governor Bank of Orvania came. Bank of Orvania said so.', {}, banks)).toEqual([
      'Bank of Orvania→bank-of-orvania', 'Bank of Orvania→bank-of-orvania', 'Bank of Orvania→bank-of-orvania',
    ]);
    expect(links('Quillane Bank of Orvania rose.', {}, banks)).toEqual(['Bank of Orvania→bank-of-orvania']);
    // (After a dateline's dash the article is capitalised, and it is still an article.)
    expect(links('ORVA — The Bank of Orvania cut rates.', {}, banks)).toEqual(['Bank of Orvania→bank-of-orvania']);
  });
});

describe('a name before the members a party or a place sends to a parliament', () => {
  it('is still the name: "Labour MPs", "Hatay MPs" name no longer body', () => {
    expect(links('In Turkey, Hatay MPs voted against the plan, and Ankara MEPs agreed.')).toEqual(['Turkey→country:tr', 'Hatay→region:tr-31', 'Ankara→city:323786']);
  });
});

describe('a place at the head of an organisation we do not know', () => {
  it('is not linked when the name ends in an organisation word', () => {
    expect(links('Shares of the London Stock Exchange fell, said Ankara University and the Hatay Power Co.')).toEqual([]);
    // (A studio or an entertainment company named after the place: "Madison Square Garden Entertainment".)
    expect(links('Ankara Pictures and Hatay Entertainment said the film was delayed.')).toEqual([]);
    // (A sports conference or a gathering: "the Atlantic Coast Conference".)
    expect(links('They joined the Hatay Coast Conference.')).toEqual([]);
    expect(links('The Paris Dominion Bank reported, and Turkish Airlines Corp. agreed.')).toEqual([]);
    expect(links('Fans flew in for the London World Cup.')).toEqual([]);
    // (A prison or a detention centre named after a town it need not be in.)
    expect(links('Detainees at the Ankara Federal Detention Facility and the Hatay State Penitentiary waited.')).toEqual([]);
    // A name the dataset writes with "the" is one word of the text's name too, whatever else it reads as
    // (the sea, and a magazine named after it: "the Atlantic Charter").
    const sea = lexiconOf([
      { id: 'orvan-sea', kind: 'place', subkind: 'body-of-water', name: 'Orvan Sea', prominence: 0.7, aliases: [{ text: 'the Orvan', match: 'ordinary' }] },
      { id: 'the-orvan', kind: 'organization', subkind: 'media', name: 'The Orvan', prominence: 0.5, aliases: [] },
    ]);
    expect(links('They drafted the Orvan Charter in 1941.', {}, sea)).toEqual([]);
    expect(links('Ships crossed the Orvan in 1941.', {}, sea)).toEqual(['Orvan→orvan-sea']);
    // A legal form's abbreviation in lower case, as wire copy writes it; not a word that describes.
    expect(links('Hatay corp said it would report a loss, and Ankara ltd agreed.')).toEqual([]);
    expect(links('A Hatay group said it would sue, and Ankara industries agreed.')).toEqual(['Hatay→region:tr-31', 'Ankara→city:323786']);
    // Technology and drug makers: "U.S. Games Systems, Inc.", "Texas Instruments".
    expect(links('He founded U.S. Games Systems and sold it to Ankara Pharmaceuticals.')).toEqual([]);
    // Service firms and workers' unions, with "of": "Security Services of America", "United Mine Workers of America".
    expect(links('She ran Hatay Security Services, then spoke for the United Mine Workers of Turkey.')).toEqual([]);
    // Research centres, laboratories, orchestras, zoos and hotels are named after their town too.
    expect(links('Pandas were bred at the Hatay Research Centre, heard by the London Symphony Orchestra.')).toEqual([]);
    expect(links('Guests of the Ankara Palace Hotel fled to the Paris Zoo and the Portland National Laboratory.')).toEqual([]);
    // Two bodies named at once, with a head in the plural: both places name their body.
    expect(links('Listings on the Paris and London Stock Exchanges rose; Ankara and Hatay Universities closed.')).toEqual([]);
    // With the head in the singular, two places name one body; so do a board, an authority, an agency.
    expect(links('Ankara and Hatay Council met; the Paris and London Cricket Board, the London Transport Authority and the Hatay Water Agency agreed.')).toEqual([]);
    // (Not a firm's: "Ford and General Motors" are two companies.)
    expect(links('Ankara and Hatay Motors agreed.')).toEqual(['Ankara→city:323786']);
    expect(links('Flights between Paris and London resumed; Ankara and Hatay closed their schools.')).toEqual(['Paris→city:2988507', 'London→city:2643743', 'Ankara→city:323786', 'Hatay→region:tr-31']);
    // After one place, a plural head describes: "The 25 Toughest U.S. Colleges".
    expect(links('The Toughest Paris Colleges, and London Hospitals That Pay')).toEqual(['Paris→city:2988507', 'London→city:2643743']);
  });

  it('is not linked there even on a page about the place', () => {
    expect(links('Farmers of the United States met in New York City, Portland and Boston. Officials of the New York City Transport Council spoke.')).toEqual([
      'United States→country:us', 'New York City→city:5128581', 'Portland→city:5746545', 'Boston→city:4930956',
    ]);
  });

  it('is not linked in a title-case line when the organisation word comes right after it', () => {
    expect(links('Portland Council Approves New Budget\nIn Portland, the vote was close.')).toEqual(['Portland→city:5746545']);
    expect(links('Portland Hit By Power Cuts\nIn Portland, the lights went out.')).toEqual(['Portland→city:5746545', 'Portland→city:5746545']);
  });

  it('is not linked when the place has several words, and the known name of an organisation stays whole', () => {
    expect(links('She worked at the New York City Public Library.')).toEqual([]);
    expect(links('The Halden Motor Company Press Office said so.')).toEqual(['Halden Motor Company→halden-motor-company']);
  });

  it('is still linked before a government body, a lower-case word, a title or punctuation', () => {
    expect(links('The Turkey Foreign Ministry said Ankara officials met in London, Ankara University Hospital aside.')).toEqual([
      'Turkey→country:tr', 'Ankara→city:323786', 'London→city:2643743',
    ]);
    expect(links('In London Mayor Sadiq spoke; the London bank fell.')).toEqual(['London→city:2643743', 'London→city:2643743']);
  });

  it('is linked in a title-case headline, where every word has a capital', () => {
    expect(links('Turkey Hit By Power Cuts As Storm Nears Ankara')).toContain('Ankara→city:323786');
  });
});

describe('a place ending an organisation\'s name after "of"', () => {
  it('is not linked after an organisation word', () => {
    expect(links('She taught at the University of London, then joined the Continental Bank of Paris.')).toEqual([]);
  });

  it('is no place when it is the organisation word itself: "University of …" is not University, Florida', () => {
    expect(links('He taught at the University of Paris.')).toEqual([]);
    expect(links('They shopped at the Mall of London.')).toEqual([]);
    // (Past "the", and a race's name: "the Tour of Flanders".)
    expect(links('He taught at the University of the Hatay.')).toEqual([]);
    expect(links('She won the Tour of Ankara.')).toEqual([]);
    expect(links('They moved to University, a town near Tampa.')).toEqual(['University→city:7260219']);
  });

  it('is linked after a company\'s legal form, which is followed by where the company is based', () => {
    expect(links('Harlow Consultants Inc of London and Brede Group of Paris agreed.')).toEqual(['London→city:2643743', 'Paris→city:2988507']);
  });

  it('is linked after other words and in title-case headlines', () => {
    expect(links('The mayor of London spoke.')).toEqual(['London→city:2643743']);
    expect(links('Strikes Hit University Of London')).toContain('London→city:2643743');
  });
});

describe('a place at the start or end of a geographic name we do not know', () => {
  it('is not linked: the lake, sound or county is another place', () => {
    expect(links('Boats crossed Lake Ankara and sailed up Paris Sound past London County.')).toEqual([]);
    expect(links('Floods rose along the River Hatay.')).toEqual([]);
    expect(links('The suspect fled toward Ankara Square Park and Paris Square.')).toEqual([]);
    // (A city's metropolitan county or region: "Greater Manchester", "Metro Manila".)
    expect(links('The mayor of Greater Ankara and the police of Metro Paris met.')).toEqual([]);
    // (An airline named after its country or city: "Air New Zealand", "Air Berlin". A name of two words
    // after "Air" was read as the country's.)
    const countries = loadLexicon(compileLexicon([place('country:av', 'North Arvenia', 0.9, [], 'country'), place('country:lm', 'Lumeland', 0.9, [], 'country'),
      { id: 'air-lumeland', kind: 'organization', subkind: 'company', name: 'Air Lumeland', prominence: 0.6, aliases: [] }], { commonWords: new Set(['air']) }));
    expect(links('The crew of Air North Arvenia landed in Lumeland.', {}, countries)).toEqual(['Lumeland→country:lm']);
    expect(links('A stabbing in Ankara upon Hatay left one injured.')).toEqual([]);
    // (A territory, as Jersey is; "shore" a word the lexicon knows from a name of its own.)
    const shores = lexiconOf([place('country:corva', 'Corva', 0.7, [], 'country'), place('region:north-shore', 'North Shore', 0.3, [], 'region')]);
    expect(links('The Corva Shore was flooded again.', {}, shores)).toEqual([]);
    // "Ohio State", "Lagos State": a university, or a state the dataset knows by its name alone.
    expect(links('Corva State beat them on Saturday, officials in Corva said.', {}, shores)).toEqual(['Corva→country:corva']);
  });

  it('is linked across a line break, which ends a name', () => {
    expect(links('Ankara\nBay Area\nParis')).toEqual(['Ankara→city:323786', 'Paris→city:2988507']);
  });
});

describe('a place named by a treaty or statute', () => {
  it('is part of the document\'s name', () => {
    expect(links('The Treaty of Ankara and the Statute of London were signed in Paris.')).toEqual(['Paris→city:2988507']);
  });
});

describe('a byline', () => {
  it('names the writer: a place in it is part of the name', () => {
    expect(links('Storm hits coast\nBy Paris Halden-Pope\nWinds reached Ankara by noon.')).toEqual(['Ankara→city:323786']);
    expect(links('BY ANKARA SMITH\nThe storm passed.')).toEqual([]);
  });

  it('may go on after the name with a comma and the time, or with the date', () => {
    expect(links('Storm hits coast\nBy R. Ankara,  52m ago\nWinds reached Paris by noon.')).toEqual(['Paris→city:2988507']);
    expect(links('Storm hits coast\nBY PARIS HALDEN JULY 29, 2016\nThe storm passed.')).toEqual([]);
    expect(links('Winds eased. By Monday, Ankara had reopened its airport.')).toEqual(['Ankara→city:323786']);
  });

  it('may go on with a bar or a dash and the outlet, where the writer is, or a second writer', () => {
    expect(links('Storm hits coast\nBy Paris Halden | The Information\nThe storm passed.')).toEqual([]);
    expect(links('Storm hits coast\nBy Paris Halden — Wire\nThe storm passed.')).toEqual([]);
    expect(links('Storm hits coast\nBy Paris Halden in Ankara\nThe storm passed.')).toEqual(['Ankara→city:323786']);
    expect(links('Storm hits coast\nBy Paris Halden and Tom Hale\nThe storm passed.')).toEqual([]);
    // (A place in the second writer's name is part of it too.)
    expect(links('Storm hits coast\nBy Tom Hale and Ankara Smith in Paris\nThe storm passed.')).toEqual(['Paris→city:2988507']);
    expect(links('Storm hits coast\nBy Tom Hale and Ankara Smith\nThe storm passed.')).toEqual([]);
  });

  it('is only a short line of capitalised words after "By"', () => {
    expect(links('By Paris standards the storm was mild.')).toEqual(['Paris→city:2988507']);
    expect(links('Winds eased. By Monday Ankara reopened its airport.')).toEqual(['Ankara→city:323786']);
  });
});

describe('a region named with its region word', () => {
  it('links the province, not its better-known capital, when the text says province or state', () => {
    // The first matches the province's own name; the second its short name, which needs context.
    expect(links('Rain fell in Córdoba province and in the province of Córdoba.')).toEqual([
      'Córdoba province→region:ar.05', 'Córdoba→region:ar.05',
    ]);
    // The region word belongs to the mark, as the reader sees the name; a plural names several.
    expect(links('Farmers in Santa Fe province sold early; in the Santa Fe Province north, later.')).toEqual([
      'Santa Fe province→region:ar.21', 'Santa Fe Province→region:ar.21',
    ]);
    expect(links('Rain fell in Córdoba and Santa Fe provinces.')).toContain('Santa Fe→region:ar.21');
    // The plural after a list speaks for every name of it, the first too.
    expect(links('Rain fell in the Córdoba and Santa Fe provinces.')).toEqual(['Córdoba→region:ar.05', 'Santa Fe→region:ar.21']);
    expect(links('Rain fell in Hatay, Córdoba and Santa Fe provinces.')).toEqual(['Hatay→region:tr-31', 'Córdoba→region:ar.05', 'Santa Fe→region:ar.21']);
  });

  it('links every province of a list after a plural region word and "of"', () => {
    expect(links('Rain fell in the provinces of Córdoba and Santa Fe.')).toEqual(['Córdoba→region:ar.05', 'Santa Fe→region:ar.21']);
    expect(links('Rain fell in the provinces of Hatay, Córdoba and Santa Fe.')).toEqual(['Hatay→region:tr-31', 'Córdoba→region:ar.05', 'Santa Fe→region:ar.21']);
    // (Without the words, the cities: a list alone says nothing.)
    expect(links('Rain fell in Paris, Córdoba and Santa Fe.')).toEqual(['Paris→city:2988507', 'Córdoba→city:3860259', 'Santa Fe→city:3836277']);
  });

  it('links the province after the same words and "de" in French, Spanish, Portuguese or Italian', () => {
    expect(links('Llovió en la provincia de Córdoba y en la Provincia de Santa Fe.')).toEqual(['Córdoba→region:ar.05', 'Santa Fe→region:ar.21']);
  });

  it('keeps the city without such a word, and counts "state" and "region" only in lower case', () => {
    expect(links('Flights landed in Córdoba and Santa Fe.')).toEqual(['Córdoba→city:3860259', 'Santa Fe→city:3836277']);
    // (A capital "State" makes a longer name, a university's: neither the region nor the city.)
    expect(links('Fans of Santa Fe State cheered in Córdoba.')).toEqual(['Córdoba→city:3860259']);
    expect(links('Officials in Santa Fe state said so.')).toEqual(['Santa Fe state→region:ar.21']);
  });

  it('leaves a name with no region reading alone', () => {
    expect(links('Police in London province said so.')).toEqual(['London→city:2643743']);
  });
});

describe('a leading lower-case "the"', () => {
  it('is needed by the alias but left out of the mention', () => {
    const text = 'Markets waited for the Fed on Friday.';
    const [m] = annotate(text, fixtureLexicon());
    expect(m).toMatchObject({ entityId: 'federal-reserve', text: 'Fed', start: text.indexOf('Fed'), end: text.indexOf(' on') });
  });

  it('does not make the word alone a name', () => {
    expect(links('He was fed up.')).toEqual([]);
  });

  it('gives way to a longer name that begins after it', () => {
    expect(links('Markets waited for the Fed Watch Board on Friday.')).toEqual(['Fed Watch Board→fed-watch-board']);
    // (Written "The" where it opens the sentence too.)
    expect(links('The Fed Watch Board met on Friday.')).toEqual(['Fed Watch Board→fed-watch-board']);
  });

  it('is left out at a sentence start too', () => {
    const text = 'The Fed waited. Later the Fed spoke.';
    expect(annotate(text, fixtureLexicon()).map((m) => [m.text, m.start])).toEqual([['Fed', 4], ['Fed', 26]]);
  });

  it('written "The" inside a sentence begins a title, not a place', () => {
    expect(links('Ships crossed the Atlantic. It appeared in The Atlantic today. The Fed spoke to The Fed.')).toEqual([
      'Atlantic→atlantic-ocean', 'Fed→federal-reserve', 'The Fed→federal-reserve',
    ]);
  });
});

describe('the surname of a person we do not know', () => {
  it('keeps other readings of the word out of the whole document', () => {
    // A made-up carmaker, "Halden", and a person we have no record of, "Gerald R. Halden".
    expect(links('Former president Gerald R. Halden died on Tuesday. Halden was 93. Tributes to Halden came from Paris.')).toEqual([
      'Paris→city:2988507',
    ]);
    expect(links('Gerald Halden spoke. Later, Halden met officials.', undefined)).toEqual([]);
  });

  it('is never a known person\'s surname, whom the full name would have matched', () => {
    for (const other of ['Sarah P. Stoltenberg', 'Mark Stoltenberg']) {
      expect(links(`Jens Stoltenberg spoke in Brussels. Later, ${other} replied.`)).toEqual([
        'Jens Stoltenberg→jens-stoltenberg', 'Brussels→city:2800866',
      ]);
    }
  });

  it('is seen in a headline after a given name that is no word, not after one that is', () => {
    expect(links('Report By Kevin Dax And Jeré Longman\nTourists came to Dax in France.')).toEqual(['France→country:fr']);
    expect(links('Officials Say Will Dax Stay Open Longer\nTourists came to Dax in France.')).toEqual([
      'Dax→city:3021670', 'Dax→city:3021670', 'France→country:fr',
    ]);
  });

  it('is seen across a particle between the given name and the surname', () => {
    expect(links('The philosopher Luis de Halden wrote it. Halden lives in Paris.')).toEqual(['Paris→city:2988507']);
  });

  it('leaves the word alone where no given name comes before it', () => {
    expect(links('Halden cut 2,000 jobs. Workers at Halden Motor Company protested in Paris.')).toEqual([
      'Halden→halden-motor-company', 'Halden Motor Company→halden-motor-company', 'Paris→city:2988507',
    ]);
  });
});

describe('a surname that is also a word or a common name', () => {
  it('is not linked to a lesser-known person on the strength of their country alone', () => {
    expect(links('Officials in the United States, New York City and Portland met Smith.')).toEqual([
      'United States→country:us', 'New York City→city:5128581', 'Portland→city:5746545',
    ]);
  });

  it('is linked to a famous person whose country the page names', () => {
    expect(links('Officials in the United States, New York City and Portland praised Wilson.')).toContain('Wilson→woodrow-wilson');
  });

  it('is linked after the full name as before', () => {
    expect(links('Jack Smith filed the case. Smith spoke in New York City.')).toContain('Smith→jack-smith-lawyer');
  });

  it('is linked to no one when two people of that surname both fit the page, neither named in full', () => {
    expect(links('Officials in the United States, New York City and Portland praised Morgan.')).toEqual([
      'United States→country:us', 'New York City→city:5128581', 'Portland→city:5746545',
    ]);
    expect(links('Rhys Morgan spoke in New York City. Morgan said so.')).toContain('Morgan→rhys-morgan');
  });
});

describe('a photo credit', () => {
  it('names a company or news agency, or nothing of ours', () => {
    expect(links('Smoke over the port. Photo: Anna Kowalczyk/WHO')).toEqual([]);
    expect(links('WHO/MAREK NOWAK')).toEqual([]);
    expect(links('Chips on a wafer. Photo: Anna Kowalczyk/IBM')).toEqual(['IBM→ibm']);
    // (A photographer's name may begin a longer name of ours: "Ada" begins "Ada Morgan".)
    expect(links('Smoke over the port. Photo: Jan Ada/WHO')).toEqual([]);
  });

  it('is no slash between two names we know', () => {
    expect(links('The EU/UN plan and the US/UK talks.')).toEqual(['EU→european-union', 'UN→united-nations', 'US→country:us', 'UK→country:gb']);
    expect(links('The WHO said so.')).toEqual(['WHO→world-health-organization']);
  });
});

describe('a short form written in capitals', () => {
  it('matches only in capitals, whatever its mode', () => {
    expect(links('Islamic State fighters fled. Is that the end? IS lost its last town in Syria.')).toEqual([
      'Islamic State→islamic-state', 'IS→islamic-state', 'Syria→country:sy',
    ]);
  });
});

describe('a month in a date', () => {
  it('is no name, next to a number or after a word of time', () => {
    expect(links('Theresa May spoke on 7 May 2019, again in May and on May 3; March 2005 was wet.')).toEqual(['Theresa May→theresa-may']);
  });

  it('leaves the name itself alone', () => {
    expect(links('Theresa May spoke. Later, May resigned in London.')).toEqual([
      'Theresa May→theresa-may', 'May→theresa-may', 'London→city:2643743',
    ]);
  });
});

describe('an amount of money', () => {
  it('is no name: "$3M" is not 3M', () => {
    const lexicon = lexiconOf([{ id: 'threem', kind: 'organization', subkind: 'company', name: '3M', prominence: 0.7, aliases: [] }]);
    expect(links('The startup raised $3M and then €3M more; 3M shares rose.', {}, lexicon)).toEqual(['3M→threem']);
  });
  it('nor is a unit after a number: "a 300 HP engine" is not HP', () => {
    const lexicon = lexiconOf([{ id: 'hp', kind: 'organization', subkind: 'company', name: 'HP', prominence: 0.7, aliases: [{ text: 'HP', match: 'acronym' }] }]);
    expect(links('A 300 HP engine and a 12 MP camera; HP shares rose.', {}, lexicon)).toEqual(['HP→hp']);
  });
});

describe('a day\'s abbreviation before a number', () => {
  const lexicon = lexiconOf([
    { id: 'region:mm.mon', kind: 'place', subkind: 'region', name: 'Mon State', prominence: 0.4, aliases: [{ text: 'Mon', match: 'ordinary' }] },
  ]);
  it('is a date, as in a weather widget; the name elsewhere is the name', () => {
    expect(links('Taipei Today 69°65° Sat 74°68° Sun 77°69° Mon 75°69°', {}, lexicon)).toEqual([]);
    expect(links('Taipei City\nToday\n69°65°\nSun\n77°69°\nMon\n75°69°\nMust Watch', {}, lexicon)).toEqual([]);
    expect(links('Fighting spread in Mon on Tuesday.', {}, lexicon)).toEqual(['Mon→region:mm.mon']);
  });
  it('is a date before a comma and a number or a month, as in a page\'s date line', () => {
    expect(links('Last updated: Mon, 20 Oct 2025 23:32:35 GMT', {}, lexicon)).toEqual([]);
    expect(links('Posted Mon, Oct 20 at noon.', {}, lexicon)).toEqual([]);
    expect(links('Fighting spread in Mon, Kayin and Shan.', {}, lexicon)).toEqual(['Mon→region:mm.mon']);
  });
});

describe('a lesser-known organisation\'s acronym', () => {
  it('needs its country or a related entity on the page', () => {
    expect(links('Press SP for single player, or MP to play online.')).toEqual([]);
    expect(links('In Uttar Pradesh, India, the SP won most seats.')).toContain('SP→samajwadi-party');
    expect(links('The Samajwadi Party met. The SP won most seats.')).toEqual(['Samajwadi Party→samajwadi-party', 'SP→samajwadi-party']);
  });

  it('is linked alone when it names a company or a news agency', () => {
    expect(links('Shares of IBM rose on Friday.')).toEqual(['IBM→ibm']);
  });
});

describe('a name of several words written in lowercase', () => {
  it('is not a place or a person: "el centro" on a Spanish page is not El Centro', () => {
    expect(links('Vivimos en el centro de la ciudad.')).toEqual([]);
    expect(links('Flights to El Centro resumed.')).toEqual(['El Centro→city:5345609']);
  });

  it('may be an event, which English often writes in lowercase', () => {
    expect(links('Since the global financial crisis, rates have stayed low.')).toEqual(['global financial crisis→2008-financial-crisis']);
  });
});

describe('homonyms', () => {
  it('takes the prominent one without context', () => {
    expect(links('Shelling continued near Damascus overnight.')).toEqual(['Damascus→city:170654']);
  });

  it('follows the document context', () => {
    expect(links('Damascus is a small city in Oregon, east of Portland.')).toContain('Damascus→city:5722064');
    expect(links('Syria said Damascus would respond.')).toContain('Damascus→city:170654');
  });
});

describe('a little-known namesake of a world-famous place', () => {
  it('is not chosen because the page is about its country', () => {
    expect(links('Bill Gates spoke in Boston, in the United States. Then he flew to Damascus.')).toContain('Damascus→city:170654');
  });

  it('is not chosen for its state named once, far from it', () => {
    const far = ' The talks went on for days, and nobody expected them to end soon.'.repeat(5);
    expect(links(`Talks opened in Damascus.${far} In Oregon, farmers waited for rain.`)).toEqual(['Damascus→city:170654', 'Oregon→region:us-or']);
  });

  it('is not chosen for its state named in the next sentence', () => {
    expect(links('Talks opened in Damascus. In Oregon, farmers waited for rain.')).toEqual(['Damascus→city:170654', 'Oregon→region:us-or']);
    expect(links('Talks opened in Damascus and Boston. She lives in Oregon now.')).toContain('Damascus→city:170654');
  });

  it('is chosen where its state or a place of it is named beside it', () => {
    expect(links('She grew up in Damascus, a small city in Oregon.')).toEqual(['Damascus→city:5722064', 'Oregon→region:us-or']);
    expect(links('In Oregon, farmers waited for rain. She grew up in Damascus, east of Portland.')).toEqual(['Oregon→region:us-or', 'Damascus→city:5722064', 'Portland→city:5746545']);
  });
});

describe('a name in the title of a work', () => {
  it('is not the place: a capitalised article inside a sentence opens a title', () => {
    expect(links('Critics praised The Paris Review, and she read A New York Story twice.')).toEqual([]);
  });

  it('is the place where the article may begin a sentence', () => {
    expect(links('The Paris talks failed. "The Paris talks failed," she said. It ended in 1907.[16] The Paris talks failed.')).toEqual([
      'Paris→city:2988507', 'Paris→city:2988507', 'Paris→city:2988507',
    ]);
  });
});

describe('a region and a town in it of the same name', () => {
  // A small dataset of its own: the city is the better known, as in ours (New York City 0.67, the state 0.46).
  const ny = lexiconOf([
    place('country:us', 'United States', 1, [], 'country'),
    place('region:ny', 'New York', 0.46, ['country:us'], 'region'),
    { id: 'city:nyc', kind: 'place', subkind: 'city', name: 'New York City', aliases: [{ text: 'New York', match: 'ordinary' }], prominence: 0.67, related: ['country:us', 'region:ny'] },
    place('city:manhattan', 'Manhattan', 0.4, ['country:us', 'region:ny']),
  ]);

  it('is the town, though the towns named around lie in both', () => {
    expect(links('The lights of Manhattan went out. By morning New York was bright again.', {}, ny)).toEqual(['Manhattan→city:manhattan', 'New York→city:nyc']);
  });

  it('is no town of the name "<Region> City" where "city" is written in lower case ("the Texas city of El Paso")', () => {
    const withCity = lexiconOf([...[
      place('country:us', 'United States', 0.95, [], 'country'),
      place('region:tx', 'Texas', 0.8, ['country:us'], 'region'),
      place('city:texas-city', 'Texas City', 0.4, ['country:us', 'region:tx']),
    ]]);
    expect(links('He moved to the Texas city of Ardel.', {}, withCity)).toEqual(['Texas→region:tx']);
    expect(links('He moved to Texas City last year.', {}, withCity)).toEqual(['Texas City→city:texas-city']);
  });

  it('is the region where the words say so', () => {
    expect(links('Farms upstate went dry, in the state of New York.', {}, ny)).toEqual(['New York→region:ny']);
  });

  it('is the region after a state\'s office and "of", the town after a town\'s', () => {
    expect(links('The governor of New York signed the bill.', {}, ny)).toEqual(['New York→region:ny']);
    expect(links('She ran for the governorship of New York; the legislature of New York met.', {}, ny)).toEqual(['New York→region:ny', 'New York→region:ny']);
    expect(links('The mayor of New York signed the bill.', {}, ny)).toEqual(['New York→city:nyc']);
    // (A federal court's district: "the Southern District of New York".)
    expect(links('He was charged in the Southern District of New York.', {}, ny)).toEqual(['New York→region:ny']);
  });

  it('is the region after "canton", "emirate" or "department" as after "state" or "province"', () => {
    const swiss = lexiconOf([
      place('country:ch', 'Switzerland', 0.9, [], 'country'),
      { id: 'region:ch.be', kind: 'place', subkind: 'region', name: 'Berna', aliases: [{ text: 'Berna', match: 'needs-context' }], prominence: 0.3, related: ['country:ch', 'city:berna'] },
      place('city:berna', 'Berna', 0.6, ['country:ch', 'region:ch.be']),
    ]);
    expect(links('Voters in Berna said no on Sunday.', {}, swiss)).toEqual(['Berna→city:berna']);
    expect(links('Voters in the canton of Berna said no on Sunday.', {}, swiss)).toEqual(['Berna→region:ch.be']);
    expect(links('Voters in Berna canton said no; so did the Berna emirate and Berna department.', {}, swiss)).toEqual(['Berna canton→region:ch.be', 'Berna emirate→region:ch.be', 'Berna department→region:ch.be']);
  });
});

describe('demonyms', () => {
  it('link with lower confidence than names, more when the country is named', () => {
    const ms = annotate('Turkish troops moved, officials in Turkey said.', fixtureLexicon());
    const demonym = ms.find((m) => m.text === 'Turkish')!;
    const name = ms.find((m) => m.text === 'Turkey')!;
    expect(demonym.entityId).toBe('country:tr');
    expect(demonym.confidence).toBeLessThan(name.confidence);
    expect(annotate('Turkish troops moved.', fixtureLexicon())).toEqual([]);
    expect(annotate('Turkish troops moved.', fixtureLexicon(), { threshold: 0.3 })).toHaveLength(1);
  });

  it('never displace a name of the same words', () => {
    expect(links('The Syrian war went on, Syria said.')).toEqual(['Syrian war→syrian-civil-war', 'Syria→country:sy']);
  });

  it('can be switched off', () => {
    expect(links('Turkish troops moved, officials in Turkey said.', { demonyms: false })).toEqual(['Turkey→country:tr']);
  });
});

describe('confidence and options', () => {
  it('keeps every confidence in [0, 1] and honours the threshold', () => {
    const text = 'Turkish troops near Akar. Turkey, NATO and the EU met in Brussels.';
    const all = annotate(text, fixtureLexicon(), { threshold: 0 });
    for (const m of all) {
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    const strict = annotate(text, fixtureLexicon(), { threshold: 0.9 });
    expect(strict.every((m) => m.confidence >= 0.9)).toBe(true);
    expect(strict.length).toBeLessThan(all.length);
  });

  it('filters by kind', () => {
    expect(links('NATO met in Brussels.', { kinds: ['organization'] })).toEqual(['NATO→nato']);
  });

  it('gives WordNet-only entries lower confidence', () => {
    const ms = annotate('The Aare flows past Bern, and ships dock at Mobile.', fixtureLexicon(), { threshold: 0 });
    const aare = ms.find((m) => m.text === 'Aare')!;
    expect(aare.confidence).toBeLessThan(0.5);
  });

  it('handles empty and whitespace-only text', () => {
    expect(annotate('', fixtureLexicon())).toEqual([]);
    expect(annotate(' \n\t ', fixtureLexicon())).toEqual([]);
  });
});

describe('a short word in capitals in prose', () => {
  it('is an abbreviation, not a town spelt in capitals', () => {
    expect(links('The DAX index fell. Tourists love Dax in France.')).toEqual(['Dax→city:3021670', 'France→country:fr']);
  });

  it('stays a name in a dateline or a run of capitals', () => {
    expect(links('DAX (Reuters) - Tourists came.')).toEqual(['DAX→city:3021670']);
    expect(links('Fans in DAX FRANCE cheered.')).toEqual(['DAX→city:3021670', 'FRANCE→country:fr']);
  });
});

describe('a surname quoted as a speaker', () => {
  it('is not a little-known town of that name', () => {
    expect(links('The plant will close, Peabody said. "It is over," said Peabody.')).toEqual([]);
  });

  it('is the person of that surname the page backs, where the dataset has one: the town goes', () => {
    const banker = lexiconOf([
      place('country:av', 'Arvenia', 0.9, [], 'country'),
      place('city:lume', 'Lume', 0.8, ['country:av']),
      place('city:veda', 'Veda', 0.3, ['country:av']),
      { id: 'bank-of-arvenia', kind: 'organization', name: 'Bank of Arvenia', prominence: 0.7, aliases: [], related: ['country:av'] },
      { id: 'kazu-veda', kind: 'person', name: 'Kazu Veda', prominence: 0.7, aliases: [{ text: 'Veda', match: 'needs-context' }], related: ['bank-of-arvenia'] },
    ]);
    // (The town of the page's country was as likely as its governor: no card.)
    expect(links('In Lume, Veda said the Bank of Arvenia would raise rates in Arvenia.', {}, banker)).toEqual([
      'Lume→city:lume', 'Veda→kazu-veda', 'Bank of Arvenia→bank-of-arvenia', 'Arvenia→country:av',
    ]);
    expect(links('Veda said rates would rise.', {}, banker)).toEqual([]);
  });

  it('is the company of that name, where the dataset has one, and not a little town the page places', () => {
    const phones = lexiconOf([
      place('country:av', 'Arvenia', 0.9, [], 'country'),
      place('city:lume', 'Lume', 0.6, ['country:av']),
      place('city:tarro', 'Tarro', 0.15, ['country:av']),
      { id: 'tarro-company', kind: 'organization', subkind: 'company', name: 'Tarro', prominence: 0.65, aliases: [] },
    ]);
    // (Mid-sentence, where its capital proves it a name.)
    expect(links('In a statement, Tarro said it would open a lab in Lume.', {}, phones)).toEqual(['Tarro→tarro-company', 'Lume→city:lume']);
  });

  it('leaves the town where the speakers are, and capitals that speak for governments', () => {
    expect(links('Officials in Peabody said the plant would close.')).toEqual(['Peabody→city:4946863']);
    expect(links('Ankara said it would respond.')).toEqual(['Ankara→city:323786']);
  });
});

describe('a company\'s legal form', () => {
  it('belongs to the name the dataset knows, with its dot', () => {
    expect(links('International Business Machines Corp said Halden Motor Company Inc. and IBM Ltd agreed.')).toEqual([
      'International Business Machines Corp→ibm', 'Halden Motor Company Inc.→halden-motor-company', 'IBM Ltd→ibm',
    ]);
    expect(links('Halden and Co Inc, Halden & Co. and Halden AG said.')).toEqual([
      'Halden and Co Inc→halden-motor-company', 'Halden & Co.→halden-motor-company', 'Halden AG→halden-motor-company',
    ]);
  });

  it('is a capitalised form joined to the name, and no place takes one', () => {
    expect(links('IBM co-founded it. IBM. Corp results were out. IBM and Co-operative Bank.').map((l) => l.split('→')[0])).toEqual(['IBM', 'IBM', 'IBM']);
    expect(links('Offices in Ankara Ltd said.').map((l) => l.split('→')[0])).not.toContain('Ankara Ltd');
  });
});

describe('a little-known town\'s name that the page uses in an organisation\'s name', () => {
  it('is doubted elsewhere on the page', () => {
    expect(links('The Edirne expansion was approved.')).toEqual(['Edirne→city:747712']);
    expect(links('Edirne Motors reported a rise. The Edirne expansion was approved.')).toEqual([]);
    expect(links('The Edirne expansion was approved by the Bank of Edirne.')).toEqual([]);
  });

  it('but not a well-known city, nor a town the page names in a lake\'s or a river\'s name', () => {
    expect(links('Ankara University grew. Ankara said no.')).toEqual(['Ankara→city:323786']);
    expect(links('Lake Edirne froze. The Edirne expansion was approved.')).toEqual(['Edirne→city:747712']);
  });
});

describe('a person we do not know', () => {
  const lexicon = lexiconOf([
    place('gb', 'United Kingdom', 0.95, [], 'country'),
    { id: 'mu', kind: 'place', subkind: 'country', name: 'Mauritius', aliases: [{ text: 'Maurice', match: 'ordinary' }], prominence: 0.9 },
    { id: 'charles-iii', kind: 'person', name: 'Charles III', aliases: [{ text: 'Charles', match: 'ordinary' }], prominence: 0.9, related: ['gb'] },
    { id: 'gavin-williamson', kind: 'person', name: 'Gavin Williamson', aliases: [{ text: 'Williamson', match: 'ordinary' }], prominence: 0.6, related: ['gb'] },
  ]);

  it('is named with a particle after a given name: "Charles de Thierry" is not Charles III', () => {
    expect(links('In the United Kingdom, Charles spoke.', {}, lexicon)).toEqual(['United Kingdom→gb', 'Charles→charles-iii']);
    expect(links('In the United Kingdom, Charles de Thierry spoke.', {}, lexicon)).toEqual(['United Kingdom→gb']);
  });

  it('is cited surname first, also before a given name that some country is called in another language', () => {
    expect(links('The United Kingdom. Williamson spoke.', {}, lexicon)).toEqual(['United Kingdom→gb', 'Williamson→gavin-williamson']);
    expect(links('The United Kingdom. Williamson, Maurice (10 October 2013). "Names".', {}, lexicon)).toEqual(['United Kingdom→gb']);
  });
});

describe('a founder\'s name in a firm\'s name', () => {
  it('is not the town of that name', () => {
    expect(links('Kidder, Peabody and Co and Smith, Peabody & Co advised the deal.')).toEqual([]);
  });

  it('leaves a list of places alone', () => {
    expect(links('Offices in Peabody, London and Paris, Acme Holdings Ltd said.')).toEqual([
      'Peabody→city:4946863', 'London→city:2643743', 'Paris→city:2988507',
    ]);
  });
});

describe('an author in a reference list', () => {
  it('is not the town of that surname', () => {
    expect(links('^ Derby, Mark (2010). A history. Derby, Mark. Another. Derby, Mark J. (2011).')).toEqual([]);
    // (Hyphened initials too.)
    expect(links('^ Moodley, Y.; Derby, J.-Y.; Linz, B. (2009). A study.')).toEqual([]);
  });

  it('nor is the author\'s given name a place or a person of that name', () => {
    expect(links('^ Gordon, Victoria (1998). A book. Farms in Victoria burned.')).toEqual(['Victoria→region:au-vic']);
  });

  it('leaves a town followed by a place, or by a name that is not cited', () => {
    expect(links('Trains from Derby, Mark said, were late.')).toEqual(['Derby→city:2651347']);
    expect(links('He flew from Damascus, Hatay to London.')).toEqual(['Damascus→city:170654', 'Hatay→region:tr-31', 'London→city:2643743']);
  });
});

describe('a place of several words inside a longer unknown name', () => {
  const lexicon = lexiconOf([
    place('cl', 'Chile', 0.9, [], 'country'),
    place('la-union', 'La Unión', 0.3, ['cl']),
  ]);

  it('is no mention of the place', () => {
    expect(links('Es inadmisible en la Unión Europea, dijo.', {}, lexicon)).toEqual([]);
    expect(links('Vive en La Unión, en el sur.', {}, lexicon)).toEqual(['La Unión→la-union']);
  });

  it('but a dateline\'s dash or a writer\'s given name after it ends the place', () => {
    expect(links('LA UNIÓN - Maria Lopez is back.', {}, lexicon)).toEqual(['LA UNIÓN→la-union']);
    expect(links('The quest to save vanishing La Unión Henry Grabar', {}, lexicon)).toEqual(['La Unión→la-union']);
  });

  it('is no mention of a town when an unknown capitalised word begins the name, unless the word only says which part of it', () => {
    const towns = lexiconOf([
      place('cl', 'Chile', 0.9, [], 'country'),
      place('nv', 'New Varia', 0.9, [], 'country'),
      place('san-bruno', 'San Bruno', 0.5, ['cl']),
      { id: 'ana-vidal', kind: 'person', name: 'Ana Vidal', prominence: 0.6, aliases: [] },
    ]);
    const on = (text: string) => links(text, {}, towns);
    expect(on('Colo lost 3-0 to Zenit San Bruno in the league.')).toEqual([]);
    expect(on('Snow fell across Upstate San Bruno.')).toEqual(['San Bruno→san-bruno']);
    // (A name the dataset knows before it is no part of the town's: "Mayor Eric Adams New York".)
    expect(on('Mayor Ana Vidal San Bruno said so.')).toEqual(['Ana Vidal→ana-vidal', 'San Bruno→san-bruno']);
    // (A country's card is a fair one for a body named after it: "Statistics New Zealand".)
    expect(on('Figures from Statistica New Varia rose.')).toEqual(['New Varia→nv']);
  });
});

describe('a city named as its own country', () => {
  const lexicon = lexiconOf([
    place('hk', 'Hong Kong', 0.7, [], 'territory'),
    { ...place('hk-city', 'Hong Kong', 0.9, ['hk']), facts: [{ type: 'country', value: 'Hong Kong', id: 'hk' }] },
  ]);

  it('is the country or territory by its bare name', () => {
    expect(links('Protests in Hong Kong continued on Monday.', {}, lexicon)).toEqual(['Hong Kong→hk']);
  });
});

describe('a country after a capitalised compass word', () => {
  const lexicon = lexiconOf([
    { id: 'de', kind: 'place', subkind: 'country', name: 'Germany', aliases: [{ text: 'German', match: 'demonym' }], prominence: 0.9, related: ['nl', 'fr'] },
    { id: 'us', kind: 'place', subkind: 'country', name: 'United States', aliases: [{ text: 'American', match: 'demonym' }], prominence: 0.95 },
    place('kr', 'South Korea', 0.9, [], 'country'),
    place('nl', 'Holland', 0.85, ['de'], 'country'),
    place('fr', 'France', 0.9, ['de'], 'country'),
    { id: 'rena-west', kind: 'person', name: 'Rena West', aliases: [{ text: 'West', match: 'needs-context' }], prominence: 0.6 },
  ]);

  it('is another state, or no country: "West Germany", "North American"', () => {
    expect(links('Exports to West Germany, East-Germany and South Korea rose, North American whalers said.', {}, lexicon)).toEqual(['South Korea→kr']);
    // Even where the compass word is a surname the dataset knows, and among today's neighbours.
    expect(links('Exports to France, West Germany and Holland rose.', {}, lexicon)).toEqual(['France→fr', 'Holland→nl']);
    expect(links('Exports to France, Germany and Holland rose.', {}, lexicon)).toEqual(['France→fr', 'Germany→de', 'Holland→nl']);
    expect(links('Heading south, Germany was warm; in the West, Germany led.', {}, lexicon)).toEqual(['Germany→de', 'Germany→de']);
  });
});

describe('a war named after its place', () => {
  const lexicon = lexiconOf([
    place('us', 'United States', 0.95, [], 'country'),
    place('vn', 'Vietnam', 0.6, [], 'country'),
    { id: 'vietnam-war', kind: 'event', subkind: 'war', name: 'Vietnam War', aliases: [{ text: 'Vietnam', match: 'ordinary' }], prominence: 0.9, related: ['us', 'vn'] },
  ]);

  it('is the place in one word, the war by its full name', () => {
    expect(links('The United States sent tours to Vietnam for ten days, years after the Vietnam War.', {}, lexicon)).toEqual([
      'United States→us', 'Vietnam→vn', 'Vietnam War→vietnam-war',
    ]);
  });
});

describe('a place placed in a country', () => {
  const lexicon = lexiconOf([
    place('nz', 'New Zealand', 0.9, [], 'country'),
    place('gb', 'United Kingdom', 0.95, [], 'country'),
    place('au', 'Australia', 0.9, [], 'country'),
    place('us', 'United States', 0.95, [], 'country'),
    place('kn', 'Saint Kitts and Nevis', 0.7, [], 'country'),
    place('kn.13', 'Middle Island', 0.2, ['kn'], 'region'),
    place('port-arthur-au', 'Port Arthur', 0.2, ['au']),
    place('port-arthur-us', 'Port Arthur', 0.45, ['us']),
    { id: 'port-arthur-massacre', kind: 'event', name: 'Port Arthur massacre', aliases: [{ text: 'Port Arthur', match: 'ordinary' }], prominence: 0.12 },
  ]);

  it('is the one there, even when an event is named after a place of that name', () => {
    expect(links('He left the United States and lives in Port Arthur, Australia.', {}, lexicon)).toEqual([
      'United States→us', 'Port Arthur→port-arthur-au', 'Australia→au',
    ]);
  });

  it('is a place we do not know when it is little known and lies elsewhere, unless the comma only lists', () => {
    expect(links('He explored Middle Island, Saint Kitts and Nevis.', {}, lexicon)).toEqual(['Middle Island→kn.13', 'Saint Kitts and Nevis→kn']);
    expect(links('He explored the Middle Island, New Zealand, in 1846.', {}, lexicon)).toEqual(['New Zealand→nz']);
    expect(links('Ships reached Middle Island, New Zealand and the United Kingdom.', {}, lexicon)).toEqual([
      'Middle Island→kn.13', 'New Zealand→nz', 'United Kingdom→gb',
    ]);
  });

  it('is a namesake we do not know even when well known ("Rabat, Malta"), unless a list runs into the pair', () => {
    const withCapital = lexiconOf([
      place('nz', 'New Zealand', 0.9, [], 'country'),
      place('au', 'Australia', 0.9, [], 'country'),
      place('city:sydney', 'Sydney', 0.9, ['au']),
      place('city:auckland', 'Auckland', 0.8, ['nz']),
    ]);
    const on = (text: string) => links(text, {}, withCapital);
    expect(on('He grew up in Sydney, New Zealand, a village.')).toEqual(['New Zealand→nz']);
    expect(on('He grew up in Sydney, Australia.')).toEqual(['Sydney→city:sydney', 'Australia→au']);
    expect(on('Flights from Auckland, Sydney, New Zealand were cut.')).toEqual([
      'Auckland→city:auckland', 'Sydney→city:sydney', 'New Zealand→nz',
    ]);
    expect(on('Flights from Auckland and Sydney, New Zealand were cut.')).toEqual([
      'Auckland→city:auckland', 'Sydney→city:sydney', 'New Zealand→nz',
    ]);
  });

  it('is a namesake we do not know after a state of another country ("Berlin, Connecticut"), whoever else has the name', () => {
    const withStates = lexiconOf([
      place('nz', 'New Zealand', 0.9, [], 'country'),
      place('au', 'Australia', 0.9, [], 'country'),
      place('city:sydney', 'Sydney', 0.9, ['au']),
      place('au.nsw', 'New South Wales', 0.6, ['au'], 'region'),
      place('nz.otago', 'Otago', 0.5, ['nz'], 'region'),
      { id: 'tilda-sydney', kind: 'person', name: 'Tilda Sydney', prominence: 0.3, aliases: [{ text: 'Sydney', match: 'needs-context' }] },
    ]);
    const on = (text: string) => links(text, {}, withStates);
    expect(on('She retired to Sydney, Otago, a village.')).toEqual(['Otago→nz.otago']);
    expect(on('She retired to Sydney, New South Wales.')).toEqual(['Sydney→city:sydney', 'New South Wales→au.nsw']);
    // (A list, past a reference mark: the comma only separates names.)
    expect(on('Campaigns in Sydney, Otago,[4] Wellington and Crete.')).toEqual(['Sydney→city:sydney', 'Otago→nz.otago']);
  });

  it('is a namesake we do not know when its best-known reading lies apart, though a lesser one lies beside that state\'s country ("Paris, Ontario")', () => {
    const withNeighbours = lexiconOf([
      place('au', 'Australia', 0.9, [], 'country'),
      place('nz', 'New Zealand', 0.9, ['au'], 'country'),
      place('fj', 'Fiji', 0.7, [], 'country'),
      place('nz.otago', 'Otago', 0.5, ['nz'], 'region'),
      place('au.nsw', 'New South Wales', 0.6, ['au'], 'region'),
      place('city:lautoka', 'Lautoka', 0.7, ['fj']),
      // (A little Lautoka in Australia, whose neighbour New Zealand holds Otago.)
      place('city:lautoka-au', 'Lautoka', 0.2, ['au', 'au.nsw']),
      place('city:dunmore', 'Dunmore', 0.6, ['au']),
    ]);
    const on = (text: string) => links(text, {}, withNeighbours);
    expect(on('The council in Lautoka, Otago, approved a new pool.')).toEqual(['Otago→nz.otago']);
    // (The best-known one lying beside it: a list of two places a border apart, as "Damascus, Hatay".)
    expect(on('He flew from Dunmore, Otago to Fiji.')).toEqual(['Dunmore→city:dunmore', 'Otago→nz.otago', 'Fiji→fj']);
  });

  it('leaves the second name its region readings, not a city of the name ("near Delhi, New York" is the state)', () => {
    const withCityState = lexiconOf([
      place('au', 'Australia', 0.9, [], 'country'),
      place('fj', 'Fiji', 0.7, [], 'country'),
      place('au.vic', 'Victoria', 0.6, ['au'], 'region'),
      place('city:victoria', 'Victoria', 0.7, ['au', 'au.vic']),
      place('city:lautoka', 'Lautoka', 0.7, ['fj']),
    ]);
    const on = (text: string) => links(text, {}, withCityState);
    expect(on('The crash happened near Lautoka, Victoria.')).toEqual(['Victoria→au.vic']);
    // (Alone, the city may win: the comma after a town is what says a region.)
    expect(on('The crash happened near Victoria on Sunday.')).toEqual(['Victoria→city:victoria']);
  });

  it('is placed by an apposition that calls it a town of a region ("Princeton, the Minnesota town")', () => {
    const withStates = lexiconOf([
      place('au', 'Australia', 0.9, [], 'country'),
      place('au.nsw', 'New South Wales', 0.6, ['au'], 'region'),
      place('au.vic', 'Victoria', 0.6, ['au'], 'region'),
      place('city:penrith', 'Penrith', 0.5, ['au', 'au.nsw']),
    ]);
    const on = (text: string) => links(text, {}, withStates);
    // (The dataset's Penrith lies in New South Wales: this one is a town we do not know.)
    expect(on('Penrith, the Victoria town, approved a new school.')).toEqual(['Victoria→au.vic']);
    // (Another noun is no town's: "Penrith, the Victoria side".)
    expect(on('Penrith, the Victoria side, won.')).toEqual(['Penrith→city:penrith', 'Victoria→au.vic']);
  });

  it('is a namesake we do not know after another state of its own country ("Woodside, California"), where its record lists its own', () => {
    const withStates = lexiconOf([
      place('au', 'Australia', 0.9, [], 'country'),
      place('au.nsw', 'New South Wales', 0.6, ['au'], 'region'),
      place('au.vic', 'Victoria', 0.6, ['au'], 'region'),
      place('city:penrith', 'Penrith', 0.3, ['au', 'au.nsw']),
      place('city:dalby', 'Dalby', 0.3, ['au']),
    ]);
    const on = (text: string) => links(text, {}, withStates);
    expect(on('She retired to Penrith, New South Wales.')).toEqual(['Penrith→city:penrith', 'New South Wales→au.nsw']);
    expect(on('She retired to Penrith, Victoria.')).toEqual(['Victoria→au.vic']);
    // (A record that lists no region says nothing of where it lies.)
    expect(on('She retired to Dalby, Victoria.')).toEqual(['Dalby→city:dalby', 'Victoria→au.vic']);
  });

  it('is a town named like a country after a state of another country ("DENMARK, S.C.", "Mexico, Maine"), even a neighbour', () => {
    const withCountries = lexiconOf([
      place('au', 'Australia', 0.9, [], 'country'),
      place('au.nsw', 'New South Wales', 0.6, ['au'], 'region'),
      place('pe', 'Peloria', 0.8, [], 'country'),
      // (Quizland lists Australia beside it, as Mexico's record lists the US.)
      place('qz', 'Quizland', 0.8, ['au'], 'country'),
    ]);
    const on = (text: string) => links(text, {}, withCountries);
    expect(on('PELORIA, New South Wales — The mill closed on Sunday.')).toEqual(['New South Wales→au.nsw']);
    expect(on('The mayor of Quizland, New South Wales, said the road reopened.')).toEqual(['New South Wales→au.nsw']);
    // (A list: the comma only separates names.)
    expect(on('Trade between Peloria, New South Wales and Quizland grew.')).toEqual(['Peloria→pe', 'New South Wales→au.nsw', 'Quizland→qz']);
  });
});

describe('a town and the region or country it lies in', () => {
  it('picks the town that lies there, whatever else the page names', () => {
    expect(links('Syria and its war in Damascus were far from Damascus, Oregon, where he grew up.')).toEqual([
      'Syria→country:sy', 'Damascus→city:170654', 'Damascus→city:5722064', 'Oregon→region:us-or',
    ]);
  });

  it('picks it after "in" too, where the two fit, and places nothing where they do not', () => {
    expect(links('Syria and its war in Damascus were far from Damascus in Oregon, where he grew up.')).toEqual([
      'Syria→country:sy', 'Damascus→city:170654', 'Damascus→city:5722064', 'Oregon→region:us-or',
    ]);
    expect(links('Syria and Damascus in the news; Damascus in Europe.')).toEqual(['Syria→country:sy', 'Damascus→city:170654', 'Damascus→city:170654']);
  });

  it('picks it before the possessive of a place of it: "Tripoli, Lebanon\'s second-largest city"', () => {
    expect(links('Syria and Damascus: clashes broke out in Damascus, Oregon\'s second-largest town.')).toEqual(['Syria→country:sy', 'Damascus→city:170654', 'Damascus→city:5722064', 'Oregon→region:us-or']);
    // (Not before a person or a body of it.)
    expect(links('Syria met Damascus, Oregon\'s governor said.')).toEqual(['Syria→country:sy', 'Damascus→city:170654', 'Oregon→region:us-or']);
    // (A city is the town of the name, not the region; with no town of it, a town we do not know.)
    const both = lexiconOf([place('country:av', 'Arvenia', 0.9, [], 'country'), place('region:av.c', 'Corva', 0.6, ['country:av'], 'region'),
      place('city:corva', 'Corva', 0.4, ['country:av', 'region:av.c']), place('region:av.l', 'Lume', 0.6, ['country:av'], 'region')]);
    expect(links('Corva, Arvenia\'s largest city, ran out of fuel.', {}, both)).toEqual(['Corva→city:corva', 'Arvenia→country:av']);
    expect(links('Lume, Arvenia\'s largest city, ran out of fuel.', {}, both)).toEqual(['Arvenia→country:av']);
  });

  it('picks it after the town\'s people or services and "in": "Rome police in Georgia"', () => {
    expect(links('Damascus police in Oregon said the crash killed two.')).toEqual(['Damascus→city:5722064', 'Oregon→region:us-or']);
    expect(links('Syria and Damascus: Damascus officials in Oregon agreed.')).toEqual(['Syria→country:sy', 'Damascus→city:170654', 'Damascus→city:5722064', 'Oregon→region:us-or']);
  });

  it('reads a state\'s abbreviation after a town of it, and a name written with its comma as one', () => {
    // ("Washington, D.C." is the fixture's name for the city, comma and all: one mention.)
    expect(links('Officials in Portland, Ore., said. He lives in Washington, D.C. now.')).toEqual([
      'Portland→city:5746545', 'Ore.→region:us-or', 'Washington, D.C.→city:4140963',
    ]);
    expect(links('He moved to Washington.')).toEqual(['Washington→region:us-wa']);
  });

  it('goes on across a comma only where a name is written with one', () => {
    const lex = lexiconOf([
      { id: 'tarn-princess', kind: 'person', name: 'Ilse, Princess of Tarn', aliases: [], prominence: 0.6 },
      place('country:tn', 'Tarn', 0.8, [], 'country'),
      place('city:vell', 'Vell', 0.5, ['country:tn']),
    ]);
    expect(links('On Monday, Ilse, Princess of Tarn, opened a school.', {}, lex)).toEqual(['Ilse, Princess of Tarn→tarn-princess']);
    // A comma elsewhere ends the name: "Vell, Tarn" is a town and its country.
    expect(links('Floods hit Vell, Tarn, on Monday.', {}, lex)).toEqual(['Vell→city:vell', 'Tarn→country:tn']);
    // Across a comma after a space, a quote or a second comma, nothing goes on.
    expect(links('On Monday, Ilse "Princess of Tarn" opened a school.', {}, lex)).toEqual(['Tarn→country:tn']);
  });

  it('reads an abbreviation that is also a word as the state only after a town of it', () => {
    expect(links('Officials in Boston, Mass., said. He attended Mass. on Sunday.')).toEqual(['Boston→city:4930956', 'Mass.→region:us-ma']);
  });

  it('reads a region\'s short name as the region after a town we do not know', () => {
    expect(links('The mine at Villa Nueva, Córdoba, closed.')).toEqual(['Córdoba→region:ar.05']);
    // Also at a sentence start, as in a dateline ("INNISFIL, Ontario —").
    expect(links('Almafuerte, Córdoba, closed its mine.')).toEqual(['Córdoba→region:ar.05']);
    expect(links('ALMAFUERTE, Córdoba — The mine closed.')).toEqual(['Córdoba→region:ar.05']);
    expect(links('The mine at Córdoba closed.')).toEqual(['Córdoba→city:3860259']);
  });

  it('but not in a headline, where every word has its capital', () => {
    expect(links('Miners Strike At Big Copper Pits, Córdoba Says')).toEqual(['Córdoba→city:3860259']);
  });

  it('but not after an author\'s surname in a reference list', () => {
    expect(links('See Kingsley, Victoria (2003). Farms in Victoria burned.')).toEqual(['Victoria→region:au-vic']);
  });

  it('nor after a person\'s name, whose initial or given name shows it ("Hansa D. Bhargava, MD")', () => {
    expect(links('Reviewed by Hansa D. Almafuerte, Córdoba.')).toEqual(['Córdoba→city:3860259']);
    expect(links('Reviewed by Mark Almafuerte, Córdoba.')).toEqual(['Córdoba→city:3860259']);
  });
});

describe('a town\'s name that begins another name', () => {
  it('is not the town before a capitalised everyday word', () => {
    expect(links('Crowds came to the Paris Motor Show and later to a Peabody Film night in spring.')).toEqual([]);
  });

  it('is not the town of several words either ("the Las Vegas Grand Prix"), but its office holders are its own', () => {
    const lexicon = lexiconOf([place('city:port-marel', 'Port Marel', 0.7), place('city:dunmore', 'Dunmore', 0.7)]);
    const on = (text: string) => links(text, {}, lexicon);
    expect(on('Crowds came to the Port Marel Grand Prix in spring.')).toEqual([]);
    expect(on('Crowds came to Port Marel in spring.')).toEqual(['Port Marel→city:port-marel']);
    expect(on('Port Marel Archbishop Anna Volk and Dunmore Lord Mayor Ben Aske met in spring.')).toEqual(['Port Marel→city:port-marel', 'Dunmore→city:dunmore']);
  });

  it('is the town before a day, a word for a place, or a lower-case word, and a country stays one', () => {
    expect(links('He met them in London Thursday, then in Peabody City and Paris itself; Turkey Border posts closed.')).toEqual([
      'London→city:2643743', 'Peabody→city:4946863', 'Paris→city:2988507', 'Turkey→country:tr',
    ]);
  });
});

describe('a town named like a common surname of another language', () => {
  it('needs the page\'s support, as an English surname does', () => {
    expect(links('The brothers Osorio and Perez were held in the county jail.')).toEqual([]);
  });
});

describe('a body every country has, named generically', () => {
  it('is the one of the country the page is about', () => {
    expect(links('France voted. In Paris, French judges of France\'s Supreme Court met; France, France and France agreed.'))
      .not.toContain('Supreme Court→supreme-court-of-the-united-states');
    expect(links('The Supreme Court ruled in the United States on Monday.')).toContain('Supreme Court→supreme-court-of-the-united-states');
  });

  it('is the one of the country named around it, on a page not mainly about its own', () => {
    const filler = ' Nobody expected the talks to end soon, and they went on for days.'.repeat(2);
    const page = `France, France and Paris voted; the United States and New York City watched.${filler} Judges in Paris said the Supreme Court would meet.`;
    expect(links(page)).not.toContain('Supreme Court→supreme-court-of-the-united-states');
    expect(links(`${page} The United States and New York City said the Supreme Court would meet.`)).toContain('Supreme Court→supreme-court-of-the-united-states');
  });

  it('keeps a name that says whose body it is', () => {
    expect(links('France voted. In Paris, France, France and France agreed; the US Supreme Court ruled.'))
      .toContain('US Supreme Court→supreme-court-of-the-united-states');
  });
});

describe('a department\'s name as a committee\'s subject', () => {
  const lexicon = lexiconOf([
    { id: 'dept-border', kind: 'organization', subkind: 'ministry', name: 'Department of Border Affairs', prominence: 0.8, aliases: [{ text: 'Border Affairs', match: 'ordinary' }] },
  ]);
  const on = (text: string) => links(text, {}, lexicon);

  it('is the committee, not the department, before "Committee" or "panel", or after "House" or "Senate"', () => {
    expect(on('The chairman of the Border Affairs panel spoke.')).toEqual([]);
    expect(on('A member of the Border Affairs Committee spoke.')).toEqual([]);
    expect(on('A member of House Border Affairs spoke.')).toEqual([]);
  });

  it('is the department before other words, or a lower-case "committee" (the body\'s own)', () => {
    expect(on('The Border Affairs office and the Border Affairs committee spoke.')).toEqual(['Border Affairs→dept-border', 'Border Affairs→dept-border']);
  });
});
