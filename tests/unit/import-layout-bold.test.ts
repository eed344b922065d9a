/**
 * Bold that is layout, not 强制性内容 (src/lib/import/layout-bold.ts), in a
 * line with marks as the Markdown and Word readers make them, and in whole
 * imports: a bold article number no longer hides the articles.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { headingNumberLength, withoutLayoutBold } from '../../src/lib/import/layout-bold.ts';
import { MARK_CLOSE, MARK_OPEN, markMandatory } from '../../src/lib/mandatory.ts';
import { runImport } from '../../src/lib/import/run.ts';

/** `**x**` in a test string → the marks. */
const marked = (s: string) => markMandatory(s);
const shown = (s: string) => s.replaceAll(MARK_OPEN, '**').replaceAll(MARK_CLOSE, '**');
const layout = (s: string, heading = false) => shown(withoutLayoutBold(marked(s), heading));

describe('headingNumberLength', () => {
  test('the number with its separator, in every scheme', () => {
    expect(headingNumberLength('第一条 规划目的')).toBe(4);
    expect(headingNumberLength('第12条规划目的')).toBe(4);
    expect(headingNumberLength('（一）生态优先。')).toBe(3);
    expect(headingNumberLength('二、规划原则')).toBe(2);
    expect(headingNumberLength('1.2.3 耕地')).toBe(6);
    expect(headingNumberLength('第一篇：总体战略')).toBe(4);
    expect(headingNumberLength('规划目的')).toBe(0);
  });
});

describe('withoutLayoutBold', () => {
  test('drops bold over a heading number and title that opens a line with text after it', () => {
    expect(layout('**第一条 规划目的** 为落实国家战略，制定本规划。')).toBe('第一条 规划目的 为落实国家战略，制定本规划。');
    expect(layout('**第一条** 为落实国家战略，制定本规划。')).toBe('第一条 为落实国家战略，制定本规划。');
    expect(layout('**（一）生态优先。**坚持系统治理。')).toBe('（一）生态优先。坚持系统治理。');
  });

  test('keeps the end of a bold run-in title as a space before the text it runs into, and sets a number run into its title apart (the tester\'s list of 2026-12-03)', () => {
    expect(layout('**第二条　规划范围**规划范围为某县行政辖区。')).toBe('第二条　规划范围\u3000规划范围为某县行政辖区。');
    expect(layout('**第一条规划目的**规划目的为统筹某县国土空间开发保护。')).toBe('第一条\u3000规划目的\u3000规划目的为统筹某县国土空间开发保护。');
    // Nothing to add where the number stands alone or the title ends in its own mark.
    expect(layout('**第一条**为落实国家战略。')).toBe('第一条为落实国家战略。');
    expect(layout('**（一）生态优先：**坚持系统治理。')).toBe('（一）生态优先：坚持系统治理。');
    // Nor where the text after the bold goes on with a sentence of its own (review of the change): no split, no space.
    expect(layout('**第二条 生态保护红线**内禁止开发性、生产性建设活动。')).not.toContain('\u3000');
    expect(layout('**（二）绿色发展**推动形成绿色生产方式。')).toBe('（二）绿色发展推动形成绿色生产方式。');
  });

  test('drops bold over a whole heading or short title line, as before', () => {
    expect(layout('**总则**')).toBe('总则');
    expect(layout('**第二条**')).toBe('第二条');
    expect(layout('**这是一个加粗的完整句子，说明强制性内容。**', true)).toBe('这是一个加粗的完整句子，说明强制性内容。');
  });

  test('keeps a sentence marked, but not the number that opens it', () => {
    expect(layout('**第十条 生态保护红线内禁止开发性建设活动。**')).toBe('第十条 **生态保护红线内禁止开发性建设活动。**');
    expect(layout('**第十条 生态保护红线内，禁止开发性建设活动**，其他区域从严管控。')).toBe('第十条 **生态保护红线内，禁止开发性建设活动**，其他区域从严管控。');
    expect(layout('**1. 严格保护耕地。**')).toBe('1. **严格保护耕地。**');
  });

  test('keeps 强制性内容 that opens with a figure, an item number going on with a comma, or a sentence after 第X条', () => {
    // Review of 2026-12-03: each lost its mark.
    expect(layout('**1.5万亩以上的湿地禁止开垦**，其他湿地从严管控。')).toBe('**1.5万亩以上的湿地禁止开垦**，其他湿地从严管控。');
    expect(layout('**一、严禁突破城镇开发边界**，确需调整的依法报批。')).toBe('一、**严禁突破城镇开发边界**，确需调整的依法报批。');
    expect(layout('**第四条 严禁占用永久基本农田。**一般耕地从严管控。')).toBe('第四条 **严禁占用永久基本农田。**一般耕地从严管控。');
    expect(headingNumberLength('1.5万亩')).toBe(0);
  });

  test('leaves bold inside the text, and a line that opens with no number, as 强制性内容', () => {
    expect(layout('耕地保有量不低于**45.6万亩**。')).toBe('耕地保有量不低于**45.6万亩**。');
    expect(layout('**生态保护红线内禁止开发性建设活动**，其他区域从严管控。')).toBe('**生态保护红线内禁止开发性建设活动**，其他区域从严管控。');
  });
});

describe('whole imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layout-bold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (input: string) => runImport({ input, version: 'b', contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01', stage: '公示稿', label: 'b', date: '2026-01-01' });
  const text = (files: Map<string, string>) => [...files].filter(([p]) => p.endsWith('.mdx')).map(([, c]) => c).join('\n');

  test('Markdown with bold article numbers and titles has its articles, and no mark on them', async () => {
    const input = join(dir, 'bold.md');
    writeFileSync(input, '# 某县规划\n\n## 第一章 总则\n\n**第一条 规划目的** 为落实国家战略，制定本规划。\n\n**第二条 规划范围** 规划范围为全县。耕地不低于**45.6万亩**。\n');
    const r = await run(input);
    expect(r.errors).toEqual([]);
    const out = text(r.files);
    expect(out).toContain('## 第一条 规划目的');
    expect(out).toContain('## 第二条 规划范围');
    expect(out).toContain('耕地不低于<strong className="mandatory">45.6万亩</strong>。');
    expect(out).not.toContain('<strong className="mandatory">第');
  });

  test('a Word file whose article numbers are bold runs has its articles', async () => {
    const input = join(dir, 'bold.docx');
    const para = (number: string, rest: string) => new Paragraph({ children: [new TextRun({ text: number, bold: true }), new TextRun(rest)] });
    const doc = new Document({ sections: [{ children: [new Paragraph('某县规划'), new Paragraph('第一章 总则'), para('第一条', '  为落实国家战略，制定本规划。'), para('第二条 规划范围', ' 规划范围为全县。')] }] });
    writeFileSync(input, await Packer.toBuffer(doc));
    const r = await run(input);
    expect(r.errors).toEqual([]);
    const out = text(r.files);
    expect(out).toContain('## 第一条\n\n为落实国家战略，制定本规划。');
    expect(out).toContain('## 第二条 规划范围\n\n规划范围为全县。');
    expect(out).not.toContain('mandatory');
  });
});

describe('Markdown backslash escapes', () => {
  test('are the characters themselves, never marks: 1\\.3, \\*注\\*, 附表\\_1, 1\\. and \\*\\*', async () => {
    const { textToLines } = await import('../../src/lib/import/lines.ts');
    const lines = textToLines(['不超过1\\.3，\\*注\\*见附表\\_1。', '1\\. 严格保护耕地；', '\\*\\*不是加粗\\*\\*，**是加粗**。', '路径 C:\\\\data'].join('\n'), { markdown: true }).lines;
    expect(lines.map((l) => shown(l.text))).toEqual(['不超过1.3，*注*见附表_1。', '1. 严格保护耕地；', '**不是加粗**，**是加粗**。', '路径 C:\\data']);
    expect(lines[2]!.text).toBe(`**不是加粗**，${MARK_OPEN}是加粗${MARK_CLOSE}。`);
  });
});
