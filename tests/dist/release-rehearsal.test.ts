/**
 * A rehearsal of the day the official text arrives (issue 15): a text with a
 * different layout — one chapter fewer (13 and 14 merged), a section moved to
 * another chapter, two sections swapped with their figures, a section
 * removed, two articles merged, everything after renumbered
 * (tests/fixtures/release/official-text.txt) — is imported as the newest
 * version over a copy of the real content and built. Every URL in the real
 * lock must still resolve, to the same provision, without a hand-written
 * redirect; then the new URLs are locked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './built-site.ts';
import { runImport, type ImportResult } from '../../src/lib/import/run.ts';
import { checkDistAgainstLock, readLockFile, redirectTargetInHtml } from '../../src/lib/url-lock.ts';
import { supersedePrevious } from '../../src/lib/version-status.ts';

const temp = mkdtempSync(join(tmpdir(), 'plan-release-'));
const content = join(temp, 'content');
const out = join(temp, 'out');
const env = { ...process.env, PLAN_CONTENT_DIR: content, PLAN_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
let imported: ImportResult;
let build: { status: number | null; output: string };
afterAll(() => rmSync(temp, { recursive: true, force: true }));

beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  imported = await runImport({
    input: 'tests/fixtures/release/official-text.txt',
    version: 'ed4',
    stage: '送审稿',
    label: '送审稿演练',
    date: '2026-12-01',
    previous: 'ed3',
    contentDir: content,
  });
  // As npm run release does between the import and the build.
  supersedePrevious(content, 'ed4');
  build = buildSite(content, out, {}, 600_000);
}, 660_000);

interface JsonArticle {
  number: number;
  key: string;
}
interface JsonVersion {
  chapters: { number: number; articles: JsonArticle[]; sections: { number: number; articles: JsonArticle[] }[] }[];
}
const planJson = (v: string) => JSON.parse(readFileSync(join(out, v, 'plan.json'), 'utf8')) as JsonVersion;
const articlesOf = (v: JsonVersion) => v.chapters.flatMap((c) => [...c.articles, ...c.sections.flatMap((s) => s.articles)]);
const sectionKeys = (v: JsonVersion, c: number, s: number) =>
  v.chapters.find((x) => x.number === c)?.sections.find((x) => x.number === s)?.articles.map((a) => a.key) ?? [];
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const lockedLatest = (pattern: RegExp) => readLockFile('content/urls.lock').filter((u) => pattern.test(u));

describe('releasing a text with another layout', () => {
  it('imports it as ed4 with the keys of the articles it kept, moved ones included', () => {
    expect(imported.errors).toEqual([]);
    expect(imported.exitCode).toBe(0);
    expect([imported.chapters, imported.sections, imported.articles]).toEqual([13, 45, 124]);
    // 生态修复与国土综合整治 moved from 第五章第三节 (ed3 articles 49–51) to 第八章第五节.
    const moved = readFileSync(join(content, 'plan/ed4/08/05.mdx'), 'utf8');
    expect(moved).toContain('{ number: 73, key: "48", from: 49 }');
  });

  it('marks the version it revises superseded, so plan.json calls one version current (second-plan tester, 2026-12-03)', () => {
    const status = (v: string) => (JSON.parse(readFileSync(join(out, v, 'plan.json'), 'utf8')) as { status: string }).status;
    expect(['ed1', 'ed2', 'ed3', 'ed4'].map(status)).toEqual(['superseded', 'superseded', 'superseded', 'current']);
    expect(readFileSync('content/plan/ed3/_version.yaml', 'utf8')).toMatch(/^status: current$/m);
  });

  it('says on the pages outside a version that the newest text is the official one, and that the compiled editions before it are not (second-plan tester, 2026-12-03)', () => {
    for (const path of ['about', 'versions', 'search']) {
      const notice = /<section class="notice"[^>]*>([\s\S]*?)<\/section>/.exec(page(path))![1]!;
      expect(notice, path).toContain('最新文本：送审稿演练（送审稿）；此前的整理稿不是正式文本。');
      expect(notice, path).not.toContain('本站文本为依据');
    }
    expect(page('')).toContain('>关于本站</a>');
  });

  it('builds, and the URL lock holds without a hand-written redirect', () => {
    expect(build.output, build.output.slice(-3000)).not.toMatch(/problem\(s\)/);
    expect(build.status).toBe(0);
    expect(readFileSync(join(content, 'redirects.yaml'), 'utf8')).toMatch(/^\[\]$/m);
    expect(checkDistAgainstLock(out, join(content, 'urls.lock'), join(content, 'redirects.yaml')).failures).toEqual([]);
  });

  it('sends every locked /latest/ article URL to the same provision, or to the last version that had it', () => {
    const ed3 = articlesOf(planJson('ed3'));
    const ed4 = articlesOf(planJson('ed4'));
    const urls = lockedLatest(/^\/latest\/a\/\d+\/$/);
    expect(urls).toHaveLength(127);
    let redirected = 0;
    for (const url of urls) {
      const n = Number(/\d+/.exec(url)![0]);
      const target = redirectTargetInHtml(page(url.slice(1)));
      if (target === null) continue; // the path still exists in ed4
      redirected++;
      const key = ed3.find((a) => a.number === n)!.key;
      const m = /^\/latest\/a\/(\d+)\/$/.exec(target);
      if (m) expect(ed4.find((a) => a.number === Number(m[1]))?.key, `${url} → ${target}`).toBe(key);
      else {
        expect(target, url).toBe(`/ed3/a/${n}/`);
        expect(ed4.some((a) => a.key === key), `${url}: key ${key} is gone from ed4`).toBe(false);
      }
    }
    expect(redirected).toBe(3);
  });

  it('sends every locked /latest/ section URL the new layout lacks to the section holding its articles', () => {
    const ed3 = planJson('ed3');
    const ed4 = planJson('ed4');
    const targets: Record<string, string> = {};
    for (const url of lockedLatest(/^\/latest\/\d+\/\d+\/$/)) {
      const target = redirectTargetInHtml(page(url.slice(1)));
      if (target === null) continue;
      targets[url] = target;
      const [c, s] = url.match(/\d+/g)!.map(Number);
      const keys = sectionKeys(ed3, c!, s!);
      const m = /^\/latest\/(\d+)\/(\d+)\/$/.exec(target);
      if (m) expect(sectionKeys(ed4, Number(m[1]), Number(m[2])).some((k) => keys.includes(k)), `${url} → ${target}`).toBe(true);
      else expect(target, url).toBe(`/ed3/${c}/${s}/`);
    }
    expect(targets).toMatchObject({ '/latest/5/3/': '/latest/8/5/', '/latest/2/2/': '/ed3/2/2/', '/latest/14/1/': '/latest/13/3/' });
  });

  it('lands a removed section on the last version that had it, under the old-version banner', () => {
    expect(page('ed3/2/2')).toContain('这是旧版本');
  });

  it('moves the figures with the sections that cite them', () => {
    expect(page('ed4/4/3')).toContain('id="fig3"');
    expect(page('ed4/4/4')).toContain('id="fig2"');
    expect(page('ed4/4/3')).toContain('href="/ed4/4/3/#fig3"');
    expect(page('ed3/4/3')).toContain('id="fig2"');
  });

  it('passes the whole dist check, then locks the new URLs', () => {
    const check = spawnSync('npx', ['tsx', 'scripts/check-dist.ts', out], { env, encoding: 'utf8' });
    // Only the preview warning (no published address) may be on stderr.
    expect(check.stderr).not.toMatch(/problem\(s\)|URL lock/);
    expect(check.status).toBe(0);
    const lock = spawnSync('npx', ['tsx', 'scripts/lock-urls.ts', out], { env, encoding: 'utf8' });
    expect(lock.status, lock.stderr).toBe(0);
    const locked = readLockFile(join(content, 'urls.lock'));
    expect(locked).toContain('/ed4/8/5/#a73');
    expect(locked).toEqual(expect.arrayContaining(readLockFile('content/urls.lock')));
    const again = checkDistAgainstLock(out, join(content, 'urls.lock'), join(content, 'redirects.yaml'));
    expect(again).toMatchObject({ failures: [], unlocked: [] });
    expect(existsSync(join(content, 'plan/ed4/_version.yaml'))).toBe(true);
  });
});
