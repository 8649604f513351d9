/**
 * Wikidata item ids of sovereign states, by ISO 3166-1 alpha-2 code, so a country's card links to its
 * Wikidata item and tools that compare by Wikidata id (entity-linking evaluation, other datasets) see
 * the same entity. These identifiers are stable facts; each was written down by hand and only where
 * the writer was certain of it — a country missing here simply has no Wikidata link. As of 2025-11.
 */
export const COUNTRY_WIKIDATA: Readonly<Record<string, string>> = {
  // Europe
  AD: 'Q228', AL: 'Q222', AT: 'Q40', BA: 'Q225', BE: 'Q31', BG: 'Q219', BY: 'Q184', CH: 'Q39', CY: 'Q229',
  CZ: 'Q213', DE: 'Q183', DK: 'Q35', EE: 'Q191', ES: 'Q29', FI: 'Q33', FR: 'Q142', GB: 'Q145', GR: 'Q41',
  HR: 'Q224', HU: 'Q28', IE: 'Q27', IS: 'Q189', IT: 'Q38', LI: 'Q347', LT: 'Q37', LU: 'Q32', LV: 'Q211',
  MC: 'Q235', MD: 'Q217', ME: 'Q236', MK: 'Q221', MT: 'Q233', NL: 'Q55', NO: 'Q20', PL: 'Q36', PT: 'Q45',
  RO: 'Q218', RS: 'Q403', RU: 'Q159', SE: 'Q34', SI: 'Q215', SK: 'Q214', SM: 'Q238', UA: 'Q212', VA: 'Q237',
  XK: 'Q1246',
  // Western and Central Asia
  AE: 'Q878', AF: 'Q889', AM: 'Q399', AZ: 'Q227', BH: 'Q398', GE: 'Q230', IL: 'Q801', IQ: 'Q796', IR: 'Q794',
  JO: 'Q810', KG: 'Q813', KW: 'Q817', KZ: 'Q232', LB: 'Q822', OM: 'Q842', PS: 'Q219060', QA: 'Q846',
  SA: 'Q851', SY: 'Q858', TJ: 'Q863', TM: 'Q874', TR: 'Q43', UZ: 'Q265', YE: 'Q805',
  // South, East and South-East Asia, Oceania
  AU: 'Q408', BD: 'Q902', BN: 'Q921', BT: 'Q917', CN: 'Q148', FJ: 'Q712', ID: 'Q252', IN: 'Q668', JP: 'Q17',
  KH: 'Q424', KP: 'Q423', KR: 'Q884', LA: 'Q819', LK: 'Q854', MM: 'Q836', MN: 'Q711', MV: 'Q826', MY: 'Q833',
  NP: 'Q837', NZ: 'Q664', PG: 'Q691', PH: 'Q928', PK: 'Q843', SG: 'Q334', TH: 'Q869', TL: 'Q574', TW: 'Q865',
  VN: 'Q881',
  // Africa
  AO: 'Q916', BF: 'Q965', BI: 'Q967', BJ: 'Q962', BW: 'Q963', CD: 'Q974', CF: 'Q929', CG: 'Q971', CI: 'Q1008',
  CM: 'Q1009', CV: 'Q1011', DJ: 'Q977', DZ: 'Q262', EG: 'Q79', ER: 'Q986', ET: 'Q115', GA: 'Q1000', GH: 'Q117',
  GM: 'Q1005', GN: 'Q1006', GQ: 'Q983', GW: 'Q1007', KE: 'Q114', KM: 'Q970', LR: 'Q1014', LS: 'Q1013',
  LY: 'Q1016', MA: 'Q1028', MG: 'Q1019', ML: 'Q912', MR: 'Q1025', MU: 'Q1027', MW: 'Q1020', MZ: 'Q1029',
  NA: 'Q1030', NE: 'Q1032', NG: 'Q1033', RW: 'Q1037', SC: 'Q1042', SD: 'Q1049', SL: 'Q1044', SN: 'Q1041',
  SO: 'Q1045', SS: 'Q958', ST: 'Q1039', SZ: 'Q1050', TD: 'Q657', TG: 'Q945', TN: 'Q948', TZ: 'Q924', UG: 'Q1036',
  ZA: 'Q258', ZM: 'Q953', ZW: 'Q954',
  // The Americas
  AR: 'Q414', BB: 'Q244', BO: 'Q750', BR: 'Q155', BS: 'Q778', BZ: 'Q242', CA: 'Q16', CL: 'Q298', CO: 'Q739',
  CR: 'Q800', CU: 'Q241', DO: 'Q786', EC: 'Q736', GT: 'Q774', GY: 'Q734', HN: 'Q783', HT: 'Q790', JM: 'Q766',
  MX: 'Q96', NI: 'Q811', PA: 'Q804', PE: 'Q419', PY: 'Q733', SR: 'Q730', SV: 'Q792', TT: 'Q754', US: 'Q30',
  UY: 'Q77', VE: 'Q717',
};
