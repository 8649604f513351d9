/**
 * Stock tickers written beside a company's name: "Rockwell Automation (ROK.N)", "(NYSE: ROK)",
 * "$ROK". A ticker is a code, not a name: "ROK" there is no card for South Korea, "US" in "$US" no
 * country. Such a span is dropped before resolution, so it does not count as the page's context
 * either.
 *
 * Three shapes, each unmistakable (the span must be written in capitals, letters only):
 * - a Reuters instrument code: the letters, then at once a dot and a one- or two-letter exchange suffix
 *   ("ROK.N", "BP.L", "SAN.MC"), then no more letters;
 * - after an exchange's name and a colon: "(NYSE: ROK)", "Nasdaq: CSCO", "TSX:RY";
 * - a cashtag: "$" right before the letters, not after another letter ("$ROK", but not "US$").
 * Spans that are not written in capitals are not looked at, so the cost is a few character reads
 * for the rare span in capitals.
 */
import type { Span } from './match.ts';

/** Exchanges as written before a ticker and a colon (folded to upper case). */
const EXCHANGES = new Set(
  'NYSE NASDAQ AMEX NYSEARCA ARCA CBOE OTC OTCQX OTCQB OTCMKTS LSE LON AIM TSX TSXV CSE NEO ASX NZX HKEX HKG SEHK SGX JSE NSE BSE TYO TSE JPX KRX KOSDAQ SSE SZSE BIST TASE FRA ETR XETRA EPA BIT BME SIX STO CPH HEL OSL AMS EBR ELI EURONEXT WSE MOEX TADAWUL ADX DFM BMV B3 BVMF'.split(' '),
);

function upper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function letter(c: number): boolean {
  return upper(c) || (c >= 97 && c <= 122);
}

/** Whether text[start, end) is two to six capital letters and nothing else. */
function capitalsOnly(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 6) return false;
  for (let i = start; i < end; i++) if (!upper(text.charCodeAt(i))) return false;
  return true;
}

/** "ROK.N", "SAN.MC": a dot right after the span, one or two capitals, then no letter. */
function instrumentSuffixAt(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 46 || !upper(text.charCodeAt(end + 1))) return false;
  let i = end + 2;
  if (upper(text.charCodeAt(i))) i++;
  return !letter(text.charCodeAt(i));
}

/** "NYSE: ROK", "(Nasdaq:CSCO": an exchange's name and a colon (spaces around it) right before the span. */
function exchangeBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (text.charCodeAt(i) !== 58) return false;
  i--;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const end = i + 1;
  while (i >= 0 && (letter(text.charCodeAt(i)) || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57))) i--;
  return end - i > 1 && EXCHANGES.has(text.slice(i + 1, end).toUpperCase());
}

/** "$ROK": a dollar sign right before the span, and no letter before the sign ("US$" is a currency). */
function cashtagBefore(text: string, start: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 36 && !letter(text.charCodeAt(start - 2));
}

/** Whether the span at text[start, end) is a stock ticker. */
export function isTicker(text: string, start: number, end: number): boolean {
  if (!capitalsOnly(text, start, end) || letter(text.charCodeAt(start - 1))) return false;
  return instrumentSuffixAt(text, end) || exchangeBefore(text, start) || cashtagBefore(text, start);
}

/** The spans (in text order) that are not stock tickers. */
export function spansOutsideTickers(text: string, spans: Span[]): Span[] {
  let kept: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (isTicker(text, s.start, s.end)) kept ??= spans.slice(0, i);
    else kept?.push(s);
  }
  return kept ?? spans;
}
