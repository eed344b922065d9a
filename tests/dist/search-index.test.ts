/**
 * The search index as `npm run build` leaves it, after scripts/slim-search.ts
 * re-cut pagefind's word index (issue #17): every word is found by the
 * browser's range test in the chunk that holds it, and no chunk is large,
 * so a query fetches a few KB of index per term.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chunkFor, readChunkTable, readWordIndex } from '../../src/lib/pagefind-chunks';
import { requireBuiltSite } from './built-site.ts';

const dist = requireBuiltSite(process.env.DIST_DIR ?? 'dist', 'DIST_DIR');
const bundle = join(dist, 'pagefind');
/** Gzip bytes: a chunk is cut at about 4 KB of CBOR (about 2 KB gzip); one first character's words stay together. */
const CHUNK_BUDGET = 6 * 1024;
const META_BUDGET = 2.5 * 1024;

const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };

describe.each(Object.entries(entry.languages))('the %s word index', (language, { hash }) => {
  const indexDir = join(bundle, 'index');
  const names = readdirSync(indexDir).filter((f) => f.startsWith(`${language}_`));
  const metaFile = join(bundle, `pagefind.${hash}.pf_meta`);
  const metaGz = readFileSync(metaFile);
  const rows = readChunkTable(gunzipSync(metaGz), new Set(names.map((n) => n.replace(/\.pf_index$/, ''))), metaFile);

  it('is cut into many small chunks, each within its budget', () => {
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(readFileSync(join(indexDir, name)).length, name).toBeLessThanOrEqual(CHUNK_BUDGET);
    expect(metaGz.length).toBeLessThanOrEqual(META_BUDGET);
  });

  it('finds every word in the chunk that holds it, as the browser looks it up', () => {
    let words = 0;
    for (const row of rows) {
      const file = join(indexDir, `${row.hash}.pf_index`);
      for (const { word } of readWordIndex(gunzipSync(readFileSync(file)), file)) {
        words++;
        expect(chunkFor(rows, word)?.hash, word).toBe(row.hash);
      }
    }
    expect(words).toBeGreaterThan(1000);
  });
});
