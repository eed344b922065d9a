/**
 * Which numbering scheme a text uses, and the reason the importer prints
 * (src/lib/import/detect-scheme.ts). The counts in the reason are the
 * census of heading-shaped lines, so they are checked exactly.
 */
import { describe, expect, test } from 'vitest';
import { detectScheme } from '../../src/lib/import/detect-scheme.ts';
import type { SourceLine } from '../../src/lib/import/types.ts';

type LineSpec = string | { text: string; level?: number; table?: string[][] };
const toLines = (...specs: LineSpec[]): SourceLine[] =>
  specs.map((s, i) => {
    const o = typeof s === 'string' ? { text: s } : s;
    return { line: i + 1, text: o.text, indent: 0, ...(o.level ? { headingLevel: o.level } : {}), ...(o.table ? { table: o.table } : {}) };
  });
const noContents = () => ({ contents: [], skip: new Set<number>() });
const detect = (...specs: LineSpec[]) => detectScheme(toLines(...specs), noContents);
const h = (text: string, level = 1) => ({ text, level });

describe('a law-shaped text', () => {
  test('is law, counting 第X章 and 第X条 headings at line starts', () => {
    const c = detect('某县国土空间总体规划', '第一章 总则', '第一条 规划目的', '为加强管理，制定本规划。', '第二条 规划范围', '本规划范围为县域。', '第二章 格局', '第三条 三条控制线', '严格落实。');
    expect(c.scheme.id).toBe('law');
    expect(c.reason).toBe('2 第X章 headings and 3 第X条 headings at line starts');
    expect(c.problem).toBeUndefined();
  });

  test('is law when its Word headings carry the numbers the 目录 lists too', () => {
    const c = detect('某县国土空间总体规划', '目录', '第一章 总则', '第二章 格局', h('前言'), '前言内容。', h('第一章 总则'), '第一条 规划目的', '为加强管理。', h('第二章 格局'), h('附录'));
    expect(c.scheme.id).toBe('law');
    // Counted once each, though the 目录 lists them again.
    expect(c.reason).toBe('2 第X章 headings and 1 第X条 headings at line starts');
  });

  test('does not count a chapter heading whose numeral cannot be read', () => {
    const c = detect('某县管理办法', '第一条 适用范围', '本办法适用于全县。', '第〇章 说明');
    expect(c.scheme.id).toBe('flat');
  });
});

describe('a text of articles without chapters', () => {
  test('is flat, counting articles with a title, a bracketed title or a separator; a sentence glued to 第X条 is no heading', () => {
    const c = detect(
      '某县管理办法',
      '第一条（目的）为了加强管理，制定本办法。',
      '第二条 适用范围',
      '本办法适用于全县。',
      '第三条所称的（规划）是指县级国土空间总体规划，不含专项规划。',
      '第四条【分工】县人民政府负责实施，各部门配合。',
      '第五条规划管理',
      '县自然资源局负责规划管理。',
    );
    expect(c.scheme.id).toBe('flat');
    expect(c.scheme.flat).toBe(true);
    expect(c.reason).toBe('4 第X条 provisions and no 第X章 heading: a text without chapters');
  });

  test('is flat with a single article', () => {
    const c = detect('某县管理办法', '第一条 本办法自公布之日起施行。');
    expect(c.scheme.id).toBe('flat');
    expect(c.reason).toBe('1 第X条 provisions and no 第X章 heading: a text without chapters');
  });

  test('does not count the title line, blank lines or Word tables as headings', () => {
    const c = detect('', '第一条 本办法的名称', '第二条 适用范围', '本办法适用于全县。', { text: '第三条 表格', table: [['第三条', '表格']] }, '');
    expect(c.reason).toBe('1 第X条 provisions and no 第X章 heading: a text without chapters');
  });
});

describe('a decimal text', () => {
  test('with two or more 1.1.1 headings is decimal by three levels', () => {
    const c = detect('某县规划', '1 总则', '1.1 规划目的', '1.1.1 规划依据', '依据有关法律。', '1.1.2 规划范围', '县域。');
    expect(c.scheme.id).toBe('decimal');
    expect(c.scheme.description).toBe('decimal headings 1 / 1.1 / 1.1.1');
    expect(c.reason).toBe('2 headings numbered like 1.1.1');
  });

  test('counts a bare 1.1.1 on its own line, its text on the next, as a heading', () => {
    const c = detect('某县规划', '10 总则', '10.1 规划目的', '10.1.9', '依据有关法律。', '10.1.10', '县域。');
    expect(c.reason).toBe('2 headings numbered like 1.1.1');
  });

  test('with 1.1 headings only is decimal by two levels: 1 a chapter, 1.1 an article', () => {
    const c = detect('某县规划', '1 总则', '1.1 规划目的', '为加强管理。', '1.2 规划范围', '1.5倍于现状 规模。', '1.3规划期限', '2021—2035年。');
    expect(c.scheme.id).toBe('decimal');
    expect(c.scheme.description).toBe('decimal headings 1 / 1.1');
    expect(c.reason).toBe('2 headings numbered like 1.1 and none like 1.1.1');
    expect(c.scheme.match('1 总则')).toMatchObject({ kind: 'chapter', number: 1 });
    expect(c.scheme.match('1.2 规划范围')).toMatchObject({ kind: 'article', number: 2, path: [1, 2] });
    expect(c.scheme.match('1.2.3 规划期限')).toBeNull();
    expect(c.scheme.match('总则')).toBeNull();
  });

  test('does not count 1.1.1 entries of a 目录 with page numbers', () => {
    const c = detect('某县规划', '目录', '1.1.1 规划依据 3', '1.1.2 规划范围 4', '1 总则', '1.1 规划目的', '内容。', '1.2 规划范围', '内容。');
    expect(c.reason).toBe('2 headings numbered like 1.1 and none like 1.1.1');
  });

  test('needs two 1.1 headings, not one', () => {
    expect(detect('某县规划', '1 总则', '1.1 规划目的', '为加强管理。').problem).toMatch(/^no numbering scheme fits/);
  });
});

describe('an outline text', () => {
  test('counts short unpunctuated 一、 lines at a line start, the title line aside', () => {
    const c = detect(
      '',
      '一、近期建设规划',
      '一、总体要求',
      '坚持二、三产业融合发展',
      '十一、保障措施',
      '二、落实耕地保护任务。',
      '三、统筹推进山水林田湖草沙一体化保护和系统治理的工作安排部署要',
      '四、统筹推进山水林田湖草沙一体化保护和系统治理的工作安排部署',
    );
    expect(c.scheme.id).toBe('outline');
    expect(c.reason).toBe('3 headings numbered 一、 二、 … and no 第X章');
    expect([...'四、统筹推进山水林田湖草沙一体化保护和系统治理的工作安排部署'].length).toBe(30);
  });

  test('is not told apart from other texts by a single 一、 heading', () => {
    expect(detect('近期建设规划', '一、总体要求', '内容。').problem).toMatch(/^no numbering scheme fits/);
  });
});

describe('an outline text in parts', () => {
  const parts = ['某区规划', '第一部分 总体要求', '一、规划背景', '内容。', '二、基本原则', '内容。', '第二部分 重点任务', '一、耕地保护', '内容。'];

  test('is read in parts when the part headings put a colon or 、 after their number', () => {
    const c = detect(...parts.map((l) => l.replace(/^(第[一二]部分) /, (_, label: string) => (label === '第一部分' ? `${label}：` : `${label}、`))));
    expect(c.scheme.description).toBe('outline numbering in parts: 第一部分 / 一、 / （一）');
  });

  test('is read in parts when two 第X部分 headings stand above 一、 headings that start again', () => {
    const c = detect(...parts);
    expect(c.scheme.id).toBe('outline');
    expect(c.scheme.description).toBe('outline numbering in parts: 第一部分 / 一、 / （一）');
    expect(c.reason).toBe('2 第X部分 headings whose 一、 二、 … start again in each part, and no 第X章: parts are chapters, 一、 sections, （一） provisions');
  });

  test('names the parts as the text does: 第X篇 in the reason, 第二篇 for an expected part', () => {
    const c = detect(...parts.map((l) => l.replace('部分', '篇')));
    expect(c.scheme.description).toBe('outline numbering in parts: 第一篇 / 一、 / （一）');
    expect(c.reason).toBe('2 第X篇 headings whose 一、 二、 … start again in each part, and no 第X章: parts are chapters, 一、 sections, （一） provisions');
    expect(c.scheme.print('chapter', 2)).toBe('第二篇');
    expect(detectScheme(toLines(...parts.map((l) => l.replace('部分', '编'))), noContents, 'outline').scheme.print('chapter', 3)).toBe('第三编');
  });

  test('a 一、 that starts again after a part whose own 一、 was the only one is still a restart', () => {
    const c = detect('某区规划', '第一部分 总体要求', '一、规划背景', '内容。', '第二部分 重点任务', '一、耕地保护', '内容。');
    expect(c.scheme.description).toBe('outline numbering in parts: 第一部分 / 一、 / （一）');
  });

  test('is plain outline when the 一、 run on through the parts, or start again without a part between', () => {
    expect(detect('某区规划', '第一部分 总体要求', '一、规划背景', '内容。', '第二部分 重点任务', '二、耕地保护', '内容。').scheme.description).toBe('outline numbering 一、 / （一） / 1.');
    expect(detect('某区规划', '第一部分 总体要求', '一、规划背景', '二、基本原则', '一、耕地保护', '第二部分 重点任务', '内容。').scheme.description).toBe('outline numbering 一、 / （一） / 1.');
  });

  test('needs two parts: one part heading is a lead paragraph', () => {
    const c = detect('某区规划', '一、规划背景', '内容。', '第一部分 重点任务', '一、耕地保护', '内容。');
    expect(c.scheme.description).toBe('outline numbering 一、 / （一） / 1.');
    expect(c.reason).toBe('2 headings numbered 一、 二、 … and no 第X章');
  });

  test('--numbering outline reads parts the same way', () => {
    expect(detectScheme(toLines(...parts), noContents, 'outline').scheme.description).toBe('outline numbering in parts: 第一部分 / 一、 / （一）');
    expect(detectScheme(toLines('某区规划', '一、规划背景', '二、耕地保护'), noContents, 'outline').scheme.description).toBe('outline numbering 一、 / （一） / 1.');
  });
});

describe('decimal provisions under 第X章 chapters', () => {
  test('are decimal when two 1.1.1 headings stand under 第X章 and there is no 第X条', () => {
    const c = detect('某县规划', '第1章 总则', '1.1 规划目的', '1.1.1 内容甲。', '1.1.2 内容乙。');
    expect(c.scheme.id).toBe('decimal');
    expect(c.reason).toBe('2 headings numbered like 1.1.1 under 1 第X章 headings, and no 第X条');
  });

  test('stay law with one 1.1.1 heading, or with a 第X条', () => {
    expect(detect('某县规划', '第1章 总则', '1.1 规划目的', '1.1.1 内容甲。').scheme.id).toBe('law');
    expect(detect('某县规划', '第一章 总则', '第一条 目的', '1.1.1 内容甲。', '1.1.2 内容乙。').scheme.id).toBe('law');
  });
});

describe('a 目录 with page numbers', () => {
  test('is not counted as the body\'s headings, whatever its entries are', () => {
    const c = detect('某县规划', '目录', '第一章 总则……1', '第一条 目的……1', '第二章 格局\t3', '第一章 总则', '第一条 目的', '内容。');
    expect(c.reason).toBe('1 第X章 headings and 1 第X条 headings at line starts');
  });

  test('whose chapters the body neither numbers nor marks is a problem of its own', () => {
    const c = detect('某县规划', '目录', '第一章 总则……1', '第一条 目的……1', '第二章 格局……3', '总则', '内容。');
    expect(c.reason).toBe('no numbering scheme fits');
    expect(c.problem).toMatch(/^no numbering scheme fits: the 目录 lists 2 第X章 entries but the body has no numbered headings/);
  });

  test('reads Word headings that carry 第X章 and 一、 as the outline under chapters, not as headings without numbers', () => {
    const c = detect('某县规划', h('第一章 总则'), h('一、规划目的', 2), '（一）指导思想', '内容。', h('二、规划依据', 2), '（一）法律', '内容。', h('第二章 格局'), h('一、三条控制线', 2), '（一）红线', '内容。');
    expect(c.scheme.id).toBe('outline');
  });

  test('says the body numbers its chapters when there is no 目录 and other headings carry no numbers', () => {
    const c = detect('某县规划', h('第一章 总则'), h('规划目的', 2), '内容。', h('第二章 格局'), h('三条控制线', 2), '内容。');
    expect(c.scheme.id).toBe('headings');
    expect(c.reason).toBe('the body numbers its 2 第X章 headings but not its 2 other headings (Markdown # or Word Heading styles): numbered from a 目录 by title where it lists them, else in order');
  });

  test('numbers unnumbered headings from its chapter entries', () => {
    const c = detect('某县规划', '目录', '第一章 总则\t1', '第二章 格局\t3', h('总则'), '内容。', h('格局'), '内容。');
    expect(c.reason).toBe("the 目录 lists 2 第X章 entries but the body's 2 headings carry no numbers: numbered from the 目录 by title");
  });
});

describe('a text of unnumbered headings', () => {
  test('numbers them in order when there is no 目录, counting levels 1–3 and skipping 目录 and 目次', () => {
    const c = detect(h('某县规划'), h('目录'), h('目 次'), h('总则'), '内容。', h('规划目标', 2), h('目录管理', 2), h('编制目录', 2), h('具体要求', 3), h('细则', 4));
    expect(c.scheme.id).toBe('headings');
    expect(c.reason).toBe('5 headings without numbers (Markdown # or Word Heading styles) and no 目录 to number them from: numbered in order');
  });

  test('two are enough', () => {
    expect(detect('某县规划', h('总则'), '内容。', h('格局'), '内容。').reason).toBe(
      '2 headings without numbers (Markdown # or Word Heading styles) and no 目录 to number them from: numbered in order',
    );
  });

  test('numbers them from a 目录 that lists 第X章 entries', () => {
    const lines = toLines('某县规划', '目录', '第一章 总则', '第二章 格局', h('总则'), '内容。', h('格局'), '内容。');
    const c = detectScheme(lines, () => ({ contents: ['第一章 总则', '第二章 格局'], skip: new Set([1, 2, 3]) }));
    expect(c.scheme.id).toBe('headings');
    expect(c.reason).toBe("the 目录 lists 2 第X章 entries but the body's 2 headings carry no numbers: numbered from the 目录 by title");
    expect(c.scheme.match('总则', lines[4])).toMatchObject({ kind: 'chapter', number: 1 });
    expect(c.scheme.match('格局', lines[6])).toMatchObject({ kind: 'chapter', number: 2 });
  });
});

describe('a text that fits no scheme', () => {
  test('is read as law with one problem saying what was looked for and the fix', () => {
    for (const c of [detectScheme([], noContents), detect('某县规划', '本规划是县域国土空间保护、开发、利用、修复的行动纲领。')]) {
      expect(c.scheme.id).toBe('law');
      expect(c.reason).toBe('no numbering scheme fits');
      expect(c.problem).toMatch(/^no numbering scheme fits: the text has no 第X章 or 第X条 at a line start.*Fix: number the headings/);
    }
  });
});

describe('--numbering', () => {
  test('wins over the text and is given as the reason', () => {
    const law = toLines('某县规划', '第一章 总则', '第一条 目的', '内容。');
    expect(detectScheme(law, noContents, 'outline')).toMatchObject({ scheme: { id: 'outline' }, reason: '--numbering outline' });
    expect(detectScheme(law, noContents, 'flat').scheme.id).toBe('flat');
  });

  test('headings builds the scheme from the text and its 目录', () => {
    const lines = toLines('某县规划', h('总则'), '内容。');
    const c = detectScheme(lines, () => ({ contents: ['第三章 总则'], skip: new Set<number>() }), 'headings');
    expect(c.reason).toBe('--numbering headings');
    expect(c.scheme.id).toBe('headings');
    expect(c.scheme.match('总则', lines[1])).toMatchObject({ kind: 'chapter', number: 3 });
  });

  test('decimal reads three levels when the text has a 1.1.1 heading, else two', () => {
    const deep = toLines('某县规划', '1 总则', '1.1 目的', '1.1.1 依据', '内容。');
    expect(detectScheme(deep, noContents, 'decimal').scheme.description).toBe('decimal headings 1 / 1.1 / 1.1.1');
    const two = toLines('某县规划', '1 总则', '1.1 目的', '内容。');
    const c = detectScheme(two, noContents, 'decimal');
    expect(c.scheme.description).toBe('decimal headings 1 / 1.1');
    expect(c.scheme.match('1.1 目的')?.kind).toBe('article');
  });
});

describe('rules in parts without chapters', () => {
  const rules = ['某区规定', '第一篇 总则', '第一条 目的', '正文。', '第二篇 管控', '第二条 要求', '正文。'];

  test('read the parts as chapters, named as the text names them', () => {
    const c = detect(...rules);
    expect(c.scheme.id).toBe('law');
    expect(c.scheme.description).toBe('第X篇 / 第X节 / 第X条 headings, the parts as chapters');
    expect(c.reason).toBe('2 第X篇 headings above 2 第X条 provisions and no 第X章: parts are chapters');
    expect(c.scheme.match('第二篇 管控')).toMatchObject({ kind: 'chapter', number: 2, printed: '第二篇' });
    expect(c.scheme.match('第二条 要求')).toMatchObject({ kind: 'article', number: 2, printed: '第二条' });
    expect(c.scheme.match('第三章 附则')).toBeNull();
    expect(c.scheme.print('chapter', 3)).toBe('第三篇');
    expect(detectScheme(toLines(...rules), noContents, 'law').scheme.description).toBe('第X篇 / 第X节 / 第X条 headings, the parts as chapters');
  });

  test('stay flat with one part, one part holding all articles, or articles before the first part', () => {
    expect(detect('某区规定', '第一篇 总则', '第一条 目的', '正文。', '第二条 要求', '正文。').scheme.id).toBe('flat');
    expect(detect('某区规定', '第一篇 总则', '第二篇 管控', '第一条 目的', '正文。', '第二条 要求', '正文。').scheme.id).toBe('flat');
    expect(detect('某区规定', '第一条 目的', '正文。', ...rules.slice(1)).scheme.id).toBe('flat');
  });

  test('with 第X章 under the parts are a law text whose parts stay lead paragraphs', () => {
    const c = detect('某区规定', '第一篇 总则', '第一章 目的', '第一条 目的', '正文。', '第二篇 管控', '第二章 要求', '第二条 要求', '正文。');
    expect(c.scheme.description).toBe('第X章 / 第X节 / 第X条 headings');
  });
});

describe('an outline text under 第X章 chapters', () => {
  const text = ['某县规划', '第一章 规划总则', '一、规划目的', '内容。', '二、规划依据', '（一）法律法规', '内容。', '第二章 发展目标', '一、目标定位', '内容。'];

  test('counts 一． and 一. as 一、 (as some texts print them)', () => {
    const dotted = text.map((t) => t.replace(/^([一二三四五六七八九十]+)、/, (_, n: string) => (n === '二' ? `${n}.` : `${n}．`)));
    expect(detect(...dotted).scheme.description).toBe('outline numbering under chapters: 第一章 / 一、 / （一）');
  });

  test('reads chapters, 一、 sections and （一） provisions when the 一、 start again in each chapter', () => {
    const c = detect(...text);
    expect(c.scheme.description).toBe('outline numbering under chapters: 第一章 / 一、 / （一）');
    expect(c.reason).toBe('2 第X章 headings over 3 headings numbered 一、 二、 …, and no 第X节 or 第X条: chapters, 一、 sections, （一） provisions');
    expect(c.scheme.match('第二章 发展目标')).toMatchObject({ kind: 'chapter', number: 2, printed: '第二章' });
    expect(c.scheme.match('一、目标定位')).toMatchObject({ kind: 'section', number: 1, printed: '一、' });
    expect(c.scheme.match('（二）政策文件')).toMatchObject({ kind: 'article', number: 2, printed: '（二）' });
    expect(c.scheme.match('1. 坚持生态优先。')).toBeNull();
    expect(c.scheme.match('第一节 目的')).toBeNull();
    expect([c.scheme.print('chapter', 3), c.scheme.print('section', 2), c.scheme.print('article', 4)]).toEqual(['第三章', '二、', '（四）']);
  });

  test('also with one chapter, and when --numbering outline is given', () => {
    expect(detect('某县规划', '第一章 总则', '一、目的', '内容。', '二、依据', '内容。').scheme.description).toBe('outline numbering under chapters: 第一章 / 一、 / （一）');
    expect(detectScheme(toLines(...text), noContents, 'outline').scheme.description).toBe('outline numbering under chapters: 第一章 / 一、 / （一）');
  });

  test('stays law when the 一、 run on through the chapters, or 第X条 are the provisions', () => {
    expect(detect('某县规划', '第一章 总则', '一、目的', '内容。', '第二章 目标', '二、定位', '内容。').scheme.description).toBe('第X章 / 第X节 / 第X条 headings');
    expect(detect(...text, '第一条 附则', '内容。').scheme.description).toBe('第X章 / 第X节 / 第X条 headings');
  });

  test('with a 第X节 among them, reads the 一、 as provisions instead (under sections, or a chapter without any)', () => {
    expect(detect(...text.slice(0, 2), '第一节 目的', ...text.slice(2)).scheme.description).toBe('outline provisions under chapters and sections: 第一章 / 第一节 / 一、');
  });
});

describe('outline provisions under 第X章 and 第X节', () => {
  const text = ['某县规划', '第一章 总则', '第一节 规划目的', '一、指导思想', '内容。', '二、基本原则', '内容。', '第二节 规划范围', '一、范围', '内容。'];

  test('read the 一、 as provisions numbered within their section', () => {
    const c = detect(...text);
    expect(c.scheme.description).toBe('outline provisions under chapters and sections: 第一章 / 第一节 / 一、');
    expect(c.reason).toBe('1 第X章 and 2 第X节 headings over 3 headings numbered 一、 二、 …, and no 第X条: the 一、 are provisions');
    expect(c.scheme.articles).toBe('local');
    expect(c.scheme.match('第二节 规划范围')).toMatchObject({ kind: 'section', number: 2, printed: '第二节' });
    expect(c.scheme.match('二、基本原则')).toMatchObject({ kind: 'article', number: 2, printed: '二、' });
    expect(c.scheme.match('（一）保护优先。')).toBeNull();
    expect(c.scheme.match('第一条 目的')).toBeNull();
    expect([c.scheme.print('chapter', 2), c.scheme.print('section', 3), c.scheme.print('article', 4)]).toEqual(['第二章', '第三节', '四、']);
    expect(detectScheme(toLines(...text), noContents, 'outline').scheme.description).toBe('outline provisions under chapters and sections: 第一章 / 第一节 / 一、');
  });

  test('stay law when the 一、 run on through the sections', () => {
    expect(detect('某县规划', '第一章 总则', '第一节 目的', '一、思想', '内容。', '第二节 范围', '二、范围', '内容。').scheme.description).toBe('第X章 / 第X节 / 第X条 headings');
  });
});

describe('decimal headings under 第一章 chapters (Chinese numerals)', () => {
  test('1.1 / 1.1.1 under 第一章 are sections and articles; the chapter is read by the decimal scheme as printed', () => {
    const c = detect('某县规划', '第一章 总则', '1.1 规划目的', '1.1.1 指导思想', '内容。', '1.1.2 基本原则', '内容。', '第二章 目标', '2.1 定位', '2.1.1 目标', '内容。');
    expect(c.scheme.description).toBe('decimal headings 1 / 1.1 / 1.1.1');
    expect(c.scheme.match('第二章 目标')).toMatchObject({ kind: 'chapter', number: 2, printed: '第二章', path: [2], separated: true });
    expect(c.scheme.match('第二章目标')).toBeNull();
    expect(c.scheme.match('第二节 目标')).toBeNull();
  });

  test('1.1 alone under 第一章 are the articles (two levels)', () => {
    const c = detect('某县规划', '第一章 总则', '1.1 规划目的', '内容。', '1.2 规划依据', '内容。', '第二章 目标', '2.1 定位', '内容。');
    expect(c.scheme.description).toBe('decimal headings 1 / 1.1');
    expect(c.reason).toBe('3 headings numbered like 1.1 under 2 第X章 headings, none like 1.1.1, and no 第X条');
    expect(c.scheme.match('1.2 规划依据')).toMatchObject({ kind: 'article', number: 2, printed: '1.2' });
  });
});

describe('decimal chapters written with a dot', () => {
  test('1. 总则 (or 1.总则, 2．目标) is a chapter where its first section or article follows', () => {
    const c = detect('某县规划', '1. 总则', '1.1 规划目的', '1.1.1 目的', '内容。', '1.1.2 依据', '内容。', '2．目标', '2.1 定位', '2.1.1 定位', '内容。');
    const lines = toLines('某县规划', '1. 总则', '1.1 规划目的', '1.1.1 目的', '内容。', '1.1.2 依据', '内容。', '2．目标', '2.1 定位', '2.1.1 定位', '内容。');
    expect(c.scheme.match(lines[1]!.text, lines[1])).toEqual({ kind: 'chapter', number: 1, numeral: '1', printed: '1', rest: ' 总则', separated: true, path: [1] });
    expect(c.scheme.match('2．目标')).toMatchObject({ kind: 'chapter', number: 2, path: [2] });
    expect(c.scheme.match('1.1 规划目的')).toMatchObject({ kind: 'section', path: [1, 1] });
  });

  test('1、总则 is a chapter the same way (review of 2026-12-02); a list item 1、… before a line that is not its N.1 is not', () => {
    const c = detect('某县规划', '1、总则', '1.1 规划目的', '1.1.1 目的', '内容：', '1、一核', '2、两轴', '2、规划目标', '2.1 定位', '2.1.1 定位', '内容。');
    expect(c.scheme.id).toBe('decimal');
    expect(c.scheme.match('1、总则')).toMatchObject({ kind: 'chapter', number: 1, path: [1] });
    expect(c.scheme.match('2、规划目标')).toMatchObject({ kind: 'chapter', number: 2, path: [2] });
    expect(c.scheme.match('1、一核')).toBeNull();
    expect(c.scheme.match('2、两轴')).toBeNull();
  });

  test('a list item 1. … is no chapter: the line after it is not its N.1', () => {
    const lines = toLines('某县规划', '1 总则', '1.1 规划目的', '1.1.1 目的', '构建格局：', '1. 一核', '2. 两轴', '1.1.2 依据', '内容。');
    const c = detectScheme(lines, noContents);
    expect(c.scheme.match(lines[4]!.text, lines[4])).toBeNull();
    expect(c.scheme.match('1. 一核')).toBeNull();
  });
});

describe('shapes the new schemes must not take (review of 2026-12-02)', () => {
  test('a law text whose 第X条 carry no space after the number, with 一、 lists in them, stays law', () => {
    const c = detect('某县规划', '第一章 总则', '第一条为了加强国土空间规划管理，制定本办法。', '第二条本办法适用于以下规划：', '一、总体规划', '二、详细规划', '第二章 编制', '第三条县自然资源主管部门负责组织编制：', '一、坚持生态优先', '二、坚持节约集约');
    expect(c.scheme.description).toBe('第X章 / 第X节 / 第X条 headings');
    expect(c.reason).toBe('2 第X章 headings and 3 第X条 headings at line starts');
  });

  test('第X章 / 第X节 with 1.1 headings stays law: the 第X节 are the sections', () => {
    expect(detect('某县规划', '第一章 总则', '第一节 规划目的', '1.1 指导思想', '内容。', '1.2 原则', '内容。', '第二节 规划范围', '1.3 规划范围', '内容。').scheme.description).toBe('第X章 / 第X节 / 第X条 headings');
  });

  test('a 1. list in a text whose chapters are written 1 总则 makes no dotted chapter, even before its N.1', () => {
    const lines = toLines('某县规划', '1 总则', '本章包括以下内容：', '1. 规划目的', '2. 规划范围', '1.1 规划目的', '1.1.1 指导思想', '坚持生态优先。', '1.2 规划范围', '1.2.1 范围', '县域全域。', '2 目标', '本章明确以下两个方面：', '1. 发展定位', '2. 发展目标', '2.1 发展定位', '2.1.1 定位', '建设生态宜居县城。');
    const c = detectScheme(lines, noContents);
    expect(c.scheme.match(lines[13]!.text, lines[13])).toBeNull();
  });

  test('一、 items announced by the line before (…包括：) are no headings of a text with 第X节', () => {
    const c = detect('某县规划', '第一章 总则', '第一节 目标', '规划目标包括：', '一、优化空间格局', '二、严守底线', '以上目标应当落实。', '第二节 任务', '主要任务包括：', '一、保护耕地', '二、修复生态', '以上任务应当落实。');
    expect(c.scheme.description).toBe('第X章 / 第X节 / 第X条 headings');
  });
});
