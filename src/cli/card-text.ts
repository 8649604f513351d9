/** An entity's card as readable plain text, for `backstory lookup`. Fact wording is the card's own (src/ui/card-data.ts). */
import type { Entity } from '../data/schema.ts';
import { describeFact } from '../ui/card-data.ts';

/** Tolerates partial records (files not checked against the schema): what is missing is left out. */
export function formatCard(e: Entity): string {
  const lines = [`${e.name} — ${e.kind}${e.subkind ? ` (${e.subkind})` : ''}  [${e.id}]`];
  if (e.description) lines.push(e.description);
  if (e.summary) lines.push('', e.summary);
  if (e.facts?.length) {
    lines.push('');
    for (const f of e.facts) {
      const { label, value } = describeFact(f);
      lines.push(`  ${label}: ${value}`);
    }
  }
  if (e.aliases?.length) lines.push('', `Also: ${e.aliases.map((a) => a.text).join(', ')}`);
  const links = [e.wikipedia && `https://en.wikipedia.org/wiki/${encodeURIComponent(e.wikipedia.replace(/ /g, '_'))}`, e.wikidata && `https://www.wikidata.org/wiki/${e.wikidata}`].filter(Boolean);
  if (links.length) lines.push(links.join('  '));
  if (e.asOf || e.source) lines.push([e.asOf && `As of ${e.asOf}`, e.source && `${e.source.name} (${e.source.licence})`].filter(Boolean).join(' · '));
  return lines.join('\n');
}
