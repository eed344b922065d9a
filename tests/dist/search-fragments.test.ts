/**
 * What the search index holds for each page (pagefind's fragments, fetched
 * for every result shown): the page's text and headings, not the print QR
 * code. Pagefind takes a page's first image as its result thumbnail unless
 * the image is excluded (`data-pagefind-ignore="all"`); this site shows no
 * thumbnails, and the QR code's data URI added 0.4 KB to every fragment.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { requireBuiltSite } from './built-site.ts';
import { makesSubResult } from '../../src/lib/pagefind-fragments';

const dist = requireBuiltSite(process.env.DIST_DIR ?? 'dist', 'DIST_DIR');
const FRAGMENTS = join(dist, 'pagefind', 'fragment');
/** Pagefind writes each fragment as gzip of this signature followed by JSON. */
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string; title?: string }[];
}

function readFragments(): Fragment[] {
  return readdirSync(FRAGMENTS).map((name) => {
    const text = gunzipSync(readFileSync(join(FRAGMENTS, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${join(FRAGMENTS, name)} does not start with ${SIGNATURE}: has pagefind changed its format?`);
    return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  });
}

describe('search fragments', () => {
  const fragments = readFragments();

  it('cover the plan text', () => {
    expect(fragments.length).toBeGreaterThan(40);
    expect(fragments.some((f) => /^\/ed\d+\/\d+\/\d+\/$/.test(f.url) && f.content.includes('应当'))).toBe(true);
  });

  it('carry no image (no thumbnails; the print QR code is not indexed)', () => {
    const withImage = fragments.filter((f) => 'image' in f.meta).map((f) => f.url);
    expect(withImage).toEqual([]);
    expect(fragments.filter((f) => JSON.stringify(f).includes('data:image')).map((f) => f.url)).toEqual([]);
  });

  it('keep only the anchors sub-results are made from (scripts/slim-search.ts): article headings, not ¶ paragraphs', () => {
    const kept = fragments.flatMap((f) => f.anchors);
    expect(kept.filter((a) => !makesSubResult(a))).toEqual([]);
    expect(kept.some((a) => /^a\d+$/.test(a.id) && /^h\d$/.test(a.element))).toBe(true);
  });
});
