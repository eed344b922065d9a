/**
 * Phase 4 of the importer: the numbering checks (src/lib/import/numbering-checks.ts).
 * Each message must let the fix be made from the message alone: the heading
 * found, the one before it with its line, and the one expected.
 */
import { describe, expect, test } from 'vitest';
import { checkNumber, checkTree, type NumberContext } from '../../src/lib/import/numbering-checks.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';
import type { ParsedArticle, ParsedChapter, ParsedPlan, ParsedSection } from '../../src/lib/import/types.ts';

const law = SCHEMES.law;
const article = (ctx: Partial<NumberContext>): NumberContext => ({
  kind: 'article',
  n: 5,
  expected: 5,
  previous: { number: 4, line: 40 },
  duplicateOf: undefined,
  line: 50,
  text: '第五条 规划范围',
  ...ctx,
});

describe('a heading whose number is checked', () => {
  test('passes when it is the number expected', () => {
    expect(checkNumber(law, article({}))).toBeNull();
  });

  test('one past the expected number names the one missing, the heading before and both lines', () => {
    expect(checkNumber(law, article({ n: 6, text: '第六条 规划期限' }))).toEqual({
      severity: 'error',
      line: 50,
      message: 'gap in article numbering: expected 第五条, found 第六条 at line 50 after 第四条 at line 40 (第五条 missing)',
      text: '第六条 规划期限',
    });
  });

  test('further past the expected number names the range missing', () => {
    expect(checkNumber(law, article({ n: 8 }))?.message).toBe('gap in article numbering: expected 第五条, found 第八条 at line 50 after 第四条 at line 40 (第五条–第七条 missing)');
  });

  test('with no heading of its kind before it says it comes after the start', () => {
    expect(checkNumber(law, { kind: 'chapter', n: 2, expected: 1, previous: undefined, duplicateOf: undefined, line: 3, text: '第二章 总则' })?.message).toBe(
      'gap in chapter numbering: expected 第一章, found 第二章 at line 3 after the start (第一章 missing)',
    );
  });

  test('below the expected number is out of order, with the scope of a local sequence', () => {
    const d = checkNumber(law, { kind: 'section', n: 1, expected: 3, previous: { number: 2, line: 30 }, duplicateOf: undefined, line: 44, text: '第一节 现状', scope: ' in 第二章' });
    expect(d?.message).toBe('section numbers out of order: 第一节 at line 44 comes after 第二节 at line 30 in 第二章; expected 第三节');
  });

  test('twice the same number is a duplicate naming where it first stood', () => {
    const d = checkNumber(law, { kind: 'section', n: 2, expected: 3, previous: { number: 2, line: 30 }, duplicateOf: { number: 2, line: 30 }, line: 44, text: '第二节 现状', scope: ' in 第二章' });
    expect(d?.message).toBe('duplicate section number: 第二节 appears twice in 第二章 (first at line 30); expected 第三节 after 第二节 at line 30');
  });

  test('an article restarting at 1 is told to number through the whole plan; a chapter, that a part heading is missing or a number mistyped', () => {
    expect(checkNumber(law, article({ n: 1, text: '第一条 目的' }))?.message).toBe(
      'article numbers restart at 第一条 (after 第四条): number the articles through the whole plan (第一条 … 第五条…), as the content model and citations require',
    );
    expect(checkNumber(law, { kind: 'chapter', n: 1, expected: 3, previous: { number: 2, line: 20 }, duplicateOf: undefined, line: 90, text: '第一章 总则' })?.message).toBe(
      'chapter numbers restart at 第一章 (after 第二章) with no part heading (第二篇, 第二部分) right before it: if the text is in parts, a part heading is missing there or lost its number; otherwise a chapter heading is mistyped',
    );
  });

  test('a decimal or outline article at 1 among its siblings is a duplicate or out of order, not a restart: those articles count within their section', () => {
    const decimal = SCHEMES.decimal;
    const dup = checkNumber(decimal, { kind: 'article', n: 1, expected: 2, previous: { number: 1, line: 8 }, duplicateOf: { number: 1, line: 8 }, line: 10, text: '1.2.1 重复', scope: ' in 1.2' });
    expect(dup?.message).toBe('duplicate article number: article 1 appears twice in 1.2 (first at line 8); expected article 2 after article 1 at line 8');
    // Told the part it stands in and its own printed number, a decimal number prints as its path.
    const inSection = checkNumber(decimal, { kind: 'article', n: 1, expected: 2, previous: { number: 3, line: 6, printed: '1.1.3' }, duplicateOf: undefined, line: 10, text: '1.2.1 甲', scope: ' in 1.2', within: '1.2', found: '1.2.1' });
    expect(inSection?.message).toBe('article numbers out of order: 1.2.1 at line 10 comes after 1.1.3 at line 6 in 1.2; expected 1.2.2');
    expect(checkNumber(decimal, { kind: 'section', n: 3, expected: 2, previous: undefined, duplicateOf: undefined, line: 4, text: '1.3 乙', within: '1' })?.message).toBe(
      'gap in section numbering: expected 1.2, found 1.3 at line 4 after the start (1.2 missing)',
    );
    expect(checkNumber(decimal, { kind: 'article', n: 1, expected: 3, previous: { number: 2, line: 8 }, duplicateOf: undefined, line: 10, text: '1.2.1 甲' })?.message).toMatch(/^article numbers out of order/);
  });

  test('a section restarting at 1 is out of order, not a restart: sections count within their chapter', () => {
    const d = checkNumber(law, { kind: 'section', n: 1, expected: 3, previous: { number: 2, line: 30 }, duplicateOf: undefined, line: 44, text: '第一节 现状' });
    expect(d?.message).toMatch(/^section numbers out of order/);
  });

  test('keeps the offending text whole up to 60 characters and cuts a longer one with …', () => {
    const sixty = '第六条' + '甲'.repeat(57);
    expect(checkNumber(law, article({ n: 6, text: sixty }))?.text).toBe(sixty);
    expect(checkNumber(law, article({ n: 6, text: `${sixty}乙` }))?.text).toBe(`${sixty}…`);
  });
});

const articleOf = (number: number, title: string, blocks = 1): ParsedArticle => ({
  number,
  title,
  line: number * 10,
  blocks: Array.from({ length: blocks }, () => ({ kind: 'paragraph' as const, text: '严格落实。', line: number * 10 + 1 })),
});
const sectionOf = (number: number, title: string, articles: ParsedArticle[]): ParsedSection => ({ number, title, lead: [], articles, line: number * 100 });
const chapterOf = (number: number, title: string, sections: ParsedSection[], articles: ParsedArticle[] = []): ParsedChapter => ({ number, title, lead: [], articles, sections, line: number * 1000 });
const plan = (chapters: ParsedChapter[]): ParsedPlan => ({ title: '某县国土空间总体规划', chapters, parts: [], diagnostics: [] });

describe('the checks over the whole tree', () => {
  test('find nothing in a plan whose chapters, sections and articles all hold something', () => {
    const p = plan([chapterOf(1, '总则', [], [articleOf(1, '目的')]), chapterOf(2, '格局', [sectionOf(1, '三线', [articleOf(2, '')])])]);
    expect(checkTree(p, law, true, 0)).toEqual([]);
  });

  test('without chapters say the scheme read and how to choose another', () => {
    expect(checkTree(plan([]), law, false, 0)).toEqual([
      { severity: 'error', line: null, message: 'no chapters: the text read as 第X章 / 第X节 / 第X条 headings has no chapter heading at a line start (pass --numbering to choose another scheme)' },
    ]);
  });

  test('without chapters report the problem of the scheme choice when there is one', () => {
    expect(checkTree(plan([]), law, false, 0, 'no numbering scheme fits: …')).toEqual([{ severity: 'error', line: null, message: 'no numbering scheme fits: …' }]);
  });

  test('without chapters in a Word file count its headings and explain automatic numbering', () => {
    const [d] = checkTree(plan([]), law, false, 12, 'ignored when Word headings are counted');
    expect(d?.message).toMatch(/^no chapters: none of the 12 Word headings starts with 第X章 \(if the chapters are numbered automatically by Word/);
  });

  test('warn once when chapters hold paragraphs only, naming the scheme', () => {
    const p = plan([chapterOf(1, '总则', [sectionOf(1, '目的', [])])]);
    expect(checkTree(p, law, false, 0)).toEqual([{ severity: 'warning', line: null, message: 'no articles found (第X章 / 第X节 / 第X条 headings): the chapters and sections hold paragraphs only' }]);
  });

  test('warn about a chapter with neither sections nor articles, at its line', () => {
    const p = plan([chapterOf(1, '总则', [], [articleOf(1, '目的')]), chapterOf(2, '附则', [])]);
    expect(checkTree(p, law, true, 0)).toEqual([{ severity: 'warning', line: 2000, message: '第二章 附则 has no sections and no articles' }]);
  });

  test('warn about a section without articles, naming its chapter and whether its text is kept, only when the plan has articles', () => {
    const withText = { ...sectionOf(3, '用途', []), lead: [{ kind: 'paragraph' as const, text: '用途管制。', line: 301 }] };
    const p = plan([chapterOf(3, '格局', [sectionOf(1, '三线', [articleOf(1, '红线')]), sectionOf(2, '分区', []), withText])]);
    expect(checkTree(p, law, true, 0)).toEqual([
      { severity: 'warning', line: 200, message: '第二节 分区 of 第三章 has no articles and no text' },
      { severity: 'warning', line: 300, message: '第三节 用途 of 第三章 has no articles: its text is kept as the section\'s own, cited by the section' },
    ]);
  });

  test('report an article without text as an error with its heading, in a chapter or a section', () => {
    const p = plan([chapterOf(1, '总则', [], [articleOf(1, '目的', 0)]), chapterOf(2, '格局', [sectionOf(1, '三线', [articleOf(2, '', 0)])])]);
    expect(checkTree(p, law, true, 0)).toEqual([
      { severity: 'error', line: 10, message: '第一条 has no text', text: '第一条 目的' },
      { severity: 'error', line: 20, message: '第二条 has no text', text: '第二条' },
    ]);
  });
});
