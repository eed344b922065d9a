/**
 * The site builds with whatever content/ holds: a second, invented plan
 * (tests/fixtures/second-plan: three chapters, one without sections, its own
 * site.yaml, figure and outlines), a missing content folder, and a broken plan
 * that must fail with the file and the fix named.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './built-site.ts';
import { loadSiteSettings } from '../../src/lib/site.ts';
import { loadPlaceGeo } from '../../src/lib/geo/place.ts';

const temp = mkdtempSync(join(tmpdir(), 'plan-fixture-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function build(contentDir: string, outDir: string) {
  return buildSite(contentDir, outDir);
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(html|xml|json)$/.test(d.name) && !d.parentPath.includes('pagefind'))
    .map((d) => join(d.parentPath, d.name));
}

describe('building a second, invented plan with the same code', () => {
  const fixture = 'tests/fixtures/second-plan';
  const out = join(temp, 'second-out');
  const result = build(fixture, out);
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
  const site = loadSiteSettings(fixture);

  it('succeeds', () => {
    expect(result.output).not.toMatch(/problem\(s\)/);
    expect(result.status).toBe(0);
  });

  it('takes the title, notice and error-report address from its own site.yaml', () => {
    const html = page('t1/1/1');
    expect(html).toContain(`<a class="site-title" href="/">${site.shortName}</a>`);
    expect(html).toContain(site.compiledNotice);
    expect(html).toContain(`href="${site.reportErrors}"`);
  });

  it('names its configured compiler as the 主要责任者 of the GB/T 7714 form', () => {
    expect(site.compiler).toBeTruthy();
    const gbt = /<span class="cite-gbt"[^>]*>([\s\S]*?)<\/span>\s*<plan-cite/.exec(page('t1/a/1'))?.[1] ?? '';
    expect(gbt.replace(/<[^>]+>/g, '')).toMatch(new RegExp(`^${site.compiler}\\. ${site.title}`));
  });

  it('contains none of the first plan\'s names anywhere in its output', () => {
    const real = loadSiteSettings('content');
    const place = loadPlaceGeo('content');
    const names = [real.shortName, real.place.name, real.place.code, place.seatName, ...place.neighbours.map((n) => n.name)];
    const files = textFiles(out);
    expect(files.length).toBeGreaterThan(10);
    const hits = files.flatMap((f) => names.filter((n) => readFileSync(f, 'utf8').includes(n)).map((n) => `${f}: ${n}`));
    expect(hits).toEqual([]);
  });

  it('cites its configured address everywhere and never localhost', () => {
    expect(page('latest/1/1')).toContain('<link rel="canonical" href="https://plan.example.org/t1/1/1/"');
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('https://plan.example.org/t1/');
    const hits = textFiles(out).filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('draws its own figure on the figure\'s home section, linked from the article that cites it', () => {
    const html = page('t1/1/2');
    expect(html).toMatch(/<figure class="plan-map" id="fig1"/);
    expect(html).toContain('示例县区位示意图');
    expect(html).toMatch(/<a href="\/t1\/1\/2\/#fig1"[^>]*>附图1<\/a>/);
  });

  it('anchors the figure in the 附图 list of the whole text, linked to its home', () => {
    expect(page('t1/all')).toContain('<h3 id="fig1"><a href="/t1/1/2/#fig1">附图1 示例县区位示意图</a></h3>');
  });

  it('renders sections with their articles at #a<n>', () => {
    expect(page('t1/1/1')).toContain('id="a1"');
    expect(page('t1/1/1')).toContain('id="a2"');
  });

  it('renders a chapter without sections with its own articles', () => {
    const html = page('t1/2');
    expect(html).toContain('id="a4"');
    expect(html).toContain('id="a5"');
  });

  it('serves the newest version under /latest/ with a canonical link to the versioned page', () => {
    expect(page('latest/1/1')).toMatch(/<link rel="canonical" href="[^"]*\/t1\/1\/1\/"/);
  });

  it('puts every article of the version on the whole-text page', () => {
    const html = page('t1/all');
    for (let n = 1; n <= 6; n++) expect(html).toContain(`id="a${n}"`);
  });
});

describe('building a content folder with a site file and no plan yet', () => {
  it('succeeds with a home page that says nothing is imported yet', () => {
    const content = join(temp, 'empty');
    mkdirSync(content);
    cpSync('tests/fixtures/second-plan/site.yaml', join(content, 'site.yaml'));
    const out = join(temp, 'empty-out');
    const result = build(content, out);
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('尚未导入规划文本');
    expect(existsSync(join(out, '404.html'))).toBe(true);
  });

  it('fails naming the missing site file and what to put in it', () => {
    const result = build(join(temp, 'missing'), join(temp, 'missing-out'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/missing\/site\.yaml: the site file is missing/);
  });
});

describe('building a broken plan', () => {
  it('fails and names the file and the fix when article numbers skip', () => {
    const content = join(temp, 'broken');
    cpSync('tests/fixtures/mini', content, { recursive: true });
    const file = join(content, 'plan/t1/03/01.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('number: 6', 'number: 7').replace('第六条', '第七条'));
    const result = build(content, join(temp, 'broken-out'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('plan/t1/03/01.mdx');
    expect(result.output).toContain('article 7 (第七条) stands where article 6 should');
    expect(result.output).toContain('fix: renumber it to 第六条');
  });
});
