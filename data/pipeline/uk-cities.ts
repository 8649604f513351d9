/**
 * The places of the United Kingdom that hold city status (granted by the Crown, most recently in the
 * 2022 Platinum Jubilee competition), by their GeoNames names and the other names they go by. In the UK
 * "city" is that status, not a size: Luton and Crawley (over 100,000 people) are towns, Durham and Wells
 * are cities. The city pipeline calls a British place a city only if it is here (cities.ts).
 * Source: the UK government's list of cities (facts, as of 2022; no new grants since).
 */
import { nameKey } from './util.ts';

const ENGLAND = `Bath, Birmingham, Bradford, Brighton and Hove, Brighton, Bristol, Cambridge, Canterbury, Carlisle, Chelmsford,
Chester, Chichester, Colchester, Coventry, Derby, Doncaster, Durham, Ely, Exeter, Gloucester, Hereford, Kingston upon Hull, Hull,
Lancaster, Leeds, Leicester, Lichfield, Lincoln, Liverpool, London, City of London, Manchester, Milton Keynes, Newcastle upon Tyne,
Norwich, Nottingham, Oxford, Peterborough, Plymouth, Portsmouth, Preston, Ripon, St Albans, Saint Albans, Salford, Salisbury,
Sheffield, Southampton, Southend-on-Sea, Stoke-on-Trent, Sunderland, Truro, Wakefield, Wells, Westminster, Winchester,
Wolverhampton, Worcester, York`;
const SCOTLAND = 'Aberdeen, Dundee, Dunfermline, Edinburgh, Glasgow, Inverness, Perth, Stirling';
const WALES = 'Bangor, Cardiff, Newport, St Asaph, St Davids, Swansea, Wrexham';
const NORTHERN_IRELAND = 'Armagh, Bangor, Belfast, Derry, Londonderry, Lisburn, Newry';

const CITIES: ReadonlySet<string> = new Set(
  [ENGLAND, SCOTLAND, WALES, NORTHERN_IRELAND].join(',').split(',').map((n) => nameKey(n.trim())).filter(Boolean),
);

/** Whether a British place of this name holds city status. */
export function hasUkCityStatus(name: string): boolean {
  return CITIES.has(nameKey(name));
}
