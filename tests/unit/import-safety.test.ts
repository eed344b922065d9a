/**
 * The importer cannot leave content/ worse than it found it (issue 15): every
 * refusal has its exact message and leaves the content folder byte for byte
 * as it was; a second import waits its turn; an interrupted or killed import
 * leaves nothing a build would see. In-process calls where the CLI is not what
 * is tested; spawned processes for signals, locks and exit codes.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runImport, type ImportOptions } from '../../src/lib/import/run.ts';
import { acquireImportLock, lockFileOf } from '../../src/lib/import/lock.ts';
import { describeWriteError, MAX_VERSION_ID_LENGTH } from '../../src/lib/import/validate.ts';
import { interruptedReplacements, workArea } from '../../src/lib/import/writer.ts';
import { toChineseNumeral } from '../../src/lib/numerals.ts';
import { decodeText } from '../../src/lib/import/encoding.ts';
import { docxToLines } from '../../src/lib/import/docx.ts';
import { deflateRawSync } from 'node:zlib';
import { assertZipWithinLimits, MAX_DOCX_UNPACKED } from '../../src/lib/import/zip-limits.ts';

const ROOT = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'import-safety-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const BASIC = 'tests/fixtures/import/basic.txt';

/** A fresh content folder holding one released version (v1) and its lock. */
let content: string;
let n = 0;
beforeEach(async () => {
  content = join(temp, `case-${++n}`, 'content');
  const r = await runImport({ input: BASIC, version: 'v1', stage: '送审稿', label: 'v1', date: '2026-01-01', contentDir: content });
  expect(r.errors).toEqual([]);
  writeFileSync(join(content, 'versions.lock'), 'v1 ' + '0'.repeat(64) + '\n');
});

/** Every file under a folder with the sha256 of its bytes, for "byte for byte unchanged". */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const p = join(entry.parentPath, entry.name);
    out[p.slice(dir.length)] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/** Runs an import that must be refused: returns its first message, after checking content/ did not change. */
async function refused(options: Partial<ImportOptions>, exitCode: 1 | 2, lockHeld = false): Promise<string> {
  const before = snapshot(content);
  const r = await runImport({ input: BASIC, version: 'v2', stage: '送审稿', label: 'v2', date: '2026-02-01', contentDir: content, ...options });
  expect(r.exitCode, JSON.stringify(r.errors)).toBe(exitCode);
  expect(snapshot(content)).toEqual(before);
  expect(existsSync(lockFileOf(content))).toBe(lockHeld);
  return r.errors[0]!.message;
}

describe('the importer refuses, with a message and nothing changed,', () => {
  it('a version id that a page of the site already uses', async () => {
    expect(await refused({ version: 'search' }, 2)).toMatch(
      /^--version "search": \/search\/ is already a page of the site, so a version there would be hidden; choose another id \(taken: .*about.*latest.*notes.*search.*versions/,
    );
    expect(await refused({ version: 'latest' }, 2)).toContain('--version "latest": /latest/ is already a page of the site');
    expect(await refused({ version: 'pagefind' }, 2)).toContain('/pagefind/ is already a page of the site');
  });

  it('a version id longer than the limit', async () => {
    expect(await refused({ version: 'a'.repeat(300) }, 2)).toBe(
      `--version "${'a'.repeat(20)}…" is 300 characters long: a version id is at most ${MAX_VERSION_ID_LENGTH} (e.g. ed3, 2023-08-sstg)`,
    );
  });

  it('a version id with capitals or stray hyphens', async () => {
    expect(await refused({ version: 'Ed3' }, 2)).toBe(
      '--version "Ed3": a version id is lowercase letters a–z, digits and single hyphens between them (ed3, 2023, 2023-08-sstg)',
    );
    expect(await refused({ version: '-ed3' }, 2)).toContain('single hyphens between them');
  });

  it('a date that is not on the calendar', async () => {
    expect(await refused({ date: '2023-13-45' }, 2)).toBe('--date "2023-13-45" is not a calendar date (there is no month 13)');
    expect(await refused({ date: '2023-02-29' }, 2)).toBe('--date "2023-02-29" is not a calendar date (month 2 of 2023 has no day 29)');
    expect(await refused({ date: '2023/08/01' }, 2)).toBe('--date "2023/08/01": write the date as YYYY-MM-DD, e.g. 2023-08-15');
  });

  it('--replace over a released version, saying a fix is a new version', async () => {
    const message = await refused({ version: 'v1', replace: true, input: 'tests/fixtures/import/law-style.txt' }, 1);
    expect(message).toBe(
      `version v1 is released (${join(content, 'versions.lock')}) and frozen: --replace would change published text. ` +
        'Import the corrected text as a new version instead, e.g. --version <new id> --previous v1',
    );
  });

  it('a file given as the content folder (exit 2)', async () => {
    const file = join(content, 'versions.lock');
    expect(await refused({ contentDir: file }, 2)).toBe(`--content-dir "${file}" is a file, not a folder: give the content folder (default content)`);
  });

  it('a folder given as the plan text (exit 2)', async () => {
    expect(await refused({ input: 'tests/fixtures' }, 2)).toBe('tests/fixtures is a folder: give the plan text file (.txt, .md, .html or .docx)');
  });

  it('a compiled edition (整理稿) without a sources file, at import rather than at build', async () => {
    const message = await refused({ stage: '整理稿' }, 1);
    expect(message).toMatch(/^stage 整理稿 \(a compiled edition\) needs the sources of every section, and \d+ list none \(/);
    expect(message).toContain(`add tests/fixtures/import/basic.sources.yaml with a line per section such as "4.2": [N4, F2], or give the stage of an official text with --stage`);
  });

  it('an import while another holds the lock, naming the holder', async () => {
    const release = acquireImportLock(content, 'importing other.txt as v9');
    try {
      const message = await refused({}, 1, true);
      expect(message).toMatch(
        new RegExp(`^another import is running: process ${process.pid}, started \\S+ \\(importing other\\.txt as v9\\) holds ${lockFileOf(content).replace(/[.\\/]/g, '\\$&')}\\. Wait for it to finish; if no import is running, delete that file\\.$`),
      );
    } finally {
      release();
    }
  });
});

describe('the importer accepts', () => {
  it('an all-digit version id such as 2023, quoted so YAML keeps it a string', async () => {
    const r = await runImport({ input: BASIC, version: '2023', stage: '送审稿', label: '2023年送审稿', date: '2023-08-01', contentDir: content });
    expect(r.errors).toEqual([]);
    expect(readFileSync(join(content, 'plan/2023/_version.yaml'), 'utf8')).toMatch(/^id: "2023"$/m);
  });

  it('a lock left by a process that no longer exists, and repairs what that import left behind', async () => {
    // A --replace of v1 killed between its two renames: v1 moved aside, the new one half-written.
    const area = workArea(content);
    mkdirSync(join(area, 'replaced-0badcafe'), { recursive: true });
    cpSync(join(content, 'plan/v1'), join(area, 'replaced-0badcafe', 'plan__v1'), { recursive: true });
    const before = snapshot(join(content, 'plan/v1'));
    rmSync(join(content, 'plan/v1'), { recursive: true });
    mkdirSync(join(area, 'import-12345678/01'), { recursive: true });
    writeFileSync(join(area, 'import-12345678/01/01.mdx'), 'half');
    writeFileSync(lockFileOf(content), JSON.stringify({ pid: 2 ** 22 + 12345, started: '2026-01-01T00:00:00Z', what: 'killed' }));
    // Until the next import, the build's check (check-dist.ts) names what is missing.
    expect(interruptedReplacements(content)).toEqual(['plan/v1']);
    const r = await runImport({ input: BASIC, version: 'v2', stage: '送审稿', label: 'v2', date: '2026-02-01', contentDir: content });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toContain(`restored ${join(content, 'plan', 'v1')}, which an interrupted --replace had moved aside`);
    expect(snapshot(join(content, 'plan/v1'))).toEqual(before);
    expect(existsSync(area)).toBe(false);
    expect(existsSync(lockFileOf(content))).toBe(false);
    expect(interruptedReplacements(content)).toEqual([]);
  });
});

describe('write failures', () => {
  it('are told in words a clerk can act on', () => {
    const e = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(describeWriteError('content/plan/ed3', e)).toBe(
      'could not write content/plan/ed3: the folder is read-only for this user (EACCES); make it writable or import into another --content-dir',
    );
  });
});

// ---- the CLI: locks, signals, kill -9 ------------------------------------------

/** A plan big enough that its import takes a moment after taking the lock. */
function bigPlan(): string {
  const file = join(temp, 'big.txt');
  if (existsSync(file)) return file;
  const lines = ['测试规划'];
  let a = 0;
  for (let c = 1; c <= 40; c++) {
    lines.push(`第${toChineseNumeral(c)}章　第${c}章`);
    for (let i = 0; i < 150; i++) lines.push(`第${toChineseNumeral(++a)}条　条文${a}`, `第${a}条的正文，要求${(a * 7919) % 1000}，依照本章执行。`.repeat(4));
  }
  writeFileSync(file, lines.join('\n'));
  return file;
}

function startCli(contentDir: string, version: string): ChildProcess & { done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', bigPlan(), '--version', version, '--stage', '送审稿', '--label', version, '--date', '2026-03-01', '--content-dir', contentDir], { cwd: ROOT });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return Object.assign(child, { done });
}

async function whenLocked(contentDir: string): Promise<void> {
  // Generous: node + tsx start slowly on a loaded machine.
  for (let i = 0; i < 12_000 && !existsSync(lockFileOf(contentDir)); i++) await new Promise((r) => setTimeout(r, 10));
  expect(existsSync(lockFileOf(contentDir)), 'the import took its lock').toBe(true);
}

describe('the import CLI', { timeout: 240_000 }, () => {
  it('makes a second import exit 1 naming the process that holds the lock', async () => {
    const lockTs = join(ROOT, 'src/lib/import/lock.ts');
    const holder = spawn(process.execPath, [
      '--import', 'tsx', '--input-type=module', '-e',
      `const { acquireImportLock } = await import(${JSON.stringify(lockTs)}); acquireImportLock(${JSON.stringify(content)}, 'importing big.txt as v2'); setInterval(() => {}, 1000);`,
    ]);
    try {
      await whenLocked(content);
      const before = snapshot(content);
      const second = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', BASIC, '--version', 'v3', '--stage', '送审稿', '--content-dir', content], { cwd: ROOT, encoding: 'utf8' });
      expect(second.status).toBe(1);
      expect(second.stdout).toContain(`another import is running: process ${holder.pid}, started `);
      expect(second.stdout).toContain(`(importing big.txt as v2) holds ${lockFileOf(content)}. Wait for it to finish; if no import is running, delete that file.`);
      expect(snapshot(content)).toEqual(before);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`stops on ${signal} with exit ${code}, content/ byte for byte unchanged and the lock released`, async () => {
      const before = snapshot(content);
      const child = startCli(content, 'v2');
      await whenLocked(content);
      child.kill(signal);
      const { code: exit, stderr } = await child.done;
      expect(exit).toBe(code);
      expect(stderr).toContain(`import interrupted by ${signal}: nothing was written`);
      expect(snapshot(content)).toEqual(before);
      expect(existsSync(lockFileOf(content))).toBe(false);
      expect(existsSync(workArea(content))).toBe(false);
    });
  }

  it('leaves content/ byte for byte unchanged when killed outright, and the next import takes over', async () => {
    const before = snapshot(content);
    const child = startCli(content, 'v2');
    await whenLocked(content);
    child.kill('SIGKILL');
    await child.done;
    expect(snapshot(content)).toEqual(before);
    const next = await runImport({ input: BASIC, version: 'v3', stage: '送审稿', label: 'v3', date: '2026-02-01', contentDir: content });
    expect(next.errors).toEqual([]);
    expect(existsSync(lockFileOf(content))).toBe(false);
    expect(existsSync(workArea(content))).toBe(false);
    expect(dirname(lockFileOf(content))).toBe(dirname(content));
  });
});

describe('numbers of any size', () => {
  it('reads 第一万条 and 第一万零一条 as articles, not body text', async () => {
    const lines = ['测试规划', '第一章　总则'];
    for (let a = 1; a <= 10001; a++) lines.push(`第${toChineseNumeral(a)}条`, `第${a}项规定。`);
    const file = join(temp, 'ten-thousand.txt');
    writeFileSync(file, lines.join('\n'));
    const r = await runImport({ input: file, version: 'big', stage: '送审稿', label: 'big', date: '2026-01-01', contentDir: content, dryRun: true });
    expect(r.errors).toEqual([]);
    expect(r.articles).toBe(10001);
    expect(r.perChapter[0]).toBe('第一章 总则: 0 section(s), 10001 article(s) (第一条—第一万零一条)');
    expect(r.warnings.filter((w) => /not a numeral/.test(w.message))).toEqual([]);
  });
});

describe('encodings', () => {
  const PLAN = '测试规划\n第一章　总则\n第一条　目的\n为统筹国土空间，制定本规划。\n';
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

  it.each([
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')]), 'utf-16le'],
    ['UTF-16LE without a BOM', Buffer.from(PLAN, 'utf16le'), 'utf-16le without BOM'],
    ['UTF-16BE without a BOM', utf16be(PLAN), 'utf-16be without BOM'],
  ])('decodes %s', (_name, bytes, encoding) => {
    expect(decodeText(bytes, 'plan.txt')).toEqual({ text: PLAN, encoding });
  });

  it('refuses a NUL byte with its line, early or late in the file, in any encoding', () => {
    const late = Buffer.concat([Buffer.from(`${'第一条　目的\n'.repeat(7000)}x\u0000y\n`, 'utf8')]);
    expect(late.length).toBeGreaterThan(65536);
    expect(() => decodeText(late, 'late.txt')).toThrow(
      'late.txt: a NUL character at line 7001: this is not a plain text file, or it is damaged; import a UTF-8, GB18030 or UTF-16 .txt, or a .docx',
    );
    expect(() => decodeText(Buffer.from('第一条\n\u0000\n', 'utf8'), 'early.txt')).toThrow('early.txt: a NUL character at line 2:');
    expect(() => decodeText(Buffer.from(`${PLAN}\u0000`, 'utf16le'), 'wide.txt')).toThrow('wide.txt: a NUL character at line 5:');
  });
});

describe('a .docx that would unpack past the limits', () => {
  /** A one-entry zip whose directory says `declared` bytes, holding `data` (raw deflate). */
  function zipOf(name: string, data: Buffer, declared: number): Buffer {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(0, 42);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(46 + nameBytes.length, 12);
    eocd.writeUInt32LE(30 + nameBytes.length + data.length, 16);
    return Buffer.concat([local, nameBytes, data, central, nameBytes, eocd]);
  }

  it('is refused from its directory before anything is inflated', async () => {
    const bomb = zipOf('word/document.xml', deflateRawSync(Buffer.alloc(1024 * 1024)), 1024 * 1024 * 1024);
    await expect(docxToLines(bomb)).rejects.toThrow(
      'the .docx would unpack to 1024 MB (the limit is 512 MB): it is damaged or not a plain Word document; save the text again from Word, or as UTF-8 .txt',
    );
  });

  it('is refused when its directory lies about a part, with memory bounded by the part limit', () => {
    const liar = zipOf('word/document.xml', deflateRawSync(Buffer.alloc(4 * 1024 * 1024)), 2048);
    expect(liar.length).toBeLessThan(16 * 1024);
    expect(() => assertZipWithinLimits(liar, MAX_DOCX_UNPACKED, 1024 * 1024)).toThrow(
      'the .docx part word/document.xml unpacks to more than 1 MB although the file says 0 MB: it is damaged or built to exhaust memory; save the text again from Word, or as UTF-8 .txt',
    );
  });
});
