/**
 * .docx input: a Word file generated here with the `docx` package (headings,
 * paragraphs, a soft line break, a table with a merged cell, bookmarks) goes
 * through mammoth and the same parser as plain text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, FootnoteReferenceRun, HeadingLevel, LevelFormat, LevelSuffix, Math as MathBlock, MathFraction, MathRun, PageBreak, Packer, Paragraph, SimpleField, SymbolRun, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import { formatNumber, paragraphLabels, readZipEntry } from '../../src/lib/import/docx-numbering.ts';
import iconv from 'iconv-lite';
import { runImport, type ImportResult } from '../../src/lib/import/run.ts';
import { htmlToLines } from '../../src/lib/import/docx.ts';
import { reviewMarks } from '../../src/lib/import/docx-hidden.ts';
import { readFrontMatter } from '../../src/lib/import/title-and-contents.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';
import { renderMdx } from './import-helpers.ts';

let dir: string;
let result: ImportResult;

const cell = (text: string, columnSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(columnSpan ? { columnSpan } : {}) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'import-docx-'));
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('以上级下达的指标为准。')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: '某县国土空间总体规划（2021—2035年）', heading: HeadingLevel.TITLE }),
          // A table of contents as Word writes its field result: entry, tab, page number.
          new Paragraph('目  录'),
          new Paragraph({ children: [new TextRun({ children: ['第一章 总则', new Tab(), '1'] })] }),
          new Paragraph({ children: [new TextRun({ children: ['第一节 规划目的', new Tab(), '1'] })] }),
          new Paragraph({ children: [new TextRun({ children: ['第二章 格局', new Tab(), '2'] })] }),
          new Paragraph({ text: '第一章 总则', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '第一节 规划目的', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new Bookmark({ id: '_GoBack', children: [new TextRun('第一条 规划目的')] })] }),
          new Paragraph({ children: [new TextRun('为落实国家战略，'), new TextRun({ text: '制定本规划。', bold: true })] }),
          new Paragraph({ children: [new TextRun('第二条 规划原则'), new TextRun({ text: '坚持生态优先。', break: 1 })] }),
          // Bold over a soft line break, and bold and underlined at once: each line's marks pair up, never nested.
          new Paragraph({ children: [new TextRun('下列内容为强制性内容：'), new TextRun({ text: '不得擅自调整', bold: true }), new TextRun({ text: '三条控制线。', bold: true, break: 1 })] }),
          new Paragraph({ children: [new TextRun({ text: '城镇开发边界内严格管控。', bold: true, underline: {} })] }),
          // Hidden text (Font → Hidden) is an editor's, not the plan's: a run and a whole paragraph.
          new Paragraph({ children: [new TextRun('坚持节约优先'), new TextRun({ text: '【编者注：待核实】', vanish: true }), new TextRun('。')] }),
          new Paragraph({ children: [new TextRun({ text: '隐藏的编辑说明段落。', vanish: true })] }),
          new Paragraph({ text: '第二章 格局', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '第三条 规划指标', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({ children: [new TextRun('主要指标见下表（{不是表达式}）'), new FootnoteReferenceRun(1), new TextRun('：')] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('指标'), cell('单位'), cell('2035年')] }),
              new TableRow({ children: [cell('耕地保有量'), cell('万亩'), cell('—')] }),
              new TableRow({ children: [cell('注：以上级下达为准', 3)] }),
            ],
          }),
          new Paragraph('详见附图1 县域国土空间总体格局图。'),
        ],
      },
    ],
  });
  writeFileSync(join(dir, 'plan.docx'), await Packer.toBuffer(doc));
  result = await runImport({ input: join(dir, 'plan.docx'), version: 'w1', contentDir: join(dir, 'content'), stage: '公示稿', label: '公示稿', date: '2026-01-01' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.docx import', () => {
  test('imports chapters, sections and articles from Word headings and paragraphs, skipping the TOC', () => {
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect([result.chapters, result.sections, result.articles]).toEqual([2, 1, 3]);
  });

  test('keeps paragraphs, splits a soft line break, drops the bookmark, keeps a bold run as 强制性内容', () => {
    const section = result.files.get('01/01.mdx')!;
    expect(section).toContain('## 第一条 规划目的\n\n为落实国家战略，<strong className="mandatory">制定本规划。</strong>');
    expect(section).toContain('## 第二条 规划原则\n\n坚持生态优先。');
    expect(section).toContain('下列内容为强制性内容：<strong className="mandatory">不得擅自调整</strong>\n\n<strong className="mandatory">三条控制线。</strong>');
    expect(section).toContain('\n<strong className="mandatory">城镇开发边界内严格管控。</strong>\n');
    expect(section).not.toMatch(/GoBack|bookmark/i);
  });

  test('turns the Word table into a GFM table, padding the merged cell', async () => {
    const chapter = result.files.get('02/index.mdx')!;
    expect(chapter).toContain('| 指标 | 单位 | 2035年 |\n| --- | --- | --- |\n| 耕地保有量 | 万亩 | — |\n| 注：以上级下达为准 |   |   |');
    const html = await renderMdx(chapter);
    expect(html).toContain('<table>');
    expect(html).toContain('主要指标见下表（{不是表达式}）[1]：');
    expect(html).toContain('详见附图1 县域国土空间总体格局图。');
  });

  test('keeps footnotes as a 注释 part, without the back links', () => {
    expect(result.files.get('appendix/01.mdx')).toContain('kind: 注释');
    expect(result.files.get('appendix/01.mdx')).toContain('\\[1\\] 以上级下达的指标为准。');
    expect(result.files.get('appendix/01.mdx')).not.toContain('↑');
  });

  test('labels each note as its reference reads in the text, whatever Word numbered it', async () => {
    // Word's footnote 2 is referred to first: the text shows [1] there, and the note must read [1].
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('耕地保有量以上级下达任务为准。')] }, 2: { children: [new Paragraph('本章所称控制线，指三条控制线。')] } },
      sections: [
        {
          children: [
            new Paragraph('某县规划'),
            new Paragraph({ text: '第一章 总则', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('第一条 控制线'), new FootnoteReferenceRun(2)] }),
            new Paragraph('统筹划定三条控制线。'),
            new Paragraph({ children: [new TextRun('第二条 耕地'), new FootnoteReferenceRun(1)] }),
            new Paragraph('严格落实耕地保护任务。'),
          ],
        },
      ],
    });
    const input = join(dir, 'notes.docx');
    writeFileSync(input, await Packer.toBuffer(doc));
    const r = await runImport({ input, version: 'fn', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿', label: '公示稿', date: '2026-01-01' });
    expect(r.errors).toEqual([]);
    const notes = r.files.get('appendix/01.mdx')!;
    expect(r.files.get('01/index.mdx')).toMatch(/## 第一条 控制线\\\[1\\\][\s\S]*## 第二条 耕地\\\[2\\\]/);
    expect(notes).toContain('\\[1\\] 本章所称控制线，指三条控制线。');
    expect(notes).toContain('\\[2\\] 耕地保有量以上级下达任务为准。');
    expect(notes.indexOf('\\[1\\]')).toBeLessThan(notes.indexOf('\\[2\\]'));
  });

  test('leaves hidden text out, and quotes it in a warning', () => {
    const section = result.files.get('01/01.mdx')!;
    expect(section).toContain('\n坚持节约优先。\n');
    expect(section).not.toMatch(/编者注|隐藏的编辑说明段落/);
    expect(result.warnings.map((w) => w.message)).toContain('2 run(s) of hidden text (Word\'s Font → Hidden, display:none in its HTML) are not plan text and were left out: “【编者注：待核实】”, “隐藏的编辑说明段落。”');
  });

  test('takes the title from the Word title paragraph', () => {
    expect(result.files.get('_version.yaml')).toContain('title: 某县国土空间总体规划（2021—2035年）');
  });
});

describe('mammoth HTML to lines', () => {
  test('reads headings, paragraphs, lists and entities, and ignores anchors', () => {
    const { lines, listItems } = htmlToLines('<h1>第一章 总则</h1><p><a id="_Toc1"></a>第一条 &lt;目的&gt; &amp; 范围</p><ol><li>项目一</li></ol><p>甲<br />乙</p>');
    expect(lines.map((l) => [l.text, l.headingLevel ?? 0])).toEqual([
      ['第一章 总则', 1],
      ['第一条 <目的> & 范围', 0],
      ['项目一', 0],
      ['甲', 0],
      ['乙', 0],
    ]);
    expect(listItems).toBe(1);
  });

  test('says so when Word headings carry no 第X章 numbers at all', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ text: '规划', heading: HeadingLevel.TITLE }), new Paragraph({ text: '总则', heading: HeadingLevel.HEADING_1 }), new Paragraph('正文。')] }] });
    writeFileSync(join(dir, 'auto.docx'), await Packer.toBuffer(doc));
    const r = await runImport({ input: join(dir, 'auto.docx'), version: 'w2', contentDir: join(dir, 'content'), dryRun: true });
    expect(r.exitCode).toBe(1);
    expect(r.errors[0]!.message).toMatch(/none of the \d+ Word headings starts with 第X章.*numbered automatically/);
  });
});

describe('Word automatic numbering', () => {
  test('restores 第X章, 第X节, 第X条 and （一） numbering that exists only in the list definitions', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'headings',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', suffix: LevelSuffix.SPACE },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '第%2节', suffix: LevelSuffix.SPACE },
            ],
          },
          { reference: 'articles', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1条', suffix: LevelSuffix.TAB }] },
          { reference: 'items', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', suffix: LevelSuffix.NOTHING }] },
          { reference: 'index', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', suffix: LevelSuffix.NOTHING }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '某县国土空间总体规划', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '总则', heading: HeadingLevel.HEADING_1, numbering: { reference: 'headings', level: 0 } }),
            new Paragraph({ text: '规划目的', heading: HeadingLevel.HEADING_2, numbering: { reference: 'headings', level: 1 } }),
            new Paragraph({ text: '规划目的', numbering: { reference: 'articles', level: 0 } }),
            new Paragraph('为落实国家战略，制定本规划。'),
            new Paragraph({ text: '规划原则', numbering: { reference: 'articles', level: 0 } }),
            new Paragraph({ text: '生态优先；', numbering: { reference: 'items', level: 0 } }),
            new Paragraph({ text: '节约集约。', numbering: { reference: 'items', level: 0 } }),
            new Paragraph({ text: '格局', heading: HeadingLevel.HEADING_1, numbering: { reference: 'headings', level: 0 } }),
            new Paragraph({ text: '红线', heading: HeadingLevel.HEADING_2, numbering: { reference: 'headings', level: 1 } }),
            new Paragraph({ text: '生态保护红线', numbering: { reference: 'articles', level: 0 } }),
            new Paragraph('严格落实生态保护红线。'),
            // A 序号 column numbered automatically: its cells hold no text of their own.
            new Table({
              rows: [
                new TableRow({ children: [cell('序号'), cell('名称')] }),
                ...['红线', '耕地'].map((name) => new TableRow({ children: [new TableCell({ children: [new Paragraph({ text: '', numbering: { reference: 'index', level: 0 } })] }), cell(name)] })),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const labels = paragraphLabels(readZipEntry(bytes, 'word/document.xml')!, readZipEntry(bytes, 'word/numbering.xml'), readZipEntry(bytes, 'word/styles.xml'));
    expect(labels.filter((l) => l.label).map((l) => l.label + l.text)).toEqual([
      '第一章 总则', '第一节 规划目的', '第一条 规划目的', '第二条 规划原则', '（一）生态优先；', '（二）节约集约。', '第二章 格局', '第一节 红线', '第三条 生态保护红线', '1', '2',
    ]);
    writeFileSync(join(dir, 'numbered.docx'), bytes);
    const r = await runImport({ input: join(dir, 'numbered.docx'), version: 'w3', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿', label: 'x', date: '2026-01-01' });
    expect(r.errors).toEqual([]);
    expect([r.chapters, r.sections, r.articles]).toEqual([2, 2, 3]);
    expect(r.files.get('01/01.mdx')).toContain('## 第二条 规划原则\n\n（一）生态优先；\n\n（二）节约集约。');
    expect(r.files.get('02/01.mdx')).toContain('| 序号 | 名称 |\n| --- | --- |\n| 1 | 红线 |\n| 2 | 耕地 |');
    expect(r.warnings.some((w) => /automatic Word number\(s\).*restored/.test(w.message))).toBe(true);
  });

  test('formats Word number formats the way Word shows them', () => {
    expect(['chineseCounting', 'decimal', 'decimalEnclosedCircle', 'ideographTraditional', 'upperRoman', 'lowerLetter', 'decimalFullWidth'].map((f) => formatNumber(12, f))).toEqual(['十二', '12', '⑫', '乙', 'XII', 'l', '１２']);
  });
});

describe('Word’s table-of-contents field', () => {
  test('marks its lines (links to the headings’ _Toc bookmarks) as 目录 entries, which the front matter skips', () => {
    const html = '<p>某县规划</p><p><a href="#_Toc1">第一章 总则\t</a></p><p><a href="#_Toc2">第一条 规划目的\t</a></p><h1><a id="_Toc1"></a>第一章 总则</h1><p><a id="_Toc2"></a>第一条 规划目的</p><p>见<a href="#_Toc1">第一章</a>。</p>';
    const { lines } = htmlToLines(html);
    expect(lines.map((l) => [l.text, !!l.contentsEntry])).toEqual([['某县规划', false], ['第一章 总则', true], ['第一条 规划目的', true], ['第一章 总则', false], ['第一条 规划目的', false], ['见第一章。', false]]);
    const front = readFrontMatter(lines, SCHEMES.law);
    expect([...front.skip].sort()).toEqual([0, 1, 2]);
    expect(front.contents).toEqual(['第一章 总则', '第一条 规划目的']);
    expect(front.diagnostics.map((d) => d.message)).toEqual(["2 line(s) of Word's table-of-contents field (links to the headings) skipped"]);
  });

  test('a table of figures (its links lead to captions) is plan text, without its page numbers (the tester\'s list of 2026-12-03)', () => {
    // As mammoth writes a 'Table of Figures' paragraph with the style map of docxToLines.
    const html = '<p>某县规划</p><h1>附图</h1><p class="figure-list"><a href="#_Toc7">附图1 某县区位图\t1</a></p><p class="figure-list"><a href="#_Toc8">附图2 某县国土空间总体格局规划图\t2</a></p>';
    const { lines } = htmlToLines(html);
    expect(lines.map((l) => [l.text, !!l.contentsEntry])).toEqual([['某县规划', false], ['附图', false], ['附图1 某县区位图', false], ['附图2 某县国土空间总体格局规划图', false]]);
  });

  test('docxToLines maps Word\'s table of figures to that class, by style name or id', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'TableofFigures', name: 'table of figures', run: {} }] },
      sections: [{ children: [new Paragraph('附图'), new Paragraph({ style: 'TableofFigures', children: [new TextRun({ children: ['附图1 某县区位图', new Tab(), '1'] })] })] }],
    });
    const { docxToLines } = await import('../../src/lib/import/docx.ts');
    const { lines, diagnostics } = await docxToLines(await Packer.toBuffer(doc));
    expect(lines.map((l) => l.text)).toEqual(['附图', '附图1 某县区位图']);
    // mammoth's notes on styles it does not map cost no words: no warning.
    expect(diagnostics).toEqual([]);
  });

  test('makes text of a symbol in an ordinary font, and leaves a symbol font\'s codes to mammoth (review of the change)', async () => {
    const { symbolsAsText } = await import('../../src/lib/import/docx-hidden.ts');
    expect(symbolsAsText('<w:sym w:font="宋体" w:char="2103"/>')).toBe('<w:t xml:space="preserve">℃</w:t>');
    // Symbol 00B3 and F0B3 are ≥ (not ³), Wingdings 00FC is ✓ (not ü): mammoth's tables read them.
    for (const tag of ['<w:sym w:font="Symbol" w:char="00B3"/>', '<w:sym w:char="F0B3" w:font="Symbol"/>', '<w:sym w:font="Wingdings" w:char="00FC"/>', '<w:sym w:font="某字体" w:char="F0A3"/>']) expect(symbolsAsText(tag)).toBe(tag);
    expect(symbolsAsText('<w:sym w:font="宋体" w:char="003C"/>')).toBe('<w:t xml:space="preserve">&lt;</w:t>');
  });

  test('a note with a custom mark (①) keeps the mark, not mammoth\'s number, in the text and before the note (the tester\'s list of 2026-12-03)', async () => {
    const { customNoteMarks } = await import('../../src/lib/import/docx-hidden.ts');
    const xml = '<w:p><w:r><w:t>依据《某法》</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/></w:r><w:r><w:t>①</w:t></w:r><w:r><w:t>编制。</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>';
    const marks = customNoteMarks(xml);
    expect([...marks]).toEqual(['footnote-1']);
    // As mammoth writes it: its own [1] before the mark, and the note, whose text Word begins with the mark.
    const html = '<p>依据《某法》<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>①编制。<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup></p><ol><li id="footnote-1"><p>①2019年修正。 <a href="#footnote-ref-1">↑</a></p></li><li id="footnote-2"><p>以批复为准。 <a href="#footnote-ref-2">↑</a></p></li></ol>';
    expect(htmlToLines(html, { noteMarks: marks }).lines.map((l) => l.text)).toEqual(['依据《某法》①编制。[2]', '注释', '①2019年修正。', '[2] 以批复为准。']);
  });

  test('a table of one cell is a frame around text (a 专栏 drawn as a box), and a cell merged down over body rows is said', () => {
    const box = htmlToLines('<p>实施以下工程：</p><table><tr><td><p>专栏3-1 重点生态修复工程</p><p>1.某河流域综合治理工程。</p></td></tr></table>');
    expect(box.lines.map((l) => [l.text, !!l.table])).toEqual([['实施以下工程：', false], ['专栏3-1 重点生态修复工程', false], ['1.某河流域综合治理工程。', false]]);
    const merged = htmlToLines('<table><tr><td>指标</td><td>属性</td></tr><tr><td>耕地保有量</td><td rowspan="2">约束性</td></tr><tr><td>永久基本农田</td></tr></table>');
    expect(merged.lines[0]!.table).toEqual([['指标', '属性'], ['耕地保有量', '约束性'], ['永久基本农田', '']]);
    expect(merged.merged.down).toEqual(['约束性']);
  });
});

describe('merged Word table cells', () => {
  test('keeps columns aligned under cells merged across (colspan) and down (rowspan)', () => {
    const html = '<table><tr><td rowspan="2"><p>类别</p></td><td colspan="2"><p>指标</p></td></tr><tr><td><p>名称</p></td><td><p>单位</p></td></tr><tr><td><p>生态</p></td><td><p>红线</p></td><td rowspan="2"><p>平方千米</p></td></tr><tr><td><p>农业</p></td><td><p>耕地</p></td></tr></table>';
    expect(htmlToLines(html).lines[0]!.table).toEqual([
      ['类别', '指标', ''],
      ['', '名称', '单位'],
      ['生态', '红线', '平方千米'],
      ['农业', '耕地', ''],
    ]);
  });

  test('reads the spans of an HTML file saved from Word, whose attributes are not quoted (rowspan=2; review of 2026-12-03)', () => {
    const html = '<table><tr><td rowspan=2>指标名称</td><td rowspan=2>单位</td><td colspan=2>规划值</td></tr><tr><td>2025年</td><td>2035年</td></tr><tr><td>耕地保有量</td><td>万亩</td><td>≥119</td><td>≥118</td></tr></table>';
    expect(htmlToLines(html, { html: true }).lines[0]!.table).toEqual([
      ['指标名称', '单位', '规划值', ''],
      ['', '', '2025年', '2035年'],
      ['耕地保有量', '万亩', '≥119', '≥118'],
    ]);
  });

  test('names the body cells merged across columns as it names those merged down, not the header\'s (tester, 2026-12-03 evening)', () => {
    const html = '<table><tr><td>指标</td><td colspan="2">规划值</td></tr><tr><td>城乡建设用地</td><td colspan="2">待定</td></tr><tr><td>耕地</td><td rowspan="2">≥50</td><td>万亩</td></tr><tr><td>林地</td><td>万亩</td></tr></table>';
    const read = htmlToLines(html);
    expect(read.lines[0]!.table![1]).toEqual(['城乡建设用地', '待定', '']);
    expect([read.merged.across, read.merged.down]).toEqual([['待定'], ['≥50']]);
  });
});

describe('a Word file converted from a PDF', () => {
  test('joins one-paragraph-per-printed-line back into paragraphs, as for wrapped text', async () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/import/law-style.txt'), 'utf8');
    const wrapped = text.split('\n').flatMap((line) => {
      const chars = [...line];
      const out: string[] = [];
      for (let i = 0; i < Math.max(1, chars.length); i += 24) out.push(chars.slice(i, i + 24).join(''));
      return out;
    });
    const doc = new Document({ sections: [{ children: wrapped.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    writeFileSync(join(dir, 'converted.docx'), await Packer.toBuffer(doc));
    writeFileSync(join(dir, 'law.txt'), text);
    const opts = { contentDir: join(dir, 'content'), version: 'cv', stage: '公示稿', label: 'x', date: '2026-01-01', dryRun: true };
    const fromWord = await runImport({ input: join(dir, 'converted.docx'), ...opts });
    const fromText = await runImport({ input: join(dir, 'law.txt'), ...opts });
    expect(fromWord.errors).toEqual([]);
    expect(fromWord.warnings.some((w) => /printed lines of a PDF/.test(w.message))).toBe(true);
    const strip = (files: Map<string, string>) => [...files].filter(([p]) => p !== '_version.yaml');
    expect(strip(fromWord.files)).toEqual(strip(fromText.files));
  });

  test('reads a page break (w:br type=page) as one, so the page number before it goes, not into the text (the tester\'s list of 2026-12-03)', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('某县国土空间总体规划（2021—2035年）'),
            new Paragraph('第一章 总则'),
            new Paragraph('第一条 为落实国家战略，制定本规划。'),
            new Paragraph({ children: [new TextRun('5'), new PageBreak()] }),
            new Paragraph('第二条 规划范围为某县全域。'),
            new Paragraph({ children: [new TextRun('6')] }),
            new Paragraph({ children: [new PageBreak(), new TextRun('第三条 规划期限为2021年至2035年。')] }),
          ],
        },
      ],
    });
    writeFileSync(join(dir, 'page-breaks.docx'), await Packer.toBuffer(doc));
    const r = await runImport({ input: join(dir, 'page-breaks.docx'), contentDir: join(dir, 'content'), version: 'pb', stage: '公示稿', label: 'x', date: '2026-01-01', dryRun: true });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/2 page-number paragraph\(s\) removed/);
    expect(r.warnings.some((w) => /is kept as a paragraph|above the number/.test(w.message))).toBe(false);
    const chapter = r.files.get('01/index.mdx')!;
    expect(chapter).not.toMatch(/^[56]$/m);
    expect(chapter).toContain('为落实国家战略，制定本规划。');
    expect(chapter).toContain('规划期限为2021年至2035年。');
  });
});

describe('what mammoth leaves out of a Word file (the tester\'s list of 2026-12-03)', () => {
  test('keeps the results of simple fields and symbols typed in an ordinary font, and quotes the equations it cannot import', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('某县国土空间总体规划（2021—2035年）'),
            new Paragraph('第一章 总则'),
            new Paragraph({ children: [new TextRun('第一条 规划指标见表'), new SimpleField('SEQ 表 \\* ARABIC', '1'), new TextRun('，其中约束性指标'), new SimpleField('=2+3', '5'), new TextRun('项。')] }),
            new Paragraph({ children: [new TextRun('第二条 年均气温8.5'), new SymbolRun({ char: '2103', symbolfont: '宋体' }), new TextRun('，扩展倍数'), new MathBlock({ children: [new MathRun('≤1.3')] }), new TextRun('。')] }),
            new Paragraph({ children: [new TextRun('第三条 人均城镇建设用地按下式计算：'), new MathBlock({ children: [new MathFraction({ numerator: [new MathRun('城镇建设用地面积')], denominator: [new MathRun('城镇常住人口')] })] })] }),
          ],
        },
      ],
    });
    writeFileSync(join(dir, 'fields.docx'), await Packer.toBuffer(doc));
    const r = await runImport({ input: join(dir, 'fields.docx'), contentDir: join(dir, 'content'), version: 'fl', stage: '公示稿', label: 'x', date: '2026-01-01', dryRun: true });
    expect(r.errors).toEqual([]);
    const chapter = r.files.get('01/index.mdx')!;
    expect(chapter).toContain('规划指标见表1，其中约束性指标5项。');
    expect(chapter).toContain('年均气温8.5℃，扩展倍数');
    const warning = r.warnings.find((w) => /equation/.test(w.message))!.message;
    expect(warning).toMatch(/^2 equation\(s\) .*“≤1\.3”, “城镇建设用地面积城镇常住人口”/);
  });
});

describe('a Word file still under review (tester, 2026-12-03 evening)', () => {
  test('is read with every tracked change accepted, as mammoth reads it, and the report quotes the deletions and comments', async () => {
    const doc = new Document({
      comments: { children: [{ id: 0, author: '审查人', date: new Date('2023-08-01'), children: [new Paragraph('面积请与三调数据核对')] }] },
      sections: [
        {
          children: [
            new Paragraph('某县国土空间总体规划（2021—2035年）'),
            new Paragraph('第一章 总则'),
            new Paragraph({ children: [new TextRun('第一条 规划目的 为统筹保护，'), new DeletedTextRun({ text: '促进经济发展，', id: 1, author: '审查人', date: '2023-08-01T00:00:00Z' }), new InsertedTextRun({ text: '推动高质量发展，', id: 2, author: '审查人', date: '2023-08-01T00:00:00Z' }), new TextRun('制定本规划。')] }),
            new Paragraph({ children: [new TextRun('第二条 规划范围 规划范围为某县全域'), new CommentRangeStart(0), new TextRun('，面积待定'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }), new TextRun('。')] }),
          ],
        },
      ],
    });
    writeFileSync(join(dir, 'review.docx'), await Packer.toBuffer(doc));
    const r = await runImport({ input: join(dir, 'review.docx'), contentDir: join(dir, 'content'), version: 'rv', stage: '公示稿', label: 'x', date: '2026-01-01', dryRun: true });
    expect(r.errors).toEqual([]);
    const chapter = r.files.get('01/index.mdx')!;
    expect(chapter).toContain('为统筹保护，推动高质量发展，制定本规划。');
    expect(chapter).toContain('规划范围为某县全域，面积待定。');
    const warning = r.warnings.find((w) => /review's marks/.test(w.message))!.message;
    expect(warning).toContain('1 tracked deletion(s) left out: “促进经济发展，”; 1 tracked insertion(s) kept; reviewer comments left out: “面积请与三调数据核对”');
  });

  test('counts no mark on a paragraph’s own properties, and reads moves at their new place', () => {
    const xml = '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:del w:id="4"><w:r><w:delText>删去的话。</w:delText></w:r></w:del></w:p>'
      + '<w:p><w:moveFrom w:id="5"><w:r><w:t>挪走的话。</w:t></w:r></w:moveFrom></w:p><w:p><w:moveTo w:id="6"><w:r><w:t>挪走的话。</w:t></w:r></w:moveTo><w:ins w:id="7"><w:r><w:t>A&amp;B</w:t></w:r></w:ins></w:p>';
    expect(reviewMarks(xml, null)).toEqual({ deleted: ['删去的话。'], insertions: 1, moves: 1, comments: [] });
  });
});

describe('HTML saved from Word', () => {
  test('reads headings, paragraphs with Word list numbers, tables, and skips head and style', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="gb2312"><title>不是正文</title>
<style>p.MsoNormal { margin: 0 }</style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoTitle>某县国土空间总体规划</p>
<h1>第一章　总<span>　</span>则</h1>
<p class=MsoNormal><b>第一条　规划目的</b></p>
<p class=MsoNormal>为落实国家战略，统筹国土空间开发保护，
制定本规划。</p>
<p class=MsoListParagraph><![if !supportLists]><span>（一）</span><![endif]>生态优先&nbsp;；</p>
<!-- a comment with 第九条 -->
<table class=MsoTableGrid><tr><td><p>指标</p></td><td><p>单位</p></td></tr><tr><td><p>耕地</p></td><td><p>万亩</p></td></tr></table>
</div></body></html>`;
    writeFileSync(join(dir, 'saved.htm'), iconv.encode(html, 'gbk'));
    const r = await runImport({ input: join(dir, 'saved.htm'), version: 'h1', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿', label: 'x', date: '2026-01-01' });
    expect(r.errors).toEqual([]);
    expect(r.files.get('_version.yaml')).toContain('title: 某县国土空间总体规划');
    expect(r.files.get('01/index.mdx')).toContain('## 第一条 规划目的\n\n为落实国家战略，统筹国土空间开发保护，制定本规划。\n\n（一）生态优先；\n\n| 指标 | 单位 |\n| --- | --- |\n| 耕地 | 万亩 |');
    expect([...r.files.values()].join()).not.toMatch(/不是正文|MsoNormal|第九条/);
  });
});
