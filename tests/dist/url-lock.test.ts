/**
 * The URL lock over real builds (issue 6): the site's dist/ still publishes
 * every entry of content/urls.lock, and — on the two-version fixture — a
 * locked page that disappears fails the check until a redirect in
 * redirects.yaml covers it, anchors included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './built-site.ts';
import { checkDistAgainstLock, collectPublished, formatLock } from '../../src/lib/url-lock';
import { canonicalSha256 } from '../../src/lib/canonical-text';

const temp = mkdtempSync(join(tmpdir(), 'url-lock-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/*
 * The fixture is built from its place in the repository, never from a copy
 * in a temporary folder: Astro's content cache remembers the files of the
 * last build, and a deleted folder would break the next build of the site.
 */
const content = 'tests/fixtures/versions';

function build(outDir: string, redirects: string): void {
  const result = buildSite(content, outDir, { PLAN_REDIRECTS: redirects });
  if (result.status !== 0) throw new Error(`astro build of ${content} failed:\n${result.output}`);
}

describe('the site build', () => {
  it('publishes every URL and article anchor in content/urls.lock', () => {
    expect(existsSync('dist'), 'run `npm run build` first').toBe(true);
    expect(existsSync('content/urls.lock'), 'run `npm run lock-urls` after the first build').toBe(true);
    const { failures, locked } = checkDistAgainstLock('dist', 'content/urls.lock', 'content/redirects.yaml');
    expect(locked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});

const first = join(temp, 'first');
const redirectsPath = join(temp, 'redirects.yaml');
beforeAll(() => {
  writeFileSync(redirectsPath, '[]\n');
  build(first, redirectsPath);
});

describe('a page that moves', () => {
  const lockPath = join(temp, 'urls.lock');
  beforeAll(() => {
    // Pretend /v2/9/9/ was once published with article 4 on it.
    writeFileSync(lockPath, formatLock([...collectPublished(first).entries, '/v2/9/9/', '/v2/9/9/#a4']));
  });

  it('fails the check, naming the page and how to redirect it', () => {
    const { failures } = checkDistAgainstLock(first, lockPath, redirectsPath);
    expect(failures).toEqual([
      expect.stringMatching(/\/v2\/9\/9\/ disappeared — add \{ from: \/v2\/9\/9\/, to: <new path> \} to content\/redirects\.yaml/),
      expect.stringMatching(/\/v2\/9\/9\/#a4 disappeared/),
    ]);
  });

  it('passes once redirects.yaml sends it to a page with the same anchors', () => {
    writeFileSync(redirectsPath, '- from: /v2/9/9/\n  to: /v2/2/1/\n');
    const second = join(temp, 'second');
    build(second, redirectsPath);
    expect(checkDistAgainstLock(second, lockPath, redirectsPath).failures).toEqual([]);
  });

  it('still fails when the redirect target lacks a locked anchor', () => {
    writeFileSync(redirectsPath, '- from: /v2/9/9/\n  to: /v2/2/2/\n');
    const third = join(temp, 'third');
    build(third, redirectsPath);
    expect(checkDistAgainstLock(third, lockPath, redirectsPath).failures).toEqual([
      expect.stringMatching(/\/v2\/9\/9\/#a4 disappeared — \/v2\/9\/9\/ redirects to \/v2\/2\/2\/, which has no #a4/),
    ]);
  });
});

/*
 * The same fixture build also carries the version data: checked here so the
 * fixture is built once.
 */
describe('version data in the fixture build', () => {
  const read = (path: string) => readFileSync(join(first, path), 'utf8');

  it('publishes plan.json whose sha256 anyone can recompute from its chapters', () => {
    for (const v of ['v1', 'v2']) {
      const json = JSON.parse(read(`${v}/plan.json`));
      expect(json.id).toBe(v);
      expect(canonicalSha256(json.chapters, json.appendices)).toBe(json.sha256);
    }
    const latest = JSON.parse(read('latest/plan.json'));
    expect(latest.id).toBe('v2');
    const renumbered = latest.chapters[1].sections[0].articles[1];
    expect(renumbered).toMatchObject({ number: 4, key: '3', from: 3 });
  });

  it('publishes an Atom feed with one entry per version, newest first', () => {
    const feed = read('feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const ids = [...feed.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<id>([^<]+)<\/id>/g)].map((m) => new URL(m[1]!).pathname);
    expect(ids).toEqual(['/v2/', '/v1/']);
  });

  it('counts the fixture’s changes on the diff page, not the punctuation-only edit', () => {
    const html = read('diff/v1/v2/index.html');
    const count = (kind: string) => Number(new RegExp(`data-count="${kind}"[^>]*>(\\d+)<`).exec(html)?.[1]);
    // Each article counted once: two of the three renumbered articles also changed text, and count as changed.
    expect([count('added'), count('removed'), count('changed'), count('renumbered'), count('unchanged')]).toEqual([1, 1, 2, 1, 2]);
    expect(html).toContain('（其中 2 条同时重新编号）');
    expect(html).not.toContain('data-key="1"');
    expect(html).toMatch(/<del[^>]*>(?:(?!<\/del>).)*第四条(?:(?!<\/del>).)*<\/del>/);
  });

  it('names no official stage when the plan has no drafting notes (the fixture has none)', () => {
    const heading = /<h2[^>]*>起草说明记载的正式阶段<\/h2>/;
    expect(read('versions/index.html')).not.toMatch(heading);
    expect(readFileSync('dist/versions/index.html', 'utf8')).toMatch(heading);
  });

  it('links the versions page of the real site to each official stage in its drafting notes', () => {
    // The stages come from the content folder being built: the real one has the notes, the fixture does not.
    const html = readFileSync('dist/versions/index.html', 'utf8');
    for (const anchor of ['#t2019-11', '#t2020-05', '#t2023-01-2', '#t2023-08']) expect(html).toContain(`/notes/${anchor}`);
    expect(html.match(/未收录文本<\/span>/g)).toHaveLength(4);
  });

  it('prints a QR code of the page URL on paper only', () => {
    const html = read('v1/2/1/index.html');
    // Its modules only, packed in base64 (qr-path.ts): the page script draws them when printing.
    const qr = /<figure class="print-qr print-only[^"]*"[^>]*data-qr-size="(\d+)" data-qr="([A-Za-z0-9+/]+=*)"[^>]*><\/figure>/.exec(html);
    expect(qr).not.toBeNull();
    expect(Buffer.from(qr![2]!, 'base64')).toHaveLength(Math.ceil(Number(qr![1]) ** 2 / 8));
  });
});
