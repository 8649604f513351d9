/**
 * A town's or a state's name used for its team — "Corva's coach", "plays for Lume" — is not the
 * place: no card. The same names in other news, and countries, keep theirs. Made-up places.
 */
import { expect, test } from 'vitest';
import type { LexiconEntity } from '../../../src/core/index.ts';
import { lexiconOf, links, place } from './helpers.ts';

const lexicon = lexiconOf([
  place('country:av', 'Arvenia', 0.9, [], 'country'),
  place('region:av.n', 'Nordmark', 0.5, ['country:av'], 'region'),
  place('city:corva', 'Corva', 0.6, ['country:av']),
  place('city:lume', 'Lume', 0.6, ['country:av']),
]);
const on = (text: string) => links(text, {}, lexicon);

test('the words right beside a place may name its team', () => {
  expect(on('Talen was introduced as Corva\'s new head coach on Thursday.')).not.toContain('Corva→city:corva');
  expect(on('Yabo plays for Lume.')).not.toContain('Lume→city:lume');
  expect(on('Hertha won against Corva; Yabo scored a hat-trick against Lume.')).toEqual([]);
  expect(on('Nordmark beat Corva 24-17, after a loss to Lume last week.')).toEqual([]);
  // (Past an article: "the Bulls beat the Knicks".)
  expect(on('Nordmark beat the Corva 24-17, after a loss to the Lume last week.')).toEqual([]);
  expect(on('Talen scored 40 points for Corva; Hertha drew with Lume.')).toEqual([]);
  expect(on('Since then Nordmark hasn\'t won the league, and Corva won the national title.')).toEqual([]);
  expect(on('Fans said Lume have never won the Cup.')).toEqual([]);
  expect(on('Since March, Corva\'s record fell to 13-18 and Lume\'s record this year is 5-2.')).toEqual([]);
  expect(on('Talen and Yabo are strikers playing in Corva; two goalkeepers playing in Lume were dropped.')).toEqual([]);
  expect(on('Nordmark has had four losing seasons since 1997, and Corva\'s winning streak ended.')).toEqual([]);
  expect(on('Yabo scored twice, and Corva moved three points clear at the top.')).toEqual([]);
  // (A club fires or hires its coach: "Georgetown fired coach Patrick Ewing".)
  expect(on('In March, Corva fired coach Talen, and Nordmark hired a new head coach.')).toEqual([]);
  expect(on('After a 3-0 defeat to Corva and a 2-1 win over Lume, Yabo left.')).toEqual([]);
  expect(on('Talen was sacked after a 4-0 defeat by Corva.')).toEqual([]);
  expect(on('Corva drew 1-1 with Lume on Saturday, and Nordmark tied with Hertha.')).toEqual([]);
  expect(on('Hertha are level on points with Corva at the top, two points behind Lume and a point ahead of Nordmark.')).toEqual([]);
  // ("lost to", "fell to" with a score: "Denver lost to Kansas City 17-10", "Kentucky fell 78-70 to Tennessee".)
  expect(on('Corva lost to Lume 17-10 on Sunday.')).toEqual([]);
  expect(on('Nordmark fell 78-70 to Corva.')).toEqual([]);
  // (Without one, jobs are lost to places, and a city to another in a race for the Games.)
  expect(on('Corva lost 20,000 jobs to Lume, and Nordmark lost to Corva in the race for the Games.')).toEqual([
    'Corva→city:corva', 'Lume→city:lume', 'Nordmark→region:av.n', 'Corva→city:corva',
  ]);
  expect(on('The plan scored points with Corva voters.')).toEqual(['Corva→city:corva']);
  // (Not what a town's people draw with.)
  expect(on('Artists in Corva drew with charcoal.')).toEqual(['Corva→city:corva']);
});

test('a team we do not know is no person of that name either', () => {
  const withPerson = lexiconOf([
    place('city:corva', 'Corva', 0.6),
    { id: 'dara-corva', kind: 'person', name: 'Dara Corva', aliases: [{ text: 'Corva', match: 'needs-context' }], prominence: 0.7 },
  ]);
  expect(links('Yabo was traded to Corva last year.', {}, withPerson)).toEqual([]);
  expect(links('Yabo moved to Corva last year.', {}, withPerson)).toEqual(['Corva→city:corva']);
});

test('the same places in other news keep their cards', () => {
  // (A company, too, hires a manager; only a coach is a team's.)
  expect(on('In March, Corva hired a new manager for its port.')).toEqual(['Corva→city:corva']);
  expect(on('The sanctions against Corva and the jobs lost to Lume worried Nordmark\'s governor.'))
    .toEqual(['Corva→city:corva', 'Lume→city:lume', 'Nordmark→region:av.n']);
  expect(on('Flights for Corva left late; the team flew to Lume.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
  expect(on('Police beat Corva protesters, and Nordmark beat records.')).toEqual(['Corva→city:corva', 'Nordmark→region:av.n']);
  expect(on('Officials said Corva won the right to host the summit, and Nordmark won the funds.')).toEqual(['Corva→city:corva', 'Nordmark→region:av.n']);
  expect(on('Officials said Corva\'s record on housing was poor.')).toEqual(['Corva→city:corva']);
  expect(on('The band is playing in Corva; pianists playing in Lume sold out.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
  expect(on('In Corva, losing seasons hurt.')).toEqual(['Corva→city:corva']);
  expect(on('Nordmark won control over Corva after the defeat of Lume.')).toEqual(['Nordmark→region:av.n', 'Corva→city:corva', 'Lume→city:lume']);
  expect(on('Officials said the measure\'s defeat by Corva voters stung.')).toEqual(['Corva→city:corva']);
});

test('a country keeps its card: its national team is named for it', () => {
  expect(on('Talen scored a hat-trick against Arvenia.')).toEqual(['Arvenia→country:av']);
});

test('a club the dataset knows by its town\'s name is the card the words ask for', () => {
  const withClub = lexiconOf([
    place('city:corva', 'Corva', 0.6),
    { id: 'corva-fc', kind: 'organization', subkind: 'club', name: 'Corva FC', aliases: [{ text: 'Corva', match: 'needs-context' }], prominence: 0.5 },
  ]);
  expect(links('Nordmark beat Corva 2-1 on Saturday.', {}, withClub)).toEqual(['Corva→corva-fc']);
  expect(links('Yabo plays for Corva now.', {}, withClub)).toEqual(['Corva→corva-fc']);
  expect(links('Nordmark beat the Corva 2-1 on Saturday.', {}, withClub)).toEqual(['Corva→corva-fc']);
  expect(links('Flooding hit Corva on Saturday.', {}, withClub)).toEqual(['Corva→city:corva']);
});

test('a team\'s nickname names it where the page names its town, not merely its country', () => {
  const withTeam = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('city:corva', 'Corva', 0.6, ['country:av']),
    place('city:lume', 'Lume', 0.6, ['country:av']),
    place('city:tarn', 'Tarn', 0.6, ['country:av']),
    {
      id: 'corva-otters', kind: 'organization', subkind: 'sports-club', name: 'Corva Otters', prominence: 0.35,
      aliases: [{ text: 'Otters', match: 'needs-context' }], related: ['country:av', 'city:corva'],
    } satisfies LexiconEntity,
  ]);
  const on = (text: string) => links(text, {}, withTeam);
  expect(on('Fans in Corva cheered as the Otters won again.')).toEqual(['Corva→city:corva', 'Otters→corva-otters']);
  // A page full of the country's places, but not the team's town: otters are animals there.
  expect(on('Arvenia, Lume and Tarn: where the Otters swim, in Arvenia.')).not.toContain('Otters→corva-otters');
  // A nickname that is an everyday word, opening a sentence, takes more than its town: "Heat warnings
  // were issued for Miami". ("heat" is a common word of the core list.)
  const heat = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('city:corva', 'Corva', 0.6, ['country:av']),
    { id: 'corva-heat', kind: 'organization', subkind: 'sports-club', name: 'Corva Heat', prominence: 0.35, aliases: [{ text: 'Heat', match: 'needs-context' }], related: ['country:av', 'city:corva'] },
  ]);
  expect(links('Heat warnings were issued for Corva on Tuesday.', {}, heat)).toEqual(['Corva→city:corva']);
  expect(links('Fans in Corva cheered as the Heat won again.', {}, heat)).toEqual(['Corva→city:corva', 'Heat→corva-heat']);
});

test('a nickname after "the" in a match\'s words is a team, but which one only its places or a club of its league facing it say', () => {
  const league = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('country:qz', 'Quizland', 0.9, [], 'country'),
    place('city:corva', 'Corva', 0.6, ['country:av']),
    place('city:lume', 'Lume', 0.6, ['country:av']),
    { id: 'corva-otters', kind: 'organization', subkind: 'sports-club', name: 'Corva Otters', prominence: 0.35, aliases: [{ text: 'Otters', match: 'needs-context' }], related: ['country:av', 'city:corva'] },
    { id: 'lume-herons', kind: 'organization', subkind: 'sports-club', name: 'Lume Herons', prominence: 0.35, aliases: [{ text: 'Herons', match: 'needs-context' }], related: ['country:av', 'city:lume'] },
    { id: 'qz-badgers', kind: 'organization', subkind: 'sports-club', name: 'Quiz Badgers', prominence: 0.35, aliases: [{ text: 'Badgers', match: 'needs-context' }], related: ['country:qz'] },
  ]);
  const on = (text: string) => links(text, {}, league);
  // ("The Lions beat the Swans at the Gabba" was the Detroit Lions at 0.90.)
  expect(on('The Otters beat the Swifts at the Dome on Saturday.')).toEqual([]);
  expect(on('The Otters clinched the pennant on Saturday.')).toEqual([]);
  // (Two clubs of one league facing each other: "The Chiefs beat the Raiders".)
  expect(on('The Otters beat the Herons 31-17.')).toEqual(['Otters→corva-otters', 'Herons→lume-herons']);
  expect(on('The Otters lost to the Badgers 31-17.')).toEqual([]);
  // (Its town says which, as anywhere.)
  expect(on('In Corva, the Otters clinched the pennant.')).toContain('Otters→corva-otters');
});

test('a player beats a player: names that read as no place stay people', () => {
  const players = lexiconOf([
    { id: 'tarik-vell', kind: 'person', name: 'Tarik Vell', aliases: [], prominence: 0.5 },
    { id: 'ilja-morn', kind: 'person', name: 'Ilja Morn', aliases: [], prominence: 0.5 },
  ]);
  expect(links('Tarik Vell beat Ilja Morn 6-3, 6-4 in the semifinals.', {}, players)).toEqual(['Tarik Vell→tarik-vell', 'Ilja Morn→ilja-morn']);
});

test('a role right after the place, without a possessive, and "beating" name its team too', () => {
  expect(on('Talen was appointed Corva head coach in May; Lume fans celebrated.')).toEqual([]);
  expect(on('Hertha won the cup by beating Corva in the final.')).toEqual([]);
  // (A region's name before a role is its national team's, whose card still serves; other roles, and
  // other beatings, are the town's.)
  expect(on('Talen resigned as Nordmark manager.')).toEqual(['Nordmark→region:av.n']);
  // (A US state's is its college's team: "Indiana coach Curt Cignetti".)
  const states = lexiconOf([place('country:us', 'United States', 0.95, [], 'country'), place('region:us.zz', 'Ostrana', 0.5, ['country:us'], 'region')]);
  expect(links('Fans cheered as Ostrana coach Talen spoke, in Ostrana.', {}, states)).toEqual(['Ostrana→region:us.zz']);
  // (Its fans may be the state's people too.)
  expect(links('Ostrana fans hunger for a title.', {}, states)).toEqual(['Ostrana→region:us.zz']);
  // (A club the dataset knows by a short name that needs context: the role is that context.)
  const club = lexiconOf([{ id: 'vessa-fc', kind: 'organization', subkind: 'sports-club', name: 'Vessa FC', prominence: 0.6, aliases: [{ text: 'Vessa', match: 'needs-context' }] }]);
  expect(links('Vessa fans protested before the match.', {}, club)).toEqual(['Vessa→vessa-fc']);
  expect(on('The Corva city manager resigned; police were seen beating Lume protesters.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
});

test('a town\'s name facing a club the dataset knows only as a club, across a match\'s words, is its club', () => {
  const clubs = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('city:corva', 'Corva', 0.7, ['country:av']),
    { id: 'corva-fc', kind: 'organization', subkind: 'sports-club', name: 'Corva FC', prominence: 0.6, aliases: [{ text: 'Corva', match: 'needs-context' }] },
    { id: 'lume-rovers', kind: 'organization', subkind: 'sports-club', name: 'Lume Rovers', prominence: 0.6, aliases: [] },
  ]);
  const on = (text: string) => links(text, {}, clubs);
  const club = ['Lume Rovers→lume-rovers', 'Corva→corva-fc'];
  expect(on('Lume Rovers stunned Corva on Sunday.')).toEqual(club);
  expect(on('Lume Rovers 2-1 Corva.')).toEqual(club);
  expect(on('Lume Rovers v Corva: team news.')).toEqual(club);
  expect(on('Lume Rovers and Corva drew 0-0.')).toEqual(club);
  expect(on('Lume Rovers drew 1-1 with Corva.')).toEqual(club);
  // (The club second.)
  expect(on('Corva lost to Lume Rovers.')).toEqual(['Corva→corva-fc', 'Lume Rovers→lume-rovers']);
  expect(on('Corva were beaten by Lume Rovers.')).toEqual(['Corva→corva-fc', 'Lume Rovers→lume-rovers']);
  // Other words between, punctuation, or a country: the place.
  expect(on('Lume Rovers flew to Corva on Friday.')).toEqual(['Lume Rovers→lume-rovers', 'Corva→city:corva']);
  expect(on('Lume Rovers fans travelled and Corva waited.')).toEqual(['Lume Rovers→lume-rovers', 'Corva→city:corva']);
  expect(on('Lume Rovers won. Corva celebrated.')).toEqual(['Lume Rovers→lume-rovers', 'Corva→city:corva']);
  expect(on('Lume Rovers v Arvenia in a friendly.')).toEqual(['Lume Rovers→lume-rovers', 'Arvenia→country:av']);
});

test('two towns\' names that clubs share, facing each other across a match\'s words, are clubs; "and" takes a club\'s own name', () => {
  const clubs = lexiconOf([
    place('city:corva', 'Corva', 0.7),
    place('city:lume', 'Lume', 0.7),
    { id: 'corva-fc', kind: 'organization', subkind: 'sports-club', name: 'Corva FC', prominence: 0.6, aliases: [{ text: 'Corva', match: 'needs-context' }] },
    { id: 'lume-fc', kind: 'organization', subkind: 'sports-club', name: 'Lume FC', prominence: 0.6, aliases: [{ text: 'Lume', match: 'needs-context' }] },
    { id: 'tarn-fc', kind: 'organization', subkind: 'sports-club', name: 'Tarn FC', prominence: 0.6, aliases: [{ text: 'Tarn', match: 'needs-context' }] },
  ]);
  const on = (text: string) => links(text, {}, clubs);
  expect(on('Corva v Lume: team news.')).toContain('Corva→corva-fc');
  expect(on('Corva and Lume residents protested.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
  // (A club known here only by a short name that needs context is no club's own name beside "and".)
  expect(on('Corva and Tarn residents protested.')).toEqual(['Corva→city:corva']);
});

test('"<Town> City" the dataset does not hold is a British or Irish town\'s club, elsewhere the town of a region\'s name', () => {
  const towns = lexiconOf([
    place('country:gb', 'United Kingdom', 0.9, [], 'country'),
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('city:harrowby', 'Harrowby', 0.5, ['country:gb']),
    place('region:av.o', 'Orvado', 0.5, ['country:av'], 'region'),
    place('city:orvado', 'Orvado', 0.5, ['country:av', 'region:av.o']),
  ]);
  const at = (text: string) => links(text, {}, towns);
  expect(at('In the league, Harrowby City beat Exeter 3-1.')).toEqual([]);
  expect(at('Protests in Orvado City turned violent.')).toEqual(['Orvado→city:orvado']);
  // (Without "City", the town and the state as the page says.)
  expect(at('Fans in Harrowby cheered; the state of Orvado voted.')).toEqual(['Harrowby→city:harrowby', 'Orvado→region:av.o']);
});

test('a company\'s name in a match\'s words with a score is a club named after its sponsor ("Anadolu Efes"), not the company', () => {
  const sponsor = lexiconOf([
    { id: 'orvel', kind: 'organization', subkind: 'company', name: 'Orvel Brewing', prominence: 0.6, aliases: [{ text: 'Orvel', match: 'ordinary' }] },
    { id: 'lume-rovers', kind: 'organization', subkind: 'sports-club', name: 'Lume Rovers', prominence: 0.6, aliases: [] },
  ]);
  expect(links('In the final, Lume Rovers beat Orvel 88-80.', {}, sponsor)).toEqual(['Lume Rovers→lume-rovers']);
  expect(links('In the final, Orvel beat Lume Rovers 88-80.', {}, sponsor)).toEqual(['Lume Rovers→lume-rovers']);
  expect(links('On Monday, Orvel shares rose.', {}, sponsor)).toEqual(['Orvel→orvel']);
  // (Not without a score: "cut ties with Naver" is no match, though "tied with Seattle" is one.)
  expect(links('Regulators told Lume Rovers to cut ties with Orvel.', {}, sponsor)).toEqual(['Lume Rovers→lume-rovers', 'Orvel→orvel']);
});

test('a score and a result after the possessive, a score before "by", a trade, a transfer, a position of two words', () => {
  expect(on('Talen had 31 points in Corva\'s 112-104 win.')).toEqual([]);
  expect(on('Hertha were held 1-1 by Corva on Saturday.')).toEqual([]);
  expect(on('The Bulls traded Zach Talen to Corva in a three-team deal.')).toEqual([]);
  expect(on('Yabo signed from Corva and joined on loan from Lume.')).toEqual([]);
  expect(on('Corva running back Yabo ran for two touchdowns; Lume linebacker Talen had a sack.')).toEqual([]);
  expect(on('Nordmark retained the Cup.')).toEqual([]);
  expect(on('Yabo scored the winner for Corva, and Talen scored twice for Lume.')).toEqual([]);
  expect(on('The grant paid for Corva schools, and the levy scored a win for Lume.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
  // (Elsewhere the same words are a place's: a traveller arrives from a town, a council holds a vote by a
  // town's rules, a company trades shares to a town's investors.)
  expect(on('She arrived from Corva on Tuesday.')).toEqual(['Corva→city:corva']);
  expect(on('The vote was held by Corva on Monday.')).toEqual(['Corva→city:corva']);
  expect(on('The firm traded its shares to Lume investors.')).toEqual(['Lume→city:lume']);
  expect(on('Corva\'s 2024-25 budget passed.')).toEqual(['Corva→city:corva']);
});

test('a town named for its team has no card, but its teams\' nicknames are the town\'s', () => {
  const withClub = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('city:corva', 'Corva', 0.6, ['country:av']),
    place('city:lume', 'Lume', 0.6, ['country:av']),
    { id: 'corva-foxes', kind: 'organization', subkind: 'sports-club', name: 'Corva Foxes', prominence: 0.5, aliases: [{ text: 'Foxes', match: 'needs-context' }], related: ['city:corva', 'country:av'] } satisfies LexiconEntity,
  ]);
  expect(links('Corva running back Yabo ran for two touchdowns as the Foxes routed the visitors.', {}, withClub)).toEqual(['Foxes→corva-foxes']);
});

test('more of a match\'s words beside a place name its team: a score right after it, a win in two words, a tally, a transfer', () => {
  // A score right after the name, whatever the verb: "Rice upset Memphis 24-21", "beat Leeds 3-0 at Elland Road".
  expect(on('Hertha upset Corva 24-21 on Saturday.')).toEqual([]);
  expect(on('Talen said Corva 3-0 was a fair result.')).toEqual([]);
  // "held off", "rallied past": on either side.
  expect(on('Corva held off Nordmark in the final quarter.')).toEqual([]);
  expect(on('Hertha rallied past Lume in overtime.')).toEqual([]);
  // "lost at home to", "drew" ending the clause or before a score, "held … to a goalless draw".
  expect(on('Corva lost at home to Lume.')).toEqual([]);
  expect(on('Hertha and Corva drew.')).toEqual([]);
  expect(on('Lume drew 0-0 away.')).toEqual([]);
  expect(on('Hertha held Corva to a goalless draw, and Yabo held Lume to a 1-1 draw.')).toEqual([]);
  // A lead with its score, a result with its score at the other team's ground.
  expect(on('Hertha took a 2-0 lead over Corva.')).toEqual([]);
  // A result in the passive, with its score or by a capitalised name.
  expect(on('Corva were beaten 2-0 at home, Lume was held 1-1, and Nordmark was defeated by Hertha.')).toEqual([]);
  expect(on('Yabo scored in a 1-1 draw at Lume.')).toEqual([]);
  // A tally, a goal that is the team's, a player's move.
  expect(on('Talen had 22 for Corva, and Yabo caught two passes for Lume.')).toEqual([]);
  expect(on('Talen scored Corva\'s second goal.')).toEqual([]);
  expect(on('Talen joined Corva from Hertha, after the signing of Yabo Mensah from Lume.')).toEqual([]);
  expect(on('Hertha signed Yabo Mensah from Corva.')).toEqual([]);
  // A player's position: "Seattle catcher", "Pittsburgh right-hander", "the Cincinnati offensive line".
  expect(on('Corva catcher Talen and Lume right-hander Yabo spoke.')).toEqual([]);
  expect(on('Yabo praised the Corva offensive line.')).toEqual([]);
});

test('the same words where a place is no team keep its card', () => {
  // (Storms and news stun and hammer places: only with a score is it a match.)
  expect(on('The news stunned Corva, and storms hammered Lume.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
  // (Not a season, a model's number, dates before a month, or what a town draws.)
  expect(on('Corva 2025-26 budget talks and the Lume 737-800 order stalled.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
  expect(on('The fair was held in Corva 10-12 June.')).toEqual(['Corva→city:corva']);
  expect(on('Lume drew crowds, and Corva held off protests.')).toEqual(['Lume→city:lume', 'Corva→city:corva']);
  expect(on('The guards held off Corva\'s protesters.')).toEqual(['Corva→city:corva']);
  expect(on('A man from Corva was held in custody, and Lume was beaten by storms.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
  expect(on('Corva was held by Arvenian forces until March.')).toEqual(['Corva→city:corva']);
  expect(on('Talen moved to Corva from Lume in 1990.')).toEqual(['Corva→city:corva', 'Lume→city:lume']);
});

test('after a preposition of place, a town\'s name is the town (or no card), never the club the page supports', () => {
  const clubs = lexiconOf([
    place('country:av', 'Arvenia', 0.9, [], 'country'),
    place('city:corva', 'Corva', 0.3, ['country:av']),
    { id: 'corva-fc', kind: 'organization', subkind: 'sports-club', name: 'Corva FC', prominence: 0.6, aliases: [{ text: 'Corva', match: 'needs-context' }], related: ['city:corva'] } satisfies LexiconEntity,
    { id: 'talen-yabo', kind: 'person', name: 'Talen Yabo', prominence: 0.7, aliases: [], related: ['corva-fc'] } satisfies LexiconEntity,
  ]);
  expect(links('Talen Yabo returned to Corva.', {}, clubs)).toContain('Corva→corva-fc');
  expect(links('Talen Yabo was buried in a cemetery in Corva.', {}, clubs)).not.toContain('Corva→corva-fc');
});
