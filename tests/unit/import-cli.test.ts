/** The CLI end to end: `npx tsx scripts/import.ts`, its exit codes 0/1/2 and the --json last line. */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../../src/lib/import/args.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const lines = r.stdout.trim().split('\n');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, last: lines.at(-1) ?? '' };
}

describe('npm run import (CLI)', () => {
  test('imports a fixture, exits 0 and ends stdout with the JSON summary', () => {
    const content = join(dir, 'content');
    const r = cli('tests/fixtures/import/word-export.txt', '--version', 'cli1', '--label', '送审稿', '--date', '2026-01-01', '--stage', '送审稿', '--expect', '2/2', '--content-dir', content, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.last);
    expect(json).toMatchObject({ version: 'cli1', chapters: 2, sections: 2, articles: 6, crossRefs: 3, unresolved: 1, errors: [] });
    expect(Object.keys(json)).toEqual(['version', 'chapters', 'sections', 'articles', 'crossRefs', 'unresolved', 'warnings', 'errors']);
    expect(r.stdout).toContain('第一章 总则: 2 section(s), 4 article(s) (第一条–第四条)');
    expect(existsSync(join(content, 'plan/cli1/01/02.mdx'))).toBe(true);
  });

  test('exits 1 on invalid input, naming the line, and writes nothing', () => {
    writeFileSync(join(dir, 'gap.txt'), '规划\n第一章 总则\n第一条 目的\n正文。\n第三条 范围\n正文。\n');
    const content = join(dir, 'content-bad');
    const r = cli(join(dir, 'gap.txt'), '--version', 'bad', '--content-dir', content, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.last);
    expect(json.errors[0]).toMatchObject({ severity: 'error', line: 5, text: '第三条 范围' });
    expect(r.stdout).toContain('line 5: gap in article numbering: expected 第二条, found 第三条');
    expect(existsSync(content)).toBe(false);
  });

  test('exits 2 on a usage error with the usage text', () => {
    const r = cli('tests/fixtures/import/basic.txt', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--version <id> is required');
    expect(JSON.parse(r.last).errors[0].message).toContain('--version <id> is required');
  });
});

describe('argument parsing', () => {
  test('reads every option', () => {
    expect(parseCliArgs(['a.txt', '--version', 'ed2', '--label=整理稿第2版', '--date', '2026-11-29', '--stage', '整理稿', '--expect', '14/46', '--content-dir', 'c', '--previous', 'ed1', '--replace', '--json'])).toEqual({
      input: 'a.txt', notes: false, version: 'ed2', label: '整理稿第2版', date: '2026-11-29', stage: '整理稿', expect: { chapters: 14, sections: 46 }, contentDir: 'c', previous: 'ed1', replace: true, json: true, dryRun: false,
    });
  });
  test.each([
    [['a.txt'], /--version <id> is required/],
    [['--version', 'x'], /no input file/],
    [['a.txt', 'b.txt', '--version', 'x'], /one input file at a time/],
    [['a.txt', '--version'], /--version needs a value/],
    [['a.txt', '--version', 'x', '--expect', '14'], /--expect "14": write <chapters>\/<sections>/],
    [['a.txt', '--version', 'x', '--frobnicate'], /unknown option --frobnicate/],
    [['a.txt', '--notes', '--version', 'x'], /drop --version/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
