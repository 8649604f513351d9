/**
 * Offline locator maps: the Natural Earth land outlines (world-atlas, 1:110m) around a place, as one
 * SVG path in an equirectangular projection (x = longitude, y = −latitude), with the place's dot.
 * Drawn in the worker so the content script never loads the outlines.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { LocatorMap } from '../ui/card-data.ts';

type Ring = [number, number][];
interface Shape { rings: Ring[]; box: [number, number, number, number] }

let shapes: Promise<Shape[]> | null = null;

function toShapes(topology: Topology): Shape[] {
  const key = topology.objects.countries ? 'countries' : Object.keys(topology.objects)[0]!;
  const fc = feature(topology, topology.objects[key] as GeometryCollection);
  const out: Shape[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const poly of polys) {
      const rings = poly as Ring[];
      let x0 = 180, y0 = 90, x1 = -180, y1 = -90;
      for (const [x, y] of rings[0] ?? []) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
      out.push({ rings, box: [x0, y0, x1, y1] });
    }
  }
  return out;
}

export function loadOutlines(fetchJson: () => Promise<Topology>): Promise<Shape[]> {
  shapes ??= fetchJson().then(toShapes).catch(() => []);
  return shapes;
}

/** A map window that holds every point, with a margin; never narrower than 24°. */
export async function placesMap(outlines: Shape[], points: { lat: number; lon: number }[]): Promise<{ viewBox: string; land: string } | null> {
  if (!points.length || !outlines.length) return null;
  const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2, cy = (Math.min(...lats) + Math.max(...lats)) / 2;
  const span = Math.min(360, Math.max(24, (Math.max(...lons) - Math.min(...lons)) * 1.3, (Math.max(...lats) - Math.min(...lats)) * 1.3 / 0.55));
  const map = await locatorMap(outlines, cy, cx, span);
  return map ? { viewBox: map.viewBox, land: map.land } : null;
}

/** A map window around (lat, lon); `spanDeg` is its width in degrees (height is 0.55 of it). */
export async function locatorMap(outlines: Shape[], lat: number, lon: number, spanDeg = 36): Promise<LocatorMap | undefined> {
  if (!outlines.length) return undefined;
  const w = spanDeg, h = spanDeg * 0.55;
  const x0 = Math.max(-180, Math.min(180 - w, lon - w / 2));
  const y0 = Math.max(-90, Math.min(90 - h, -lat - h / 2));
  const parts: string[] = [];
  for (const s of outlines) {
    const [bx0, by0, bx1, by1] = s.box;
    if (bx1 < x0 || bx0 > x0 + w || -by0 < y0 || -by1 > y0 + h) continue;
    for (const ring of s.rings) {
      parts.push('M' + ring.map(([x, y]) => `${x.toFixed(1)} ${(-y).toFixed(1)}`).join('L') + 'Z');
    }
  }
  return { viewBox: `${x0.toFixed(1)} ${y0.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`, land: parts.join(''), x: Number(lon.toFixed(2)), y: Number((-lat).toFixed(2)) };
}
