/**
 * A .docx is a zip; a small one can unpack to gigabytes (a "zip bomb"), and
 * mammoth would try (issue 15: a 1 MB file took 3.26 GB of memory before
 * failing). The sizes are checked in the zip's central directory first, before
 * anything is inflated, and the parts mammoth reads are test-inflated with a
 * ceiling, so a directory that lies about its sizes is caught with little memory.
 */
import { inflateRawSync } from 'node:zlib';

/** The most a .docx may unpack to in all (text, styles and images together). */
export const MAX_DOCX_UNPACKED = 512 * 1024 * 1024;
/** The most one XML part may unpack to: a 2,000-page plan's document.xml is far below. */
export const MAX_DOCX_PART = 128 * 1024 * 1024;

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  /** Offset of the entry's data in the file. */
  dataStart: number;
}

/** The entries of a zip's central directory, or null when the bytes are not a readable zip. */
export function zipEntries(zip: Uint8Array): ZipEntry[] | null {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries: ZipEntry[] = [];
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < buf.readUInt16LE(eocd + 10); k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    if (local + 30 > buf.length) return null;
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      uncompressed: buf.readUInt32LE(p + 24),
      dataStart: local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Throws with a message for the user when the zip would unpack past the
 * limits; returns quietly otherwise (or when it is not a zip: mammoth says so).
 */
export function assertZipWithinLimits(zip: Uint8Array, total = MAX_DOCX_UNPACKED, part = MAX_DOCX_PART): void {
  const entries = zipEntries(zip);
  if (!entries) return;
  // 0xFFFFFFFF marks a ZIP64 size, i.e. 4 GB or more: over any limit.
  const declared = entries.reduce((sum, e) => sum + (e.uncompressed === 0xffffffff ? Infinity : e.uncompressed), 0);
  if (declared > total) {
    throw new Error(`the .docx would unpack to ${Number.isFinite(declared) ? mb(declared) : 'more than 4 GB'} (the limit is ${mb(total)}): it is damaged or not a plain Word document; save the text again from Word, or as UTF-8 .txt`);
  }
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  for (const e of entries) {
    if (e.method !== 8 || !/\.(xml|rels)$/i.test(e.name)) continue;
    try {
      inflateRawSync(buf.subarray(e.dataStart, e.dataStart + e.compressed), { maxOutputLength: part });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new Error(`the .docx part ${e.name} unpacks to more than ${mb(part)} although the file says ${mb(e.uncompressed)}: it is damaged or built to exhaust memory; save the text again from Word, or as UTF-8 .txt`);
      }
      // A damaged part: mammoth reports it in its own words.
    }
  }
}
