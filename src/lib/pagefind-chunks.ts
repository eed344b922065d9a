/**
 * Re-cut pagefind's word index into small chunks.
 *
 * pagefind 1.6 cuts its word index into chunks of 20,000 word positions
 * (hard-coded, about 21 KB gzip each here), and a query fetches the chunk of
 * every term it has: a three-word Chinese query fetched 63 KB of index for a
 * 0.3 KB answer. This module cuts the same words into chunks of a few KB and
 * rewrites the chunk table in the language's `.pf_meta`, so the browser
 * fetches only the words near the query's.
 *
 * Nothing inside a word's entry is decoded or re-encoded: each entry's CBOR
 * bytes are copied as they are, so the index answers exactly as pagefind
 * built it. Only the outer arrays and the chunk table are written anew.
 *
 * Chunks are cut only where a word's first character changes, and each
 * chunk's range runs from its first character to every word starting with
 * its last: a term and all its extensions (pagefind matches the last term as
 * a prefix) are always in one chunk, and every term is found by pagefind's
 * strict range test. (pagefind's own ranges are shortened prefixes, which a
 * term such as 规划 can fall outside of, when it is the last word before a
 * cut.)
 */

/** Every pagefind data file starts with this, then one CBOR item (the file is gzipped). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';
const SIGNATURE_BYTES = new TextEncoder().encode(PAGEFIND_SIGNATURE);
/** Sorts after every character: a range's end covering every word starting with one character. */
const LAST_CHARACTER = '\u{10FFFF}';

/** One CBOR data item's head: major type, its argument, and where its content starts. */
interface CborHead {
  major: number;
  argument: number;
  next: number;
}

/** Read the head of the CBOR item at `at` (RFC 8949 §3); indefinite lengths are refused (pagefind writes none). */
function readHead(bytes: Uint8Array, at: number): CborHead {
  if (at >= bytes.length) throw new Error(`CBOR ends early at byte ${at}`);
  const major = bytes[at] >> 5;
  const info = bytes[at] & 0x1f;
  if (info < 24) return { major, argument: info, next: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (!size) throw new Error(`unsupported CBOR head 0x${bytes[at].toString(16)} at byte ${at}`);
  let argument = 0;
  for (let i = 1; i <= size; i++) argument = argument * 256 + bytes[at + i];
  return { major, argument, next: at + 1 + size };
}

/** The byte just after the CBOR item starting at `at`. */
export function cborItemEnd(bytes: Uint8Array, at: number): number {
  const head = readHead(bytes, at);
  switch (head.major) {
    case 2:
    case 3:
      return head.next + head.argument;
    case 4:
    case 5: {
      let end = head.next;
      const items = head.major === 4 ? head.argument : head.argument * 2;
      for (let i = 0; i < items; i++) end = cborItemEnd(bytes, end);
      return end;
    }
    case 6:
      return cborItemEnd(bytes, head.next);
    default: // integers and simple values carry their value in the head (floats: 2, 4 or 8 bytes)
      return head.next;
  }
}

/** A definite-length CBOR head with the shortest argument. */
export function cborHead(major: number, argument: number): Uint8Array {
  const m = major << 5;
  if (argument < 24) return Uint8Array.of(m | argument);
  if (argument < 0x100) return Uint8Array.of(m | 24, argument);
  if (argument < 0x10000) return Uint8Array.of(m | 25, argument >> 8, argument & 0xff);
  return Uint8Array.of(m | 26, (argument >>> 24) & 0xff, (argument >> 16) & 0xff, (argument >> 8) & 0xff, argument & 0xff);
}

/** A CBOR text string. */
function cborText(text: string): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  return concat([cborHead(3, utf8.length), utf8]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The items of the CBOR array starting at `at`, as byte ranges. */
function arrayItems(bytes: Uint8Array, at: number, what: string): Uint8Array[] {
  const head = readHead(bytes, at);
  if (head.major !== 4) throw new Error(`${what}: expected a CBOR array at byte ${at}`);
  const items: Uint8Array[] = [];
  let start = head.next;
  for (let i = 0; i < head.argument; i++) {
    const end = cborItemEnd(bytes, start);
    items.push(bytes.subarray(start, end));
    start = end;
  }
  return items;
}

/** A CBOR array of already-encoded items. */
function cborArray(items: Uint8Array[]): Uint8Array {
  return concat([cborHead(4, items.length), ...items]);
}

/** The text string at the start of `item` (an array's first element, or the item itself). */
function firstText(item: Uint8Array): string | undefined {
  let head = readHead(item, 0);
  if (head.major === 4 && head.argument > 0) head = readHead(item, head.next);
  if (head.major !== 3) return undefined;
  return new TextDecoder().decode(item.subarray(head.next, head.next + head.argument));
}

/** The CBOR item after the signature of a decompressed pagefind file. */
export function pagefindBody(data: Uint8Array, file: string): Uint8Array {
  const signature = new TextDecoder().decode(data.subarray(0, SIGNATURE_BYTES.length));
  if (signature !== PAGEFIND_SIGNATURE) throw new Error(`${file}: not a pagefind data file (no "${PAGEFIND_SIGNATURE}" signature)`);
  return data.subarray(SIGNATURE_BYTES.length);
}

/** A decompressed pagefind file holding one CBOR item. */
export function pagefindFile(body: Uint8Array): Uint8Array {
  return concat([SIGNATURE_BYTES, body]);
}

/** One word's entry of a word-index chunk: its word and its CBOR bytes, untouched. */
export interface WordEntry {
  word: string;
  bytes: Uint8Array;
}

/** The word entries of one decompressed `.pf_index` file (`[[word entry…]]`). */
export function readWordIndex(data: Uint8Array, file: string): WordEntry[] {
  const body = pagefindBody(data, file);
  const outer = arrayItems(body, 0, file);
  if (outer.length !== 1) throw new Error(`${file}: expected pagefind's word index ([words]), found an array of ${outer.length}`);
  return arrayItems(outer[0], 0, file).map((bytes) => {
    const word = firstText(bytes);
    if (word === undefined) throw new Error(`${file}: a word entry does not start with its word`);
    return { word, bytes };
  });
}

/** A decompressed `.pf_index` file for these entries. */
export function writeWordIndex(entries: WordEntry[]): Uint8Array {
  return pagefindFile(cborArray([cborArray(entries.map((e) => e.bytes))]));
}

/** A chunk of the re-cut index: its words and the range of terms the browser looks for in it. */
export interface IndexChunk {
  entries: WordEntry[];
  from: string;
  to: string;
}

/** The first character of a word (a code point, not a UTF-16 unit). */
function firstCharacter(word: string): string {
  return String.fromCodePoint(word.codePointAt(0) ?? 0);
}

/** Compare as pagefind does (Rust compares strings by UTF-8 bytes, that is by code point). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i].codePointAt(0) ?? 0) - (y[i].codePointAt(0) ?? 0);
    if (d) return d;
  }
  return x.length - y.length;
}

/**
 * Cut sorted word entries into chunks of about `targetBytes` of CBOR, only
 * where the first character changes. A chunk's range: from its first
 * character to the last character followed by the highest code point.
 */
export function cutChunks(entries: WordEntry[], targetBytes: number): IndexChunk[] {
  const sorted = [...entries].sort((a, b) => compareCodePoints(a.word, b.word));
  const groups: WordEntry[][] = [];
  let current: WordEntry[] = [];
  let size = 0;
  sorted.forEach((entry, i) => {
    current.push(entry);
    size += entry.bytes.length;
    const next = sorted[i + 1];
    if (next && size >= targetBytes && firstCharacter(next.word) !== firstCharacter(entry.word)) {
      groups.push(current);
      current = [];
      size = 0;
    }
  });
  if (current.length) groups.push(current);
  return groups.map((group) => ({
    entries: group,
    from: firstCharacter(group[0].word),
    to: firstCharacter(group[group.length - 1].word) + LAST_CHARACTER,
  }));
}

/** One row of the `.pf_meta` chunk table. */
export interface ChunkRow {
  from: string;
  to: string;
  hash: string;
}

/**
 * The index of the chunk table among the `.pf_meta` fields: the array of
 * `[from, to, hash]` rows each naming one of `hashes` (the index files there
 * are; a folder pagefind wrote into twice holds others too).
 */
function chunkTableField(fields: Uint8Array[], hashes: ReadonlySet<string>, file: string): number {
  const isTable = (field: Uint8Array): boolean => {
    if (readHead(field, 0).major !== 4) return false;
    const rows = arrayItems(field, 0, file);
    if (rows.length === 0) return false;
    return rows.every((row) => {
      if (readHead(row, 0).major !== 4) return false;
      const cells = arrayItems(row, 0, file);
      return cells.length === 3 && hashes.has(firstText(cells[2]) ?? '');
    });
  };
  const at = fields.findIndex(isTable);
  if (at < 0) throw new Error(`${file}: no chunk table naming only the index files there are (${hashes.size}) was found: pagefind's output is incomplete, or its format has changed (see src/lib/pagefind-chunks.ts)`);
  return at;
}

/** The chunk table of a decompressed `.pf_meta`, whose chunks are among `hashes` (the index files' names). */
export function readChunkTable(meta: Uint8Array, hashes: ReadonlySet<string>, file: string): ChunkRow[] {
  const fields = arrayItems(pagefindBody(meta, file), 0, file);
  return arrayItems(fields[chunkTableField(fields, hashes, file)], 0, file).map((row) => {
    const [from, to, hash] = arrayItems(row, 0, file).map((cell) => firstText(cell) ?? '');
    return { from, to, hash };
  });
}

/**
 * Replace the chunk table in a decompressed `.pf_meta`. The table is found
 * by its content (it names only files of `oldHashes`), so the rest of the
 * file is kept byte for byte.
 */
export function replaceChunkTable(meta: Uint8Array, oldHashes: ReadonlySet<string>, rows: ChunkRow[], file: string): Uint8Array {
  const fields = arrayItems(pagefindBody(meta, file), 0, file);
  const at = chunkTableField(fields, oldHashes, file);
  const table = cborArray(rows.map((r) => cborArray([cborText(r.from), cborText(r.to), cborText(r.hash)])));
  return pagefindFile(cborArray(fields.map((field, i) => (i === at ? table : field))));
}

/**
 * The chunk pagefind's runtime fetches for `term`: the first whose range
 * holds it (`from <= term <= to`, its strict test), as in `request_indexes`.
 */
export function chunkFor(rows: readonly ChunkRow[], term: string): ChunkRow | undefined {
  return rows.find((r) => compareCodePoints(term, r.from) >= 0 && compareCodePoints(term, r.to) <= 0);
}
