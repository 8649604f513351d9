/**
 * Draws Backstory's toolbar icon at 16, 32, 48 and 128 px: a rounded indigo tile holding a white
 * card with two text lines, the first underlined in the "person" accent — our own design, drawn
 * here so no image asset comes from elsewhere. Run: npx tsx scripts/make-icons.ts
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

type RGBA = [number, number, number, number];
const TILE: RGBA = [59, 91, 219, 255];
const CARD: RGBA = [255, 255, 255, 255];
const INK: RGBA = [73, 80, 87, 255];
const ACCENT: RGBA = [247, 103, 7, 255];

function inRoundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of the unit-square point (u, v), both in [0, 1). */
function shade(u: number, v: number): RGBA | null {
  if (!inRoundRect(u, v, 0, 0, 1, 1, 0.22)) return null;
  if (inRoundRect(u, v, 0.17, 0.22, 0.83, 0.78, 0.07)) {
    if (inRoundRect(u, v, 0.27, 0.34, 0.73, 0.43, 0.03)) return INK;
    if (inRoundRect(u, v, 0.27, 0.47, 0.57, 0.51, 0.02)) return ACCENT;
    if (inRoundRect(u, v, 0.27, 0.59, 0.65, 0.66, 0.03)) return [173, 181, 189, 255];
    return CARD;
  }
  return TILE;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number): Buffer {
  const ss = 4; // 4×4 supersampling for smooth edges at 16 px
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
        const c = shade((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
        if (c) { acc[0]! += c[0] * c[3]; acc[1]! += c[1] * c[3]; acc[2]! += c[2] * c[3]; acc[3]! += c[3]; }
      }
      const a = acc[3]!;
      const o = 1 + x * 4;
      row[o] = a ? Math.round(acc[0]! / a) : 0; row[o + 1] = a ? Math.round(acc[1]! / a) : 0;
      row[o + 2] = a ? Math.round(acc[2]! / a) : 0; row[o + 3] = Math.round(a / (ss * ss));
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, png(size));
console.log('icons/icon-{16,32,48,128}.png written');
