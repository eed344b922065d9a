/** Encodings: GB18030/GBK text is detected and converted; UTF-16 with BOM read; others refused. */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeText, detectFormat, hasForeignLines, looksLikeGb18030 } from '../../src/lib/import/encoding.ts';
import { runImport } from '../../src/lib/import/run.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const utf8 = readFileSync(join(FIXTURES, 'basic.txt'), 'utf8');

describe('encodings', () => {
  test('decodes the committed GBK fixture to the same text as its UTF-8 original', () => {
    const { text, encoding } = decodeText(readFileSync(join(FIXTURES, 'basic.gbk.txt')));
    expect(encoding).toBe('gb18030');
    expect(text.replace(/\r\n/g, '\n')).toBe(utf8);
  });

  test('imports GBK input to exactly the files the UTF-8 input gives, with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-enc-'));
    try {
      const opts = { contentDir: join(dir, 'content'), version: 'g', stage: '公示稿', label: 'x', date: '2026-01-01', dryRun: true };
      const a = await runImport({ input: join(FIXTURES, 'basic.txt'), ...opts });
      writeFileSync(join(dir, 'basic.txt'), readFileSync(join(FIXTURES, 'basic.gbk.txt')));
      const b = await runImport({ input: join(dir, 'basic.txt'), ...opts });
      expect(b.exitCode).toBe(0);
      expect(b.warnings[0]!.message).toMatch(/GB18030; converted to UTF-8/);
      expect([...b.files.entries()].filter(([p]) => p !== '_version.yaml')).toEqual([...a.files.entries()].filter(([p]) => p !== '_version.yaml'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('decodes a short GB18030 text with characters outside GBK', () => {
    const bytes = iconv.encode('第一章 总则 𠀀', 'gb18030');
    expect(looksLikeGb18030(bytes)).toBe(true);
    expect(decodeText(bytes).text).toBe('第一章 总则 𠀀');
  });

  test('reads UTF-8 with a BOM and UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('第一章')])).text).toBe('第一章');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('第一章', 'utf16le')])).text).toBe('第一章');
  });

  test('refuses Big5 and Latin-1 text with a message saying how to convert', () => {
    expect(() => decodeText(iconv.encode('第一章 總則 本規劃適用於全縣行政轄區範圍內的國土空間。', 'big5'), 'x.txt')).toThrow(/convert it to UTF-8/);
    expect(() => decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0x61]), 'x.txt')).toThrow(/neither UTF-8 nor GB18030/);
  });

  test('tells a docx from text by its bytes, not its name', () => {
    expect(detectFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 'plan.txt')).toBe('docx');
    expect(detectFormat(Buffer.from('第一章'), 'plan.docx.txt')).toBe('text');
    expect(() => detectFormat(Buffer.from('%PDF-1.7'), 'plan.txt')).toThrow(/PDF/);
    expect(() => detectFormat(Buffer.from([0x12, 0x00, 0xff, 0x3a]), 'plan.docx')).toThrow(/plan\.docx is named \.docx but is not a Word file/);
  });
});

describe('damaged text', () => {
  test('names the line of a broken UTF-8 byte', () => {
    const good = Buffer.from('规划\n第一章 总则\n第一条 目的\n正文正文正文正文正文正文。\n'.repeat(20));
    const bytes = Buffer.concat([good, Buffer.from('第二条 '), Buffer.from([0xe6, 0x97]), Buffer.from(' 坏字节。\n')]);
    expect(() => decodeText(bytes, 'x.txt')).toThrow(/invalid UTF-8 at line 81/);
  });

  test('names the line pasted in GBK into a short UTF-8 text (tester, 2026-12-03: it was called “Johab”)', () => {
    const lines = ['某县国土空间总体规划', '第一章 总则', '第一条 规划目的', '为统筹保护，制定本规划。'];
    const bytes = Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), iconv.encode('第二条 规划范围为某县全域。\n', 'gbk'), Buffer.from('第三条 规划期限\n')]);
    expect(hasForeignLines(bytes)).toBe(true);
    expect(() => decodeText(bytes, 'x.txt')).toThrow(/invalid UTF-8 at line 5 .*mixes encodings/);
    // A GBK file is not a UTF-8 file with foreign lines.
    expect(hasForeignLines(iconv.encode(`${lines.join('\n')}\n`, 'gbk'))).toBe(false);
  });
});
