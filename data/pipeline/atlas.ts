/**
 * public/data/world-110m.json: Natural Earth 1:110m country outlines (public domain) as TopoJSON,
 * from world-atlas (ISC). Each country geometry keeps world-atlas's ISO numeric `id` and `name`
 * and gains `properties.entity` = "country:<iso2>" where the ISO code is known, so the locator map
 * can highlight a card's country. Coordinates are already quantised; nothing else is changed.
 */
export interface Topology {
  type: 'Topology';
  objects: Record<string, { type: string; geometries: Array<{ type: string; id?: string; properties?: Record<string, unknown>; arcs?: unknown }> }>;
  arcs: unknown[];
  bbox?: number[];
  transform?: unknown;
}

/** Natural Earth features without an ISO numeric code. N. Cyprus and Somaliland stay unlinked. */
const NAME_TO_ISO2: Record<string, string> = { Kosovo: 'XK' };

export function annotateWorld(topology: Topology, numericTo2: Map<string, string>): { topology: Topology; linked: number; unlinked: string[] } {
  const copy = JSON.parse(JSON.stringify(topology)) as Topology;
  let linked = 0;
  const unlinked: string[] = [];
  for (const g of copy.objects.countries?.geometries ?? []) {
    const two = (g.id ? numericTo2.get(g.id) : undefined) ?? NAME_TO_ISO2[String(g.properties?.name ?? '')];
    g.properties = { ...(g.properties ?? {}) };
    if (two) {
      g.properties.entity = `country:${two.toLowerCase()}`;
      linked++;
    } else unlinked.push(String(g.properties.name ?? g.id));
  }
  return { topology: copy, linked, unlinked };
}
