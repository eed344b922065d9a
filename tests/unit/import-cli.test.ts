/**
 * The importer from the command line. What an import produces (the report,
 * the JSON summary, the files) is tested in-process through `runImport`; only
 * what the CLI itself adds, its exit codes 0/1/2 and the --json last line, is
 * tested by running `scripts/import.ts` (one process per exit code).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseCliArgs } from '../../src/lib/import/args.ts';
import { formatReport, summaryJson } from '../../src/lib/import/report.ts';
import { runImport } from '../../src/lib/import/run.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with this Node and tsx's loader (no npx lookup), whatever its exit code. */
async function cli(...args: string[]) {
  const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const { stdout, stderr, code } = await run.then(
    (r) => ({ ...r, code: 0 }),
    (e: { stdout: string; stderr: string; code: number }) => e,
  );
  const lines = stdout.trim().split('\n');
  return { code, stdout, stderr, last: lines.at(-1) ?? '' };
}

const WORD = join(ROOT, 'tests/fixtures/import/word-export.txt');

describe('an import, in-process', () => {
  test('writes the version and reports each chapter, with a summary of counts and problems', async () => {
    const content = join(dir, 'content');
    const r = await runImport({ input: WORD, version: 'cli1', label: '送审稿', date: '2026-01-01', stage: '送审稿', expect: { chapters: 2, sections: 2 }, contentDir: content });
    expect(r.exitCode).toBe(0);
    const json = summaryJson(r);
    expect(json).toMatchObject({ version: 'cli1', chapters: 2, sections: 2, articles: 6, crossRefs: 3, unresolved: 1, errors: [] });
    expect(Object.keys(json)).toEqual(['version', 'chapters', 'sections', 'articles', 'crossRefs', 'unresolved', 'warnings', 'errors']);
    expect(formatReport(r, WORD)).toContain('第一章 总则: 2 section(s), 4 article(s) (第一条—第四条)');
    expect(existsSync(join(content, 'plan/cli1/01/02.mdx'))).toBe(true);
  });

  test('takes the stage a cover names when no --stage is given, and says where it read it', async () => {
    writeFileSync(join(dir, 'cover.txt'), '某县国土空间总体规划（2021—2035年）\n规划文本\n（送审稿）\n某县人民政府\n二〇二三年八月\n第一章 总则\n第一条 目的\n为落实国家战略，制定本规划。\n');
    const r = await runImport({ input: join(dir, 'cover.txt'), version: 'cover', date: '2026-01-01', label: '送审稿', contentDir: join(dir, 'content-cover'), dryRun: true });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual(expect.arrayContaining(['no --stage given: using 送审稿 (named by the cover)', "the cover's line(s) after the title are not plan text and were left out: 规划文本 / （送审稿） / 某县人民政府 / 二〇二三年八月"]));
    expect(r.warnings.some((w) => w.message.includes('preamble'))).toBe(false);
    expect(r.warnings.some((w) => w.message.includes('names the stage'))).toBe(false);
    // A --stage that differs from the cover's is taken, with a warning to check.
    const other = await runImport({ input: join(dir, 'cover.txt'), version: 'cover', stage: '批复稿', date: '2026-01-01', label: '批复稿', contentDir: join(dir, 'content-cover'), dryRun: true });
    expect(other.errors).toEqual([]);
    expect(other.warnings.map((w) => w.message)).toContain('the cover names the stage 送审稿, but this version is imported as 批复稿: check that this is the text you mean, or give --stage 送审稿');
  });

  test('reads a cover\'s other names for a stage (报批稿, 审批稿, 征求意见稿) as the site\'s stages (the tester\'s list of 2026-12-03)', async () => {
    const cover = (stage: string) => `某县国土空间总体规划（2021—2035年）\n（${stage}）\n某县人民政府\n二〇二四年三月\n第一章 总则\n第一条 目的\n为落实国家战略，制定本规划。\n`;
    const run = async (stage: string, given?: string) => {
      writeFileSync(join(dir, 'named.txt'), cover(stage));
      return runImport({ input: join(dir, 'named.txt'), version: 'named', ...(given ? { stage: given } : {}), date: '2026-01-01', label: 'x', contentDir: join(dir, 'content-named'), dryRun: true });
    };
    expect((await run('报批稿')).warnings.map((w) => w.message)).toContain('no --stage given: using 送审稿 (named by the cover (报批稿))');
    const approval = await run('审批稿', '送审稿');
    expect(approval.files.get('_version.yaml')).toMatch(/^title: 某县国土空间总体规划（2021—2035年）$/m);
    expect(approval.warnings.some((w) => w.message.includes('names the stage'))).toBe(false);
    expect((await run('征求意见稿', '送审稿')).warnings.map((w) => w.message)).toContain('the cover (征求意见稿) names the stage 公示稿, but this version is imported as 送审稿: check that this is the text you mean, or give --stage 公示稿');
  });

  test('refuses invalid input, naming the line, and writes nothing', async () => {
    writeFileSync(join(dir, 'gap.txt'), '规划\n第一章 总则\n第一条 目的\n正文。\n第三条 范围\n正文。\n');
    const content = join(dir, 'content-gap');
    const r = await runImport({ input: join(dir, 'gap.txt'), version: 'gap', contentDir: content });
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]).toMatchObject({ severity: 'error', line: 5, text: '第三条 范围' });
    expect(formatReport(r, join(dir, 'gap.txt'))).toContain('line 5: gap in article numbering: expected 第二条, found 第三条');
    expect(existsSync(content)).toBe(false);
  });
});

// Each starts Node and tsx; on a loaded machine that alone can take tens of seconds.
describe.concurrent('npm run import (CLI exit codes and --json)', { timeout: 180_000 }, () => {
  test('exits 0 after an import and ends stdout with the JSON summary', async () => {
    const content = join(dir, 'content-cli');
    const r = await cli('tests/fixtures/import/word-export.txt', '--version', 'cli2', '--stage', '送审稿', '--expect', '2/2', '--content-dir', content, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.last)).toMatchObject({ version: 'cli2', chapters: 2, sections: 2, articles: 6, errors: [] });
    expect(existsSync(join(content, 'plan/cli2/01/02.mdx'))).toBe(true);
  });

  test('exits 1 on invalid input, with the error in the JSON summary, and writes nothing', async () => {
    writeFileSync(join(dir, 'gap-cli.txt'), '规划\n第一章 总则\n第一条 目的\n正文。\n第三条 范围\n正文。\n');
    const content = join(dir, 'content-bad');
    const r = await cli(join(dir, 'gap-cli.txt'), '--version', 'bad', '--content-dir', content, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.last).errors[0]).toMatchObject({ severity: 'error', line: 5, text: '第三条 范围' });
    expect(r.stderr).toContain('import failed (exit 1)');
    expect(existsSync(content)).toBe(false);
  });

  test('exits 2 on a usage error with the usage text', async () => {
    const r = await cli('tests/fixtures/import/basic.txt', '--json');
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
