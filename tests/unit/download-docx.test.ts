/**
 * The Word download, read back with mammoth (as a reader's Word would): the
 * title page, 章/节/条 as real heading styles, tables as tables, figures as
 * images, and the same bytes whenever it is made from the same content.
 */
import mammoth from 'mammoth';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planDocx } from '../../src/lib/downloads/plan-docx.ts';
import { documentFromFiles, TEST_NOTICE } from './download-helpers.ts';
import { tinyPng } from './download-helpers.ts';

afterEach(() => vi.useRealTimers());

async function html(bytes: Uint8Array) {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return parse(result.value);
}

describe('the Word download', () => {
  it('has 章, 节 and 条 as Heading 1, 2 and 3, in the order of the plan', async () => {
    const doc = documentFromFiles('content', 'ed2');
    const page = await html(await planDocx(doc));
    const h1 = page.querySelectorAll('h1').map((h) => h.text);
    expect(h1.filter((t) => /^第.+章/.test(t))).toHaveLength(14);
    expect(h1).toContain('第一章\u3000总则');
    expect(h1).toContain('附图');
    expect(page.querySelectorAll('h2').map((h) => h.text).filter((t) => /^第.+节/.test(t))).toHaveLength(46);
    const articles = page.querySelectorAll('h3').map((h) => h.text);
    expect(articles).toHaveLength(doc.chapters.flatMap((c) => [...c.articles, ...c.sections.flatMap((s) => s.articles)]).length);
    expect(articles[0]).toBe('第一条\u3000规划目的');
    expect(articles.at(-1)).toMatch(/^第一百二十七条/);
  });

  it('opens with the title, the version label and the notice, and keeps the article text', async () => {
    const doc = documentFromFiles('content', 'ed2');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await planDocx(doc)) })).value;
    const head = text.slice(0, 600);
    expect(head).toContain('特克斯县国土空间总体规划（2021—2035年）');
    expect(head).toContain('整理稿第2版');
    expect(head).toContain(TEST_NOTICE);
    expect(text).toContain('统筹划定生态保护红线、永久基本农田和城镇开发边界三条控制线');
  });

  it('writes tables as Word tables and figures as images with captions', async () => {
    const doc = documentFromFiles('content', 'ed2', [{ label: '附图1', title: '区位图', png: tinyPng(), width: 4, height: 3 }]);
    const first = doc.chapters[0]!.sections[0]!;
    const withTable = { ...doc, chapters: [{ ...doc.chapters[0]!, sections: [{ ...first, articles: [{ ...first.articles[0]!, markdown: '规划指标如下：\n\n| 指标 | 单位 |\n| --- | --- |\n| 耕地保有量 | 万亩 |' }] }] }] };
    const page = await html(await planDocx(withTable));
    const cells = page.querySelectorAll('table tr').map((tr) => tr.querySelectorAll('td,th').map((c) => c.text.trim()));
    expect(cells).toEqual([['指标', '单位'], ['耕地保有量', '万亩']]);
    expect(page.querySelectorAll('img')).toHaveLength(1);
    expect(page.text).toContain('附图1\u3000区位图');
  });

  it('narrows a tall figure until it and its caption fit one page', async () => {
    const bytes = await planDocx(documentFromFiles('content', 'ed2', [{ label: '附图1', title: '很高的示意图', png: tinyPng(), width: 400, height: 2400 }]));
    const xml = (await import('../../src/lib/import/docx-numbering.ts')).readZipEntry(bytes, 'word/document.xml')!;
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)!.map(Number);
    const EMU_PER_PX = 9525;
    expect(cy! / EMU_PER_PX).toBeLessThanOrEqual(870);
    expect(cx! / EMU_PER_PX).toBe(145);
  });

  it('leaves out the empty header row of a table printed without one, and holds no row as its header', async () => {
    const doc = documentFromFiles('content', 'ed2');
    const first = doc.chapters[0]!.sections[0]!;
    const headerless = '各镇职能如下：\n\n|   |   |\n| --- | --- |\n| 河东镇 | 一般镇 |\n| 河西镇 | 重点镇 |';
    const withTable = { ...doc, chapters: [{ ...doc.chapters[0]!, sections: [{ ...first, articles: [{ ...first.articles[0]!, markdown: headerless }] }] }] };
    const bytes = await planDocx(withTable);
    const cells = (await html(bytes)).querySelectorAll('table tr').map((tr) => tr.querySelectorAll('td,th').map((c) => c.text.trim()));
    expect(cells).toEqual([['河东镇', '一般镇'], ['河西镇', '重点镇']]);
    const xml = (await import('../../src/lib/import/docx-numbering.ts')).readZipEntry(bytes, 'word/document.xml')!;
    const before = xml.split('</w:tbl>').find((t) => t.includes('河东镇'))!;
    const table = before.slice(before.lastIndexOf('<w:tbl>'));
    expect(table).toContain('<w:tblHeader w:val="off"/>');
    expect(table).not.toMatch(/<w:tblHeader\/>|<w:b\/>/);
  });

  it('is byte-for-byte the same when made again at another time', async () => {
    const doc = documentFromFiles('content', 'ed1');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
    const a = await planDocx(doc);
    vi.setSystemTime(new Date('2031-06-15T17:30:00Z'));
    const b = await planDocx(doc);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
