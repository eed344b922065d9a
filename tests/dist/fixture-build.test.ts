/**
 * The site builds with whatever content/ holds: a small fixture plan (three
 * chapters, one without sections), an empty content folder, and a broken plan
 * that must fail with the file and the fix named.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const temp = mkdtempSync(join(tmpdir(), 'plan-fixture-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function build(contentDir: string, outDir: string) {
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, PLAN_CONTENT_DIR: contentDir, PLAN_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 110_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('building a fixture plan', () => {
  const out = join(temp, 'mini-out');
  const result = build('tests/fixtures/mini', out);
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  it('succeeds', () => {
    expect(result.output).not.toMatch(/problem\(s\)/);
    expect(result.status).toBe(0);
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

describe('building an empty content folder', () => {
  it('succeeds with a home page that says nothing is imported yet', () => {
    const content = join(temp, 'empty');
    writeFileSync(join(temp, '.keep'), '');
    const out = join(temp, 'empty-out');
    const result = build(content, out);
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('尚未导入规划文本');
    expect(existsSync(join(out, '404.html'))).toBe(true);
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
