/**
 * A small ZIP reader for the package test: reads the central directory, inflates each entry with
 * node:zlib and checks its CRC-32 and size, the way a store or browser would unpack the archive.
 * Written independently of scripts/zip.ts so a bug in the writer cannot hide in a shared helper.
 * Stored (0) and deflated (8) entries only; no encryption, no zip64 — more than an extension needs.
 */
import { inflateRawSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = ~0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export interface ZipEntry { path: string; data: Buffer; method: number; compressedSize: number }

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD && i + 22 + zip.readUInt16LE(i + 20) === zip.length) return i;
  }
  throw new Error('not a zip archive: no end-of-central-directory record');
}

/** Every file entry of the archive, verified; throws with the entry's name on any inconsistency. */
export function unzip(zip: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(zip);
  if (zip.readUInt16LE(end + 4) !== 0 || zip.readUInt16LE(end + 6) !== 0) throw new Error('multi-disk archives are not supported');
  const count = zip.readUInt16LE(end + 10);
  const dirSize = zip.readUInt32LE(end + 12);
  const dirOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new Error('zip64 archives are not supported');
  if (dirOffset + dirSize !== end) throw new Error(`central directory at ${dirOffset}+${dirSize} does not end where the end record starts (${end})`);

  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`central directory entry ${n}: bad signature`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const path = zip.subarray(p + 46, p + 46 + nameLength).toString(flags & 0x0800 ? 'utf8' : 'latin1');
    p += 46 + nameLength + extraLength + commentLength;

    if (flags & 0x0001) throw new Error(`${path}: encrypted entries are not supported`);
    if (path.endsWith('/')) continue; // a directory entry
    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`${path}: no local header at ${localOffset}`);
    const localName = zip.subarray(localOffset + 30, localOffset + 30 + zip.readUInt16LE(localOffset + 26)).toString(flags & 0x0800 ? 'utf8' : 'latin1');
    if (localName !== path) throw new Error(`${path}: local header names ${localName}`);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const packed = zip.subarray(start, start + compressedSize);
    if (packed.length !== compressedSize) throw new Error(`${path}: truncated`);
    const data = method === 8 ? inflateRawSync(packed) : method === 0 ? Buffer.from(packed) : null;
    if (!data) throw new Error(`${path}: compression method ${method} is not supported`);
    if (data.length !== size) throw new Error(`${path}: ${data.length} bytes, the directory says ${size}`);
    const actual = crc32(data);
    if (actual !== crc) throw new Error(`${path}: CRC-32 ${actual.toString(16)}, the directory says ${crc.toString(16)}`);
    entries.push({ path, data, method, compressedSize });
  }
  return entries;
}

/** Unpacks the archive into `dir`, refusing any path that would land outside it. Returns the entries. */
export function unzipTo(zip: Buffer, dir: string): ZipEntry[] {
  const root = resolve(dir);
  const entries = unzip(zip);
  for (const { path, data } of entries) {
    const target = resolve(root, path);
    if (path.includes('\\') || !target.startsWith(root + sep)) throw new Error(`${path}: refusing a path outside the folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(join(target), data);
  }
  return entries;
}
