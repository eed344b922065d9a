/**
 * Bad input: every case exits 1 (2 for usage mistakes) with a message that
 * names the line, and the content folder stays byte-for-byte as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport, type ImportOptions } from '../../src/lib/import/run.ts';
import { hashTree } from './import-helpers.ts';

let dir: string;
let contentDir: string;

const GOOD = '某县国土空间总体规划\n第一章 总则\n第一条 目的\n正文。\n第二章 格局\n第一节 红线\n第二条 红线\n正文。\n';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'import-malformed-'));
  contentDir = join(dir, 'content');
  // An existing version the failed imports must not touch.
  writeFileSync(join(dir, 'good.txt'), GOOD);
  const r = await runImport({ input: join(dir, 'good.txt'), version: 'ed1', contentDir, date: '2026-01-01', stage: '公示稿', label: '公示稿' });
  expect(r.exitCode).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importBytes(name: string, content: string | Uint8Array, options: Partial<ImportOptions> = {}) {
  const input = join(dir, name);
  writeFileSync(input, content);
  const before = hashTree(contentDir);
  const result = await runImport({ input, version: 'ed2', contentDir, date: '2026-01-02', stage: '公示稿', label: 'x', ...options });
  expect(hashTree(contentDir), 'the content folder is unchanged').toBe(before);
  return result;
}

/** A minimal stored (uncompressed) zip holding the given files, for non-Word zips. */
function storedZip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const cases: { name: string; input: string | Uint8Array; options?: Partial<ImportOptions>; message: RegExp; line: number | null; exit?: number }[] = [
  { name: 'an empty file', input: '', message: /the input is empty/, line: null },
  { name: 'a file of blank lines and full-width spaces', input: '\n\u3000\u3000\n  \n', message: /the input is empty/, line: null },
  { name: 'text without any numbered or marked heading', input: '某规划\n本规划是空间蓝图。\n目的\n正文。\n', message: /no numbering scheme fits: the text has no 第X章 or 第X条.*Fix: number the headings/, line: null },
  { name: 'a gap in article numbers', input: '规划\n第一章 总则\n第一条 目的\n正文。\n第三条 范围\n正文。\n', message: /gap in article numbering: expected 第二条, found 第三条/, line: 5 },
  { name: 'a duplicate article number', input: '规划\n第一章 总则\n第一条 目的\n正文。\n第二条 范围\n正文。\n第二条 期限\n正文。\n', message: /duplicate article number: 第二条 appears twice.*first at line 5/, line: 7 },
  { name: 'article numbers restarting in each chapter', input: '规划\n第一章 总则\n第一条 甲\n正文。\n第二条 乙\n正文。\n第二章 格局\n第一条 丙\n正文。\n', message: /article numbers restart at 第一条 \(after 第二条\): number the articles through the whole plan/, line: 8 },
  { name: 'an article number going backwards without repeating', input: '规划\n第一章 总则\n第一条 甲\n正文。\n第三条 丙\n正文。\n第二条 乙\n正文。\n', message: /article numbers out of order: 第二条 at line 7 comes after 第三条 at line 5/, line: 7 },
  { name: 'a chapter after a later one', input: '规划\n第一章 总则\n第一条 甲\n正文。\n第二章 乙\n第二条 乙\n正文。\n第四章 丁\n第三条 丁\n正文。\n第三章 丙\n第四条 丙\n正文。\n', message: /chapter numbers out of order: 第三章 at line 11 comes after 第四章 at line 8; expected 第五章/, line: 11 },
  { name: 'a gap in chapter numbers', input: '规划\n第一章 总则\n第一条 目的\n正文。\n第三章 格局\n第二条 红线\n正文。\n', message: /gap in chapter numbering: expected 第二章, found 第三章/, line: 5 },
  { name: 'a duplicate chapter', input: '规划\n第一章 总则\n第一条 目的\n正文。\n第二章 格局\n第二条 红线\n正文。\n第二章 保护\n第三条 保护\n正文。\n', message: /duplicate chapter number: 第二章/, line: 8 },
  { name: 'chapter numbers restarting without a part heading before them', input: '规划\n第一章 总则\n第一条 目的\n正文。\n第二章 分则\n第二条 范围\n正文。\n第一章 格局\n第三条 红线\n正文。\n', message: /chapter numbers restart at 第一章 \(after 第二章\) with no part heading/, line: 8 },
  { name: 'a gap in section numbers', input: '规划\n第一章 总则\n第一节 目的\n第一条 目的\n正文。\n第三节 范围\n第二条 范围\n正文。\n', message: /gap in section numbering: expected 第二节, found 第三节 in 第一章/, line: 6 },
  { name: 'a section outside a chapter', input: '规划\n第一节 目的\n第一章 总则\n第一条 目的\n正文。\n', message: /section outside a chapter: 第一节 comes before the first 第X章/, line: 2 },
  { name: 'an article before the first chapter', input: '规划\n第一条 目的\n正文。\n第一章 总则\n第二条 范围\n正文。\n', message: /article outside a chapter: 第一条/, line: 2 },
  { name: 'an article without text', input: '规划\n第一章 总则\n第一条 目的\n第二条 范围\n正文。\n', message: /第一条 has no text/, line: 3 },
  { name: 'a chapter without a title', input: '规划\n第一章\n\n第一条 目的是本规划的开篇，说明编制的目的。\n', message: /第一章 has no title/, line: 2 },
  { name: 'articles before the first section of a chapter with sections', input: '规划\n第一章 总则\n第一条 目的\n正文。\n第一节 范围\n第二条 范围\n正文。\n', message: /第一章 has articles before its first section/, line: 5 },
  { name: 'counts that differ from --expect', input: GOOD, options: { expect: { chapters: 14, sections: 46 } }, message: /expected 14 chapters and 46 sections \(--expect\) but the text has 2 chapters and 1 sections/, line: null },
  { name: 'a PDF', input: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]), message: /is a PDF/, line: null },
  { name: 'a legacy Word .doc', input: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), message: /Word 97–2003 \.doc/, line: null },
  { name: 'a binary file', input: new Uint8Array([0x01, 0x02, 0x00, 0x03, 0xff, 0x00]), message: /a NUL character at line 1: this is not a plain text file/, line: null },
  { name: 'a zip that is not a Word file', input: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), message: /not a readable \.docx/, line: null },
  { name: 'an Excel file (a zip that is not a Word document)', input: storedZip({ '[Content_Types].xml': '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' }), message: /a zip file but not a Word document/, line: null },
  { name: 'an OpenDocument text', input: storedZip({ mimetype: 'application/vnd.oasis.opendocument.text' }), message: /OpenDocument file \(\.odt\)/, line: null },
  { name: 'text in an encoding other than UTF-8 or GB18030', input: new Uint8Array([...Buffer.from('Plan '), 0xe9, 0xe8, 0xe0, ...Buffer.from(' caf'), 0xe9, 0x0a]), message: /neither UTF-8 nor GB18030/, line: null },
];

describe('malformed plan texts', () => {
  for (const c of cases) {
    test(`refuses ${c.name} with a message naming the line, and writes nothing`, async () => {
      const ext = c.name.includes('Word file') ? 'docx' : 'txt';
      const r = await importBytes(`case.${ext}`, c.input, c.options);
      expect(r.exitCode).toBe(c.exit ?? 1);
      const hit = r.errors.find((e) => c.message.test(e.message));
      expect(hit, `errors were: ${r.errors.map((e) => `${e.line}: ${e.message}`).join(' | ')}`).toBeDefined();
      expect(hit!.line).toBe(c.line);
    });
  }

  test('an invalid stage in the .meta.yaml sidecar is an error naming the sidecar', async () => {
    writeFileSync(join(dir, 'meta-case.meta.yaml'), 'stage: 草稿\n');
    const r = await importBytes('meta-case.txt', GOOD, { stage: undefined });
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]!.message).toMatch(/meta-case\.meta\.yaml: stage "草稿" is not one of/);
  });

  test('a source id of the wrong form in the .sources.yaml sidecar is an error', async () => {
    writeFileSync(join(dir, 'src-case.sources.yaml'), '"2.1": [N9]\n');
    const r = await importBytes('src-case.txt', GOOD);
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]!.message).toMatch(/"2\.1" lists "N9"/);
  });
});

describe('usage mistakes exit 2 and write nothing', () => {
  test('an existing version is not replaced without --replace', async () => {
    const r = await importBytes('other.txt', GOOD.replace('正文。', '改过的正文。'), { version: 'ed1' });
    expect(r.exitCode).toBe(2);
    expect(r.errors[0]!.message).toMatch(/version ed1 already exists.*--replace/);
  });
  test('a version id with capitals is refused', async () => {
    const r = await importBytes('id.txt', GOOD, { version: 'Ed2' });
    expect(r.exitCode).toBe(2);
  });
  test('a previous version that does not exist is refused', async () => {
    const r = await importBytes('prev.txt', GOOD, { previous: 'ed0' });
    expect(r.exitCode).toBe(2);
    expect(r.errors[0]!.message).toMatch(/previous version "ed0" not found/);
  });
  test('a date that is not YYYY-MM-DD is refused', async () => {
    const r = await importBytes('date.txt', GOOD, { date: '2026/01/02' });
    expect(r.exitCode).toBe(2);
  });
});
