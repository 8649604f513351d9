/**
 * The binary layout of the compiled lexicon (public/data/lexicon.bin).
 *
 * Why binary: the service worker must be ready within milliseconds of waking, with ~100k aliases.
 * Parsing JSON would build an object per alias; here loading is a header read plus typed-array views
 * over one buffer, and strings (entity ids, names) are decoded only when a mention needs them.
 *
 * Layout: "BSLX", format version (u32), section count (u32), then per section (offset u32, length u32),
 * then the sections, each aligned to 8 bytes. All numbers little-endian (the platforms we run on).
 *
 * Words are interned as token ids (TOKEN_*: folded UTF-16 strings + an open-addressing hash table).
 * Aliases are paths in a trie over token ids (TRIE_EDGES: hash table of (parent, token) → child).
 * A trie node that ends an alias owns a run of entries (NODE_ENTRIES → ENTRY_*): which entity, how
 * the alias may match (mode, capitals). Entities carry what the resolver needs: kind, prominence,
 * country and context ids. Cards are NOT here: they live in the card store.
 */

export const MAGIC = 0x584c5342; // "BSLX" read as little-endian u32
export const FORMAT_VERSION = 10;

/** Section numbers, in file order. */
export const Section = {
  Meta: 0, // Uint32: [tokenCount, tokenTableSize, nodeCount, edgeTableSize, entryCount, entityCount, aliasCount, lowerStartBits, edgeFilterBits, startBits, firstWordBits]
  TokenChars: 1, // Uint16: folded token characters
  TokenOffsets: 2, // Uint32[tokenCount + 1]
  // Int32[tokenTableSize · 2]: (FNV-1a hash, token id + 1) per slot, 0 id = empty. The hash sits in the
  // slot itself so a probe is rejected or confirmed from one cache line before any characters are read.
  TokenTable: 3,
  Edges: 4, // Int32[edgeTableSize * 3]: parent + 1 (0 = empty), token, child
  NodeEntries: 5, // Uint32[nodeCount + 1]: first entry of each node
  EntryEntity: 6, // Uint32[entryCount]
  EntryFlags: 7, // Uint32[entryCount]: see E_* below
  EntryCase: 8, // Int32[entryCount]: capital-letter mask an acronym must reproduce
  EntryCaps: 9, // Int32[entryCount]: which of the alias's words need a capital
  EntityKind: 10, // Uint8[entityCount]
  EntityFlags: 11, // Uint8[entityCount]
  EntityProminence: 12, // Uint8[entityCount]: prominence × 255
  EntityCountry: 13, // Int32[entityCount]: index of its country (-1 none)
  ContextStart: 14, // Uint32[entityCount + 1]
  Context: 15, // Uint32: related/fact entity indices
  StringOffsets: 16, // Uint32[2 · entityCount + 1]: id, name of each entity
  StringBytes: 17, // Uint8: UTF-8
  TokenFlags: 18, // Uint8[tokenCount]: TF_COMMON …
  RootChild: 19, // Int32[tokenCount]: the trie node an alias starting with this token reaches (-1: none starts so)
  // The three filters below are Bloom filters with two bits per key, both in the key's one 32-bit word
  // (see hash.filterBits): a probe is still one memory read, and false positives fall from about 6%
  // to under 2% at the same size (16 bits per key) — each false positive costs a token-table look-up
  // or an edge probe, cache misses both. (Format 7; format 6 set one bit per key.)
  // Uint32[lowerStartBits / 32]: a Bloom filter over how an alias that may be written in
  // lowercase begins (most aliases need a capital first): startKey(first word, second word), or
  // startKey(word, 0) for a one-word alias; keys of FNV hashes of the folded words. Two thirds of a
  // page's words are lowercase and are then passed over without a table look-up — also the common words
  // such an alias begins with ("the", "and", "a": "the Hague"), unless the next word fits too. A false
  // positive only costs the look-up.
  LowerStart: 20,
  // Uint32[nodeCount]: bit (token & 31) set for each child token of the node. Most trie walks end
  // after a word or two; the bits answer "no child along this word" without probing the edge table
  // (a cache miss) in all but 1 in 32 cases.
  NodeChildBits: 21,
  // Uint32[edgeFilterBits / 32]: a Bloom filter over the trie's edges keyed by (parent node,
  // FNV hash of the child's word). A trie walk tries to continue after most capitalised words and after
  // every lowercase word an alias may begin with ("the", "and"); the next word is then usually a
  // lowercase word not read yet. The filter answers "no alias continues along this word" from its hash
  // alone, without the word's table look-up and the edge probe (two cache misses).
  EdgeFilter: 22,
  // Uint32[startBits / 32]: the same filter as LowerStart over how every alias begins. A capitalised
  // word is looked up only if a name may begin with it and the word after it.
  Start: 23,
  // Uint32[firstWordBits / 32]: the same kind of filter over the first words of all aliases, keyed as a
  // one-word alias is in Start (startKey(word, 0)). Most of a page's words begin no name; this one probe
  // rules them out where Start took two (the word alone, then with the next word). (Format 10.)
  FirstWord: 24,
  Count: 25,
} as const;

/** Entry flags: the low 3 bits are the match mode. */
export const MODE_MASK = 7;
export const M_ORDINARY = 0;
export const M_ACRONYM = 1;
export const M_NEEDS_CONTEXT = 2;
export const M_DEMONYM = 3;
/** A person's surname derived from the full name: links only after that full name appears in the document. */
export const M_COREF = 4;
/** A one-word alias that is a common English word: needs a capital, and a sentence-initial capital is no evidence. */
export const E_COMMON = 8;
/** A one-word short form (needs-context, surname) that is also an English word or a common name: "May", "Page", "Smith", "James". */
export const E_WORDLIKE = 16;
/**
 * An organisation's alias made of English words only, naming a kind of body every country has ("Supreme
 * Court", "House of Representatives", "Democratic Party", "Labour"): on a page about another country,
 * it is most likely that country's body (see WEIGHTS.foreignInstitution in resolve.ts).
 */
export const E_GENERIC_BODY = 32; // (a bit format 8 left at 0: older lexicons simply have no generic bodies)
/**
 * The alias is written with a final dot after a word of two letters or more ("Calif.", "Ala.",
 * "Inc."): where the text has the dot, the mention owns it. (Dotted initials, "U.S.", own theirs by
 * shape; older lexicons have the bit at 0 and simply leave such dots out.)
 */
export const E_OWN_DOT = 64;
/**
 * The alias is written with "&" between its words ("H&M", "M&S", "AT&T"): the text must have it too,
 * or the dotted initials "H.M." in a reference list would read as the retailer. (Older lexicons: 0.)
 */
export const E_AMPERSAND = 128;
/**
 * The alias ends in a possessive that is part of the name ("McDonald's", "Kellogg's", "St. John's"):
 * the tokenizer cuts possessives off words, so the text must have it too — "McDonald said" is a person,
 * "Kellogg said" the envoy. (Bit 28; older lexicons: 0.)
 */
export const E_POSSESSIVE = 1 << 28;
/**
 * The alias is a name in another language than English ("Andalucía", "Bayern", "Londres"; the alias's
 * `lang`): it matches only on a page in another language. In English text such names are other words
 * or other people ("the Roma minority", "Sacha Baron Cohen"), and an English reader writes the English
 * name. (Bit 29; older lexicons: 0.)
 */
export const E_FOREIGN = 1 << 29;
/**
 * The alias ends in "+", which the tokenizer leaves out of words ("OPEC+", "BRICS+", "Canal+"): the text
 * must have it too — "OPEC" alone is OPEC, not the wider alliance — and the mention owns it. Where the
 * text has it, a reading written with it goes before those without. (Bit 30; older lexicons: 0.)
 */
export const E_PLUS = 1 << 30;
/**
 * How many office words a person's alias begins with (bits 24–27): "President Reagan" 1, "Foreign
 * Minister Wang Yi" 2. The alias makes the name certain, but the mention is the name alone, as it is
 * after a title no alias spells ("Mr. Altun", "Defence Minister Akar"): both are marked alike. (Older
 * lexicons have 0 and mark the title too.)
 */
export const E_LEAD_SHIFT = 24;
export const E_LEAD_MASK = 15;
/** Letter count of the alias (bits 8–15) and token count (bits 16–23). */
export const E_LETTERS_SHIFT = 8;
export const E_TOKENS_SHIFT = 16;

export const KIND_CODES = ['person', 'place', 'organization', 'event'] as const;

/** Token flags. A common word or title: a capitalised neighbour that is NOT one is likely part of an unknown longer name. */
export const TF_COMMON = 1;
/** A common given name ("Gerald"): the capitalised word after it is likely a surname. */
export const TF_GIVEN = 2;
/**
 * A title or a word that begins place names ("President", "Senator", "North", "Lake", "San"): before a
 * name, its capital is the title's, not a longer name's (words-before-names.ts).
 */
export const TF_TITLE = 4;

/** Entity flags. */
export const F_WEAK = 1; // only known from a weak source (WordNet): links only when strongly supported
export const F_COUNTRY = 2; // a country (subkind "country"): a demonym's target, a context anchor
export const F_REGION = 4; // a first-level region (subkind "region": a province, state, governorate)
export const F_BRAND = 8; // a company, a news agency or a stock index (subkind): known by its acronym the world over (IBM, VW, AFP, FTSE 100)
export const F_CITY = 16; // a town or city (subkind "city"), not a landmark: "l'Élysée" takes an article, a town does not (older format-9 lexicons have it at 0)
export const F_TEAM = 32; // a sports club (subkind "sports-club"): its nickname ("Sharks") names it only where its own places do (older lexicons have it at 0)
export const F_MEDIA = 64; // a paper, magazine or broadcaster (subkind "media"): "Time", "The Sun" opening a sentence are the words (match.ts; older lexicons have it at 0)

/** Longest alias, in words, that is compiled and followed by the matcher. */
export const MAX_ALIAS_TOKENS = 12;

export const HEADER_BYTES = 12 + Section.Count * 8;
