/**
 * Every shape of plan text the importer accepts (issue 11), each from a
 * fixture under tests/fixtures/import/shapes/ read three ways: as .txt, as
 * .md and as a .docx generated here from the same lines. Each must give the
 * exact structure written below, and no Chinese character may be lost or
 * added (heading numbers, the 目录 and converter debris aside).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { runImport, type ImportResult } from '../../src/lib/import/run.ts';
import { removeConverterDebris } from '../../src/lib/import/debris.ts';
import { renderMdx } from './import-helpers.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import/shapes');
const dir = mkdtempSync(join(tmpdir(), 'import-shapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One input line as the fixture has it: a paragraph, a heading of a level, or a table. */
type Item = { kind: 'text'; text: string } | { kind: 'heading'; level: number; text: string } | { kind: 'table'; rows: string[][] };

/** The fixture's lines without blank lines, debris and Markdown marks, as a Word author would type them. */
function items(text: string): Item[] {
  const cleaned = removeConverterDebris(text.split('\n'));
  const out: Item[] = [];
  let tabRows: string[][] = [];
  const flushTab = () => {
    if (tabRows.length) out.push({ kind: 'table', rows: tabRows });
    tabRows = [];
  };
  cleaned.lines.forEach((raw, i) => {
    const html = cleaned.tables.get(i);
    if (html) return out.push({ kind: 'table', rows: html });
    const line = raw.trim().replace(/\*\*/g, '');
    if (line.includes('\t')) return void tabRows.push(line.split('\t'));
    flushTab();
    if (!line) return;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    out.push(h ? { kind: 'heading', level: h[1]!.length, text: h[2]! } : { kind: 'text', text: line });
  });
  flushTab();
  return out;
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

async function writeDocx(path: string, list: Item[]): Promise<void> {
  const children = list.map((it) =>
    it.kind === 'table'
      ? new Table({ rows: it.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) })
      : it.kind === 'heading'
        ? new Paragraph({ text: it.text, heading: LEVELS[it.level - 1]! })
        : new Paragraph(it.text),
  );
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const CJK = /\p{Script=Han}/gu;
/** Numbers the scheme prints and the importer may re-print: 第X章/节/条, 第X部分, 一、, （一）. */
const NUMBERS = /第[零〇一二两三四五六七八九十百千0-9０-９]+(?:[章节条]|部分)|^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/gm;
const cjk = (s: string) => (s.replace(NUMBERS, '').match(CJK) ?? []).length;

/** Chinese characters of the input: the 目录 (from 目录 to the first heading after it) left out. */
function cjkIn(list: Item[]): number {
  let inToc = false;
  let n = 0;
  for (const it of list) {
    if (it.kind !== 'table' && /^目\s*录$/.test(it.text)) {
      inToc = true;
      continue;
    }
    if (inToc && it.kind === 'heading') inToc = false;
    if (inToc) continue;
    n += it.kind === 'table' ? it.rows.flat().reduce((k, c) => k + cjk(c), 0) : cjk(it.text);
  }
  return n;
}

/** Chinese characters of the output: titles once, bodies without the printed article numbers. */
function cjkOut(r: ImportResult): number {
  let n = 0;
  const planTitle = /^title: (.*)$/m.exec(r.files.get('_version.yaml')!)![1]!;
  n += cjk(planTitle);
  for (const [path, content] of r.files) {
    if (!path.endsWith('.mdx')) continue;
    const [, fm, body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(content)!;
    const title = /^title: (.*)$/m.exec(fm!)?.[1] ?? '';
    if (title !== planTitle) n += cjk(title);
    n += cjk(body.replace(/^## \S+/gm, ''));
  }
  return n;
}

/** The structure as one line per file: its number as printed (when the page shows it), title, and articles as printed. */
function structure(r: ImportResult): string[] {
  return [...r.files]
    .filter(([p]) => p.endsWith('.mdx'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([p, c]) => `${p} ${/^printed: "?(.*?)"?$/m.exec(c)?.[1]?.concat(' ') ?? ''}${/^title: (.*)$/m.exec(c)![1]}${[...c.matchAll(/^## (.*)$/gm)].map((m) => ` | ${m[1]}`).join('')}`);
}

const SHAPES: { file: string; scheme: string; expected: string[] }[] = [
  {
    file: 'law-arabic.txt',
    scheme: 'law',
    // Arabic and full-width numbers stay as printed: 第1章, 第1节, 第２章 and 第1条 are shown as written.
    expected: ['01/index.mdx 第1章 总则 | 第1条 规划目的 | 第2条 规划期限', '02/01.mdx 第1节 生态保护 | 第3条 生态保护红线', '02/index.mdx 第２章 保护格局'],
  },
  {
    // Chapters that start again at 第一章 in each 篇: numbered through the plan for addresses, each printed as written, the 篇 as its first chapter's opening line.
    file: 'law-parts-chapters.txt',
    scheme: 'law',
    expected: [
      '01/index.mdx 第一章 总则 | 第一条 规划目的 | 第二条 规划范围',
      '02/01.mdx 生态保护红线 | 第三条 生态保护红线',
      '02/index.mdx 第二章 底线管控',
      '03/index.mdx 第一章 空间结构 | 第四条 空间结构',
      '04/index.mdx 第二章 实施保障 | 第五条 监督实施',
    ],
  },
  {
    file: 'decimal.txt',
    scheme: 'decimal',
    expected: ['01/01.mdx 1.1 规划目的 | 1.1.1 | 1.1.2', '01/02.mdx 1.2 规划范围 | 1.2.1', '01/index.mdx 1 总则', '02/01.mdx 2.1 总体格局 | 2.1.1 | 2.1.2', '02/index.mdx 2 空间格局'],
  },
  {
    file: 'outline.txt',
    scheme: 'outline',
    expected: [
      // `1. 规划性质` followed by its text is a provision; `1. 坚持……。` after a lead-in ending in ：, and a list restarting at 1. inside a provision, stay list items.
      '01/01.mdx （一） 规划定位 | 1. 规划性质 | 2. 规划目标',
      '01/02.mdx （二） 基本原则 | 1. 实施原则',
      '01/index.mdx 一、 总体要求',
      '02/01.mdx （一） 耕地保护 | 1. 耕地保护任务 | 2. 耕地质量建设',
      '02/index.mdx 二、 重点任务',
      'appendix/01.mdx 附表1 规划指标表',
    ],
  },
  {
    // A near-term plan: sections with only lead text, a 专栏 with an indicator table, 1、 headings, a list after a lead-in.
    file: 'outline-near-term.txt',
    scheme: 'outline',
    expected: [
      '01/01.mdx （一） 发展基础',
      '01/02.mdx （二） 面临形势 | 1. 机遇 | 2. 挑战',
      '01/index.mdx 一、 规划背景',
      '02/01.mdx （一） 总体目标',
      '02/02.mdx （二） 分项目标 | 1、 耕地保护目标 | 2、 生态保护目标',
      '02/index.mdx 二、 近期目标',
    ],
  },
  {
    // Parts whose 一、 start again: the part is the chapter, 一、 the section, （一） the provision; 1. lines stay list items.
    file: 'outline-parts.txt',
    scheme: 'outline',
    expected: [
      '01/01.mdx 一、 规划背景 | （一） 规划定位 | （二） 规划期限',
      '01/02.mdx 二、 基本原则',
      '01/index.mdx 第一部分 总体要求',
      '02/01.mdx 一、 耕地保护 | （一） 耕地保护任务 | （二） 耕地质量建设',
      '02/02.mdx 二、 生态修复',
      '02/index.mdx 第二部分 重点任务',
    ],
  },
  {
    // Two outline levels whose （一） hold the text, titles run into it (（一）指导思想。以…), 1. items inside.
    file: 'outline-two.txt',
    scheme: 'outline',
    expected: ['01/index.mdx 一、 总体要求 | （一） 指导思想 | （二） 基本原则', '02/index.mdx 二、 底线管控 | （一） 耕地保护 | （二） 生态保护', '03/index.mdx 三、 实施保障 | （一） 组织实施'],
  },
  {
    file: 'flat.txt',
    scheme: 'flat',
    expected: ['01/index.mdx 某县国土空间规划实施管理办法 | 第一条 目的和依据 | 第二条 适用范围 | 第三条 职责分工 | 第四条 施行日期'],
  },
  {
    // Titles alone on the line after a bare 第一条, not in brackets.
    file: 'flat-title-next-line.txt',
    scheme: 'flat',
    expected: ['01/index.mdx 示例县国土空间规划管理办法 | 第一条 目的和依据 | 第二条 适用范围 | 第三条 职责分工 | 第四条 施行日期'],
  },
  {
    // A village plan as a PDF converter writes it: numbers only in the 目录, HTML table, 1) lists, debris.
    file: 'village-mineru.md',
    scheme: 'headings',
    expected: ['01/index.mdx 总则 | 第一条 规划背景 | 第二条 规划范围', '02/index.mdx 村庄发展目标 | 第三条 发展定位 | 第四条 规划指标', '03/index.mdx 近期建设 | 第五条 近期项目'],
  },
  {
    file: 'headings.md',
    scheme: 'headings',
    expected: ['01/index.mdx 总则 | 第一条 规划背景 | 第二条 规划依据', '02/index.mdx 村庄发展目标 | 第三条 发展定位'],
  },
];

describe('shapes of plan text', () => {
  for (const shape of SHAPES) {
    const source = join(FIXTURES, shape.file);
    const list = items(readFileSync(source, 'utf8'));
    const base = shape.file.replace(/\.\w+$/, '');
    const inputs: [string, () => Promise<string>][] = [
      [shape.file.endsWith('.md') ? 'md' : 'txt', async () => source],
      [
        shape.file.endsWith('.md') ? 'txt (the Markdown saved as text)' : 'md',
        async () => {
          const target = join(dir, `${base}.${shape.file.endsWith('.md') ? 'txt' : 'md'}`);
          copyFileSync(source, target);
          return target;
        },
      ],
      [
        'docx',
        async () => {
          const target = join(dir, `${base}.docx`);
          await writeDocx(target, list);
          return target;
        },
      ],
    ];
    for (const [format, make] of inputs) {
      // Saved as .txt, a Markdown file's # marks are text: the heading-only shape needs .md or Word styles.
      if (shape.scheme === 'headings' && format.startsWith('txt')) continue;
      test(`imports ${shape.file} from ${format} as ${shape.scheme}, with the exact structure and every Chinese character`, async () => {
        const input = await make();
        const r = await runImport({ input, version: base, contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01', stage: '公示稿', label: '公示稿', date: '2026-01-01' });
        expect(r.errors).toEqual([]);
        expect(r.numbering?.scheme).toBe(shape.scheme);
        expect(structure(r)).toEqual(shape.expected);
        expect(cjkOut(r)).toBe(cjkIn(list));
        for (const [path, content] of r.files) if (path.endsWith('.mdx')) await expect(renderMdx(content), path).resolves.toBeTypeOf('string');
      });
    }
  }
});

describe('ordinary lists inside an outline provision', () => {
  test('stay paragraphs of the provision they stand in, numbers and punctuation as printed', async () => {
    const r = await runImport({ input: join(FIXTURES, 'outline.txt'), version: 'lists', contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01', stage: '公示稿' });
    expect(r.errors).toEqual([]);
    const body = r.files.get('02/01.mdx')!.split('---\n').at(-1)!;
    expect(body).toBe(
      '\n## 1. 耕地保护任务\n\n1\\. 严格落实耕地保护任务：\n\n（1）永久基本农田面积不减少；\n\n（2）耕地质量不降低。\n\n2\\. 规范耕地占补平衡。\n\n## 2. 耕地质量建设\n\n耕地质量建设任务以批复文本为准。\n',
    );
    expect(r.files.get('01/01.mdx')).toMatch(/## 2\. 规划目标\n\n到2025年，[^\n]*\n\n近期重点任务和项目安排以批复文本为准。\n/);
  });
});

describe('a Word file with unnumbered Heading 1–3 and a 目录', () => {
  test('numbers chapters, sections and articles from the 目录, even where a section and its article share a title', async () => {
    const h = (level: number, text: string) => new Paragraph({ text, heading: LEVELS[level - 1]! });
    const toc = ['第一章 总则\t1', '第一节 规划目的\t1', '第一条 编制目的\t1', '第二条 规划期限\t1', '第二节 规划范围\t2', '第三条 规划范围\t2', '第二章 国土空间格局\t3', '第一节 总体格局\t3', '第四条 总体格局\t3'];
    const children = [
      new Paragraph('示例县国土空间总体规划（2021—2035年）'),
      new Paragraph('目录'),
      ...toc.map((t) => new Paragraph(t)),
      h(1, '总则'), h(2, '规划目的'), h(3, '编制目的'), new Paragraph('为统筹国土空间开发保护，制定本规划。'),
      h(3, '规划期限'), new Paragraph('规划期限以批复文本为准。'),
      h(2, '规划范围'), h(3, '规划范围'), new Paragraph('规划范围为县域全部国土空间，具体以批复文本为准。'),
      h(1, '国土空间格局'), h(2, '总体格局'), h(3, '总体格局'), new Paragraph('总体格局以批复文本为准。'),
    ];
    const input = join(dir, 'word-headings.docx');
    writeFileSync(input, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const r = await runImport({ input, version: 'wordh', contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01', stage: '公示稿', label: '公示稿', date: '2026-01-01' });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/no 目录 entry/));
    expect(r.numbering?.scheme).toBe('headings');
    expect(structure(r)).toEqual([
      '01/01.mdx 规划目的 | 第一条 编制目的 | 第二条 规划期限',
      '01/02.mdx 规划范围 | 第三条 规划范围',
      '01/index.mdx 总则',
      '02/01.mdx 总体格局 | 第四条 总体格局',
      '02/index.mdx 国土空间格局',
    ]);
  });
});

describe('the numbering flag and messages', () => {
  test('--numbering overrides the detected scheme', async () => {
    const r = await runImport({ input: join(FIXTURES, 'flat.txt'), version: 'forced', contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01', numbering: 'law' });
    expect(r.numbering).toEqual({ scheme: 'law', reason: '--numbering law' });
    expect(r.errors.map((e) => e.message).join('\n')).toMatch(/article outside a chapter/);
  });

  test('--numbering outline reads a text in parts the way detection does: the part as the chapter', async () => {
    const r = await runImport({ input: join(FIXTURES, 'outline-parts.txt'), version: 'parts', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿', numbering: 'outline' });
    expect(r.errors).toEqual([]);
    expect(r.numbering).toEqual({ scheme: 'outline', reason: '--numbering outline' });
    expect(structure(r).filter((l) => l.includes('index.mdx'))).toEqual(['01/index.mdx 第一部分 总体要求', '02/index.mdx 第二部分 重点任务']);
  });

  test('parts whose 一、 run on through the plan stay leads of the next chapter, as before', async () => {
    const text = '某区近期规划\n第一部分 总体要求\n一、规划背景\n（一）规划定位\n正文甲。\n第二部分 重点任务\n二、耕地保护\n（一）耕地保护任务\n正文乙。\n';
    writeFileSync(join(dir, 'parts-run-on.txt'), text);
    const r = await runImport({ input: join(dir, 'parts-run-on.txt'), version: 'runon', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.numbering?.reason).toMatch(/^2 headings numbered 一、 二、/);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/part heading 第二部分 重点任务 kept as the opening paragraph of the next chapter/);
  });

  test('decimal provisions under 第1章 chapters are read as decimal, the chapter printed 第1章', async () => {
    const text = '某县规划\n第1章 总则\n1.1 规划目的\n1.1.1 正文甲。\n1.1.2 正文乙。\n第2章 目标\n2.1 总体目标\n2.1.1 正文丙。\n';
    writeFileSync(join(dir, 'chapter-decimal.txt'), text);
    const r = await runImport({ input: join(dir, 'chapter-decimal.txt'), version: 'chdec', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.numbering?.reason).toBe('3 headings numbered like 1.1.1 under 2 第X章 headings, and no 第X条');
    expect(structure(r)).toEqual(['01/01.mdx 1.1 规划目的 | 1.1.1 | 1.1.2', '01/index.mdx 第1章 总则', '02/01.mdx 2.1 总体目标 | 2.1.1', '02/index.mdx 第2章 目标']);
    expect(r.perChapter).toEqual(['第1章 总则: 1 section(s), 2 article(s) (1.1.1—1.1.2)', '第2章 目标: 1 section(s), 1 article(s) (2.1.1)']);
  });

  test('says a chapter\'s articles are numbered within each section when their numbers start again', async () => {
    const text = '某县规划\n第一章 总则\n第一节 目的\n一、指导思想\n正文甲。\n二、基本原则\n正文乙。\n第二节 范围\n一、范围\n正文丙。\n第二章 实施\n第一节 管控\n一、控制线\n正文丁。\n';
    writeFileSync(join(dir, 'sections-outline.txt'), text);
    const r = await runImport({ input: join(dir, 'sections-outline.txt'), version: 'secout', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.perChapter).toEqual(['第一章 总则: 2 section(s), 3 article(s) (numbered within each section)', '第二章 实施: 1 section(s), 1 article(s) (一、)']);
  });

  test('counts the body\'s headings in the reason, not the 目录 entries with their pages', async () => {
    const text = '某县规划\n目  录\n第一章 总则……1\n第一条 规划目的……1\n第二章 格局……3\n第一章 总则\n第一条 规划目的\n正文甲。\n第二章 格局\n第二条 生态保护\n正文乙。\n';
    writeFileSync(join(dir, 'toc-pages.txt'), text);
    const r = await runImport({ input: join(dir, 'toc-pages.txt'), version: 'tocp', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.numbering?.reason).toBe('2 第X章 headings and 2 第X条 headings at line starts');
  });

  test('a 目录 whose chapters the body writes without numbers: numbered from the 目录 by title, with a warning', async () => {
    writeFileSync(join(dir, 'toc-titles.txt'), '某县规划\n目录\n第一章 总则\t1\n第二章 目标\t3\n总则\n第一条 规划目的\n为落实国家战略，制定本规划。\n目标\n第二条 目标\n目标以批复文本为准。\n');
    const r = await runImport({ input: join(dir, 'toc-titles.txt'), version: 'toct', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.numbering?.reason).toBe("the 目录 lists 第X章 entries and 2 of the body's headings (2 chapter(s)) stand without their numbers: numbered from the 目录 by title");
    expect(r.warnings.map((w) => w.message)).toContain('2 heading(s) stand in the text without their numbers and were numbered from the 目录 by title: “第一章 总则 (line 5)”, “第二章 目标 (line 8)”; check them against the approved text');
    expect([r.chapters, r.articles]).toEqual([2, 2]);
  });

  test('a 目录 whose chapters the body neither numbers, marks nor titles alike says so, and how to fix it', async () => {
    writeFileSync(join(dir, 'toc-only.txt'), '某县规划\n目录\n第一章 总则\t1\n第二章 目标\t3\n一 总则部分\n为落实国家战略，制定本规划。\n二 目标部分\n目标以批复文本为准。\n');
    const r = await runImport({ input: join(dir, 'toc-only.txt'), version: 'toco', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors.map((e) => e.message)).toEqual([
      "no numbering scheme fits: the 目录 lists 2 第X章 entries but the body has no numbered headings and no Markdown or Word headings. Fix: mark the body's chapter and article headings as headings (# and ## in Markdown, Heading 1–3 in Word) so they are numbered from the 目录 by title, or number them in the text (第一章 … / 第一条 …)",
    ]);
  });

  test('an unknown --numbering value is a usage error naming the schemes', async () => {
    const r = await runImport({ input: join(FIXTURES, 'flat.txt'), version: 'bad', contentDir: join(dir, 'content'), dryRun: true, numbering: 'roman' as never });
    expect(r.exitCode).toBe(2);
    expect(r.errors[0]!.message).toMatch(/--numbering "roman": one of law \/ flat \/ decimal \/ outline \/ headings/);
  });

  test('a decimal number under the wrong heading names both', async () => {
    const text = '某规划\n1 总则\n1.1 目的\n1.1.1 正文甲。\n1.2.1 正文乙。\n1.1.2 正文丙。\n';
    writeFileSync(join(dir, 'misplaced.txt'), text);
    const r = await runImport({ input: join(dir, 'misplaced.txt'), version: 'mis', contentDir: join(dir, 'content'), dryRun: true });
    expect(r.errors.map((e) => `${e.line}: ${e.message}`)).toContain('5: 1.2.1 at line 5 stands under 1.1: its number says it belongs under 1.2; check the heading before it');
  });
});

describe('numbers as printed, approval notices, lost line breaks and appendix titles (the tester\'s lists of 2026-12-03)', () => {
  test('an outline of three levels whose provisions are numbered in full-width digits (１．) imports, their numbers as printed (review of 2026-12-03)', async () => {
    const text = '某县规划\n一、总体要求\n（一）指导思想\n１．总体思路\n坚持统筹发展和安全。\n２．基本原则\n坚持生态优先。\n（二）规划目标\n１．近期目标\n到2025年，格局初步形成。\n二、空间格局\n（一）总体格局\n１．开发保护格局\n构建“一核两轴”格局。\n';
    writeFileSync(join(dir, 'outline-fullwidth.txt'), text);
    const r = await runImport({ input: join(dir, 'outline-fullwidth.txt'), version: 'outfw', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(structure(r)).toEqual(['01/01.mdx （一） 指导思想 | １． 总体思路 | ２． 基本原则', '01/02.mdx （二） 规划目标 | １． 近期目标', '01/index.mdx 一、 总体要求', '02/01.mdx （一） 总体格局 | １． 开发保护格局', '02/index.mdx 二、 空间格局']);
  });

  test('an approval notice (批复) before the plan keeps the plan\'s title and stays as the text before the first chapter, its head lines apart (the tester\'s list of 2026-12-03)', async () => {
    const text = [
      '某市人民政府文件', '某政函〔2023〕45号', '某市人民政府关于某县国土空间总体规划（2021—2035年）的批复', '某县人民政府：',
      '你县《关于报请审批〈某县国土空间总体规划（2021—2035年）〉的请示》收悉。经研究，现批复如下：', '一、原则同意《某县国土空间总体规划（2021—2035年）》。',
      '某市人民政府', '2023年10月12日', '', '某县国土空间总体规划（2021—2035年）', '', '第一章 总则', '第一条 为统筹某县国土空间开发保护，制定本规划。', '第二条 规划范围为某县全域。', '',
    ].join('\n');
    writeFileSync(join(dir, 'approval.txt'), text);
    const r = await runImport({ input: join(dir, 'approval.txt'), version: 'appr', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.files.get('_version.yaml')).toMatch(/^title: 某县国土空间总体规划（2021—2035年）$/m);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/opens with a government document .* title is read from line 10/));
    const preamble = r.files.get('appendix/00.mdx')!;
    for (const line of ['某市人民政府文件', '某政函〔2023〕45号', '某市人民政府关于某县国土空间总体规划（2021—2035年）的批复', '某县人民政府：', '某市人民政府']) expect(preamble).toMatch(new RegExp(`^${line.replace(/[()（）〔〕]/g, '.')}$`, 'm'));
 
    // A cover after the plan's title (its institute names a 规划 too) is the cover's, not the title (review of the change).
    const covered = text.replace('某县国土空间总体规划（2021—2035年）\n\n第一章', '某县国土空间总体规划（2021—2035年）\n某市城乡规划设计研究院\n2023年6月\n\n第一章');
    writeFileSync(join(dir, 'approval-cover.txt'), covered);
    const c = await runImport({ input: join(dir, 'approval-cover.txt'), version: 'appr2', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(c.files.get('_version.yaml')).toMatch(/^title: 某县国土空间总体规划（2021—2035年）$/m);
  });

  test('a text whose line breaks were lost (all on one line) is said to be so, naming the line (the tester\'s list of 2026-12-03)', async () => {
    writeFileSync(join(dir, 'oneline.txt'), '某县国土空间总体规划\n第一章 总则 第一条 规划目的 为统筹开发保护，编制本规划。第二条 规划范围 规划范围为某县全域。\n');
    const r = await runImport({ input: join(dir, 'oneline.txt'), version: 'one', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/no articles found .*the heading at line 2 runs on with 2 article headings inside it \(“第一条”, “第二条”\): the text's line breaks were lost/));
  });

  test('an appendix number alone on its line takes the title on the next (附件1 / 名词解释), not two parts (the tester\'s list of 2026-12-03)', async () => {
    const text = '某县规划\n第一章 总则\n第一条 为统筹开发保护，制定本规划。\n附件1\n名词解释\n生态保护红线：指具有特殊重要生态功能的区域。\n附件2\n规划指标表\n耕地保有量不低于上级下达任务。\n附件3\n附表1 规划指标表\n';
    writeFileSync(join(dir, 'attachments.txt'), text);
    const r = await runImport({ input: join(dir, 'attachments.txt'), version: 'att', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    const titles = [...r.files].filter(([p]) => p.startsWith('appendix/')).map(([, c]) => /^title: (.*)$/m.exec(c)![1]);
    // 附表1 is a numbered heading of its own, never a title below 附件3.
    expect(titles).toEqual(['附件1 名词解释', '附件2 规划指标表', '附件3', '附表1 规划指标表']);
  });

  test('decimal headings in full-width digits (１．１) keep them on the page (the tester\'s list of 2026-12-03)', async () => {
    const text = '某县规划\n１ 总则\n１．１ 规划目的\n为落实国家战略，制定本规划。\n１．２ 规划范围\n规划范围为某县全域。\n２ 目标\n２．１ 发展目标\n到2035年，建成美丽某县。\n';
    writeFileSync(join(dir, 'decimal-fullwidth.txt'), text);
    const r = await runImport({ input: join(dir, 'decimal-fullwidth.txt'), version: 'decfw', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(structure(r)).toEqual(['01/index.mdx １ 总则 | １．１ 规划目的 | １．２ 规划范围', '02/index.mdx ２ 目标 | ２．１ 发展目标']);
  });
});

describe('the evening tester\'s list of 2026-12-03', () => {
  test('a run-in heading of parallel phrases on its own line (（一）生态优先，绿色发展) stays apart from the sentence below, a wrapped clause does not', async () => {
    const text = [
      '某县国土空间总体规划', '第一章 总则', '第一条 规划原则',
      '（一）生态优先，绿色发展', '坚持节约优先、保护优先、自然恢复为主的方针。',
      '1、底线约束，集约高效', '严格落实耕地保护任务。',
      '一是以人为本，品质提升', '完善公共服务设施配置。',
      '（二）严格保护耕地，落实', '永久基本农田特殊保护制度。',
      '第二条 规划范围', '规划范围为某县全域。',
    ].join('\n');
    writeFileSync(join(dir, 'phrase-headings.txt'), text);
    const r = await runImport({ input: join(dir, 'phrase-headings.txt'), version: 'phr', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    const body = r.files.get('01/index.mdx')!;
    for (const heading of ['（一）生态优先，绿色发展\n\n坚持', '1、底线约束，集约高效\n\n严格', '一是以人为本，品质提升\n\n完善']) expect(body).toContain(heading);
    // Phrases of unequal length (6 and 2 characters) are a sentence the line break cut.
    expect(body).toContain('（二）严格保护耕地，落实永久基本农田特殊保护制度。');
  });

  test('in a wrapped text, a narrow box\'s line that ends after two phrases goes on (review of 2026-12-03)', async () => {
    const text = ['某县国土空间总体规划（2021—2035年）', '', '第一章 总则', '', '第一条 规划目的',
      '为贯彻落实国家和自治区关于建立国土空间规划体系并监督实施的决策部', '署，推进某县国土空间治理体系和治理能力现代化，依据有关法律法规，制', '定本规划。本规划是某县国土空间保护、开发、利用、修复的总体安排，是', '编制下位国土空间规划、实施国土空间用途管制的基本依据。',
      '专栏1 规划原则', '1、坚持生态优先，推动绿色发展', '理念贯穿规划全过程，严守生态保护', '红线。',
      '第二条 规划范围', '规划范围为某县行政辖区全域，包括某镇、某乡等乡镇，国土总面积约', '1200平方千米。规划分为县域和中心城区两个层次，中心城区范围包括某', '镇建成区及周边区域，面积约25平方千米。'].join('\n');
    writeFileSync(join(dir, 'box-wrap.txt'), text);
    const r = await runImport({ input: join(dir, 'box-wrap.txt'), version: 'bx', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.files.get('01/index.mdx')).toContain('1、坚持生态优先，推动绿色发展理念贯穿规划全过程，严守生态保护红线。');
  });

  test('a chapter title a PDF wrapped short of the text\'s width is joined where the 目录 lists it whole', async () => {
    const text = ['某县国土空间总体规划', '目录', '第一章 总则 ........ 1', '第二章 国土空间开发保护格局 ........ 5', '第一章 总则', '第一条 规划目的', '为统筹某县国土空间开发保护，制定本规划，落实国家和自治区的各项要求。', '第二章 国土空间开发保护格', '局', '第二条 总体格局', '构建国土空间开发保护总体格局。'].join('\n');
    writeFileSync(join(dir, 'toc-wrap.txt'), text);
    const r = await runImport({ input: join(dir, 'toc-wrap.txt'), version: 'tw', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.files.get('02/index.mdx')).toMatch(/^title: 国土空间开发保护格局$/m);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('“局” under a heading whose whole title the 目录 lists read as the end of its title'));
  });

  test('a missing article whose heading stands inside a line after a sentence is blamed on that line, with the fix', async () => {
    const text = ['某县国土空间总体规划', '第一章 总则', '第一条 规划目的 为统筹保护，制定本规划。第二条 规划范围 规划范围为某县全', '域。', '第三条 规划期限 规划期限为2021年至2035年。'].join('\n');
    writeFileSync(join(dir, 'inline-heading.txt'), text);
    const r = await runImport({ input: join(dir, 'inline-heading.txt'), version: 'inl', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(3);
    expect(r.errors[0]!.message).toMatch(/第二条 stands inside line 3, after a sentence \(“…护，制定本规划。第二条 规划范围 …”\): start it on a line of its own/);
  });
});

describe('强制性内容', () => {
  test('bold and underlined passages in Markdown are kept as mandatory marks, and headings in bold are not', async () => {
    const text = '# 某县规划\n\n# **第一章 总则**\n\n## 第一条 底线\n\n本规划文本中加粗（下划线）部分为强制性内容。**生态保护红线面积以批复文本为准**，<u>耕地保有量</u>不减少。\n';
    writeFileSync(join(dir, 'mandatory.md'), text);
    const r = await runImport({ input: join(dir, 'mandatory.md'), version: 'mand', stage: '送审稿', contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01' });
    expect(r.errors).toEqual([]);
    const body = r.files.get('01/index.mdx')!;
    expect(body).toContain('## 第一条 底线');
    expect(body).toContain('为强制性内容。<strong className="mandatory">生态保护红线面积以批复文本为准</strong>，<strong className="mandatory">耕地保有量</strong>不减少。');
    const html = await renderMdx(body);
    expect(html).toContain('<strong class="mandatory">生态保护红线面积以批复文本为准</strong>');
  });
});

describe('强制性内容 in Word', () => {
  test('bold and underlined runs are marks; a bold heading is not', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('某县规划'),
            new Paragraph({ children: [new TextRun({ text: '第一章 总则', bold: true })] }),
            new Paragraph('第一条 底线'),
            new Paragraph({ children: [new TextRun('永久基本农田'), new TextRun({ text: '不得擅自调整', underline: {} }), new TextRun('，'), new TextRun({ text: '以批复文本为准', bold: true }), new TextRun('。')] }),
          ],
        },
      ],
    });
    writeFileSync(join(dir, 'mandatory.docx'), await Packer.toBuffer(doc));
    const r = await runImport({ input: join(dir, 'mandatory.docx'), version: 'mandw', stage: '送审稿', contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01' });
    expect(r.errors).toEqual([]);
    const body = r.files.get('01/index.mdx')!;
    expect(body).toContain('title: 总则');
    expect(body).toContain('永久基本农田<strong className="mandatory">不得擅自调整</strong>，<strong className="mandatory">以批复文本为准</strong>。');
  });
});

describe('专栏 boxes', () => {
  test('a 专栏 line becomes a heading of its own with its title, its table and text following it, and no character is lost', async () => {
    const source = join(FIXTURES, 'boxes.txt');
    const r = await runImport({ input: source, version: 'boxes', contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01', stage: '公示稿', label: '公示稿', date: '2026-01-01' });
    expect(r.errors).toEqual([]);
    const chapter = r.files.get('01/index.mdx')!;
    expect([...chapter.matchAll(/^### (.*)$/gm)].map((m) => m[1])).toEqual(['专栏1 重点项目', '专栏 3-1 实施保障措施']);
    expect(chapter).toMatch(/### 专栏1 重点项目\n\n\| 项目 \| 类型 \| 期限 \|/);
    expect(chapter).toMatch(/### 专栏 3-1 实施保障措施\n\n保障措施以批复文本为准。/);
    expect(cjkOut(r)).toBe(cjkIn(items(readFileSync(source, 'utf8'))));
  });

  test('a sentence that starts with 专栏 stays a paragraph', async () => {
    writeFileSync(join(dir, 'box-sentence.txt'), '某规划\n第一章 总则\n第一条 目的\n专栏1所列项目，以批复文本为准。\n');
    const r = await runImport({ input: join(dir, 'box-sentence.txt'), version: 'boxsent', contentDir: join(dir, 'content'), dryRun: true, stage: '公示稿' });
    expect(r.errors).toEqual([]);
    expect(r.files.get('01/index.mdx')).not.toContain('###');
  });
});
