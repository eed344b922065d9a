/**
 * Every cross-reference link of every built page finds its preview: the page
 * names its version's previews (`<xref-preview data-previews>`), and each
 * `data-xref` id on it is a key there with some text (issue #17: the texts
 * left the pages for `/<v>/previews.json`). Runs over dist/ after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { htmlFiles } from './built-site.ts';
import { join, relative } from 'node:path';

const DIST = process.env.E2E_DIST ?? 'dist';

describe('reference previews of the build', () => {
  it('has a preview for every reference link of every page, in the previews its page names', () => {
    expect(existsSync(join(DIST, 'index.html')), `no build in ${DIST}/: run npm run build first`).toBe(true);
    const files = new Map<string, Record<string, string>>();
    const missing: string[] = [];
    let links = 0;
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      const ids = [...html.matchAll(/<a [^>]*class="xref"[^>]*data-xref="([^"]+)"/g)].map((m) => m[1]!);
      if (!ids.length) continue;
      const url = /<xref-preview data-previews="([^"]+)"/.exec(html)?.[1];
      if (!url) {
        missing.push(`/${relative(DIST, file)}: reference links but no <xref-preview data-previews>`);
        continue;
      }
      if (!files.has(url)) files.set(url, JSON.parse(readFileSync(join(DIST, url), 'utf8')) as Record<string, string>);
      const previews = files.get(url)!;
      for (const id of ids) if (!previews[id]?.trim()) missing.push(`/${relative(DIST, file)}: ${id} has no preview in ${url}`);
      links += ids.length;
    }
    expect(missing).toEqual([]);
    expect(links).toBeGreaterThan(300);
    // One file per version, never a /latest/ copy (links are versioned).
    expect([...files.keys()].every((u) => /^\/(?!latest\/)[\w-]+\/previews\.json$/.test(u))).toBe(true);
    expect(files.size).toBeGreaterThan(1);
  });

  it('keeps the preview texts out of the pages', () => {
    const page = readFileSync(join(DIST, 'latest/all/index.html'), 'utf8');
    expect(page).not.toMatch(/ data-preview="/);
    expect(page).toMatch(/<a href="[^"]+" class="xref" data-xref="a\d+">/);
  });

  it('leads a /latest/ page\'s references into its own version to /latest/, and a versioned page\'s to its version (alias-links.ts)', () => {
    const hrefs = (path: string) => [...readFileSync(join(DIST, path), 'utf8').matchAll(/<a href="([^"]+)"(?=[^>]*class="(?:xref|figref)")/g)].map((m) => m[1]!);
    const newest = /<link rel="canonical" href="[^"]*\/([\w-]+)\/4\/2\/"/.exec(readFileSync(join(DIST, 'latest/4/2/index.html'), 'utf8'))![1]!;
    for (const path of ['latest/4/2/index.html', 'latest/a/31/index.html', 'latest/references/index.html', 'latest/all/index.html']) {
      const links = hrefs(path);
      expect(links.length, path).toBeGreaterThan(0);
      expect(links.filter((h) => h.startsWith(`/${newest}/`)), path).toEqual([]);
    }
    expect(hrefs(`${newest}/4/2/index.html`).every((h) => h.startsWith(`/${newest}/`))).toBe(true);
  });
});
