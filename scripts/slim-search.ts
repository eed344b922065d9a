/**
 * After pagefind: make a search fetch less, without changing what it finds.
 * - Re-cut the word index into small chunks (src/lib/pagefind-chunks.ts), so a
 *   query fetches a few KB of index rather than 21 KB per term: rewrites
 *   `dist/pagefind/index/`, the language's `.pf_meta` and `pagefind-entry.json`.
 * - Drop the anchors no sub-result is made from (src/lib/pagefind-fragments.ts)
 *   from every page fragment. A fragment keeps its name: the name is pagefind's
 *   hash of what it wrote, and the same input always gives the same output.
 * Running it again changes nothing.
 *
 * usage: tsx scripts/slim-search.ts [dist]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { slimFragment } from '../src/lib/pagefind-fragments.ts';
import { chunkFor, cutChunks, readChunkTable, readWordIndex, replaceChunkTable, writeWordIndex, type ChunkRow, type IndexChunk, type WordEntry } from '../src/lib/pagefind-chunks.ts';

/** About 4 KB of CBOR a chunk (about 2 KB gzip): a query's terms cost little, and the chunk table (in the .pf_meta every search fetches) stays short. */
const TARGET_CHUNK_BYTES = 4096;

const dist = process.argv[2] ?? process.env.PLAN_OUT_DIR ?? 'dist';
const bundle = join(dist, 'pagefind');

interface Entry {
  languages: Record<string, { hash: string }>;
}

/** `<language>_<hex>` as pagefind names its files, `length` hex digits of the SHA-256 of the (uncompressed) content. */
function fileHash(language: string, data: Uint8Array, length: number): string {
  return `${language}_${createHash('sha256').update(data).digest('hex').slice(0, length)}`;
}

/** Name the chunks (`<language>_<7 hex>`, longer on a clash) and make the meta's table rows for them. */
function nameChunks(language: string, chunks: IndexChunk[]): { rows: ChunkRow[]; files: Map<string, Uint8Array> } {
  const rows: ChunkRow[] = [];
  const files = new Map<string, Uint8Array>();
  for (const chunk of chunks) {
    const data = writeWordIndex(chunk.entries);
    let length = 7;
    while (files.has(fileHash(language, data, length))) length++;
    const hash = fileHash(language, data, length);
    files.set(hash, data);
    rows.push({ from: chunk.from, to: chunk.to, hash });
  }
  // Check what the browser will do: each word's range test must pick the chunk that holds it.
  chunks.forEach((chunk, i) => {
    const lost = chunk.entries.find((e) => chunkFor(rows, e.word) !== rows[i]);
    if (lost) throw new Error(`slim-search: the word ${lost.word} would not be found in chunk ${rows[i]!.hash}; this is a defect in src/lib/pagefind-chunks.ts`);
  });
  return { rows, files };
}

/** Re-cut one language's index; returns the new meta hash and the counts for the log. */
function recut(language: string, metaHash: string): { hash: string; before: number; after: number } {
  const indexDir = join(bundle, 'index');
  // The chunks the language's meta names: pagefind run again into the same folder leaves the old ones beside them.
  const present = readdirSync(indexDir).filter((f) => f.startsWith(`${language}_`) && f.endsWith('.pf_index'));
  const presentHashes = new Set(present.map((f) => f.slice(0, -'.pf_index'.length)));
  const metaFile = join(bundle, `pagefind.${metaHash}.pf_meta`);
  const oldMeta = gunzipSync(readFileSync(metaFile));
  const named = readChunkTable(oldMeta, presentHashes, metaFile).map((r) => join(indexDir, `${r.hash}.pf_index`));
  const entries: WordEntry[] = named.flatMap((f) => readWordIndex(gunzipSync(readFileSync(f)), f));
  const { rows, files } = nameChunks(language, cutChunks(entries, TARGET_CHUNK_BYTES));
  const meta = replaceChunkTable(oldMeta, presentHashes, rows, metaFile);
  // Every chunk of the language not written now goes (pagefind's, and stale ones); so does every other meta of it.
  for (const name of present) if (!files.has(name.slice(0, -'.pf_index'.length))) rmSync(join(indexDir, name));
  for (const [hash, data] of files) writeFileSync(join(indexDir, `${hash}.pf_index`), gzipSync(data, { level: 9 }));
  const newMetaHash = fileHash(language, meta, 13);
  for (const name of readdirSync(bundle).filter((f) => f.startsWith(`pagefind.${language}_`) && f.endsWith('.pf_meta'))) rmSync(join(bundle, name));
  writeFileSync(join(bundle, `pagefind.${newMetaHash}.pf_meta`), gzipSync(meta, { level: 9 }));
  return { hash: newMetaHash, before: named.length, after: files.size };
}

const entryFile = join(bundle, 'pagefind-entry.json');
if (!existsSync(entryFile)) {
  console.error(`slim-search: ${entryFile} is missing; run pagefind first (npm run build does).`);
  process.exit(1);
}
const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
for (const [language, info] of Object.entries(entry.languages)) {
  const { hash, before, after } = recut(language, info.hash);
  info.hash = hash;
  console.log(`slim-search: ${language}: ${before} index chunks re-cut into ${after}`);
}
writeFileSync(entryFile, JSON.stringify(entry));

/** Slim every fragment; returns the gzip bytes before and after. */
function slimFragments(): { before: number; after: number } {
  const dir = join(bundle, 'fragment');
  let before = 0;
  let after = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'))) {
    const file = join(dir, name);
    const gz = readFileSync(file);
    const data = gunzipSync(gz).toString('utf8');
    const slim = slimFragment(data, file);
    const out = slim === data ? gz : gzipSync(slim, { level: 9 });
    if (out !== gz) writeFileSync(file, out);
    before += gz.length;
    after += out.length;
  }
  return { before, after };
}

const fragments = slimFragments();
console.log(`slim-search: fragments ${(fragments.before / 1024).toFixed(1)} KB → ${(fragments.after / 1024).toFixed(1)} KB (anchors that make no sub-result dropped)`);
