/**
 * Chapter and section titles a PDF export wrapped onto the next line
 * (src/lib/import/heading-wrap.ts): when the end is read into the title,
 * and when the short line stays text of its own.
 */
import { describe, expect, test } from 'vitest';
import { headingContinuation, LONG_HEADING, type HeadingWrapContext } from '../../src/lib/import/heading-wrap.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';
import type { SourceLine } from '../../src/lib/import/types.ts';

const LONG = '第二章 构建安全韧性、绿色低碳、特色鲜明的国土空间开发保护';

function context(text: string, o: { wrapWidth?: number; exact?: number[]; taken?: number[]; end?: number } = {}): HeadingWrapContext {
  const lines: SourceLine[] = textToLines(text).lines;
  for (const n of o.exact ?? []) lines[n - 1]!.exact = true;
  return {
    lines,
    layout: { indentMeaningful: false, wrapWidth: o.wrapWidth ?? 0 },
    isHeading: (l) => !!SCHEMES.law.match(l.text, l),
    taken: (k) => (o.taken ?? []).includes(k + 1),
    end: o.end ?? lines.length,
  };
}

const title = (line: string) => line.replace(/^第\S+\s*/, '');
/** The 1-based line found, or 0. */
const found = (text: string, o: Parameters<typeof context>[1] = {}) => headingContinuation(context(text, o), 0, title(text.split('\n')[0]!)) + 1;

describe('headingContinuation', () => {
  test('takes a short line under a long heading that stands alone before a blank line, a heading or the end', () => {
    expect([...LONG].length).toBeGreaterThanOrEqual(LONG_HEADING);
    expect(found(`${LONG}\n新格局\n\n第一条 目的`)).toBe(2);
    expect(found(`${LONG}\n新格局\n第一条 目的`)).toBe(2);
    expect(found(`${LONG}\n新格局`)).toBe(2);
  });

  test('leaves a line followed by more text, a sentence, a long line, a heading or a 专栏', () => {
    expect(found(`${LONG}\n新格局\n本章规定格局。`)).toBe(0);
    expect(found(`${LONG}\n新格局。\n\n第一条 目的`)).toBe(0);
    expect(found(`${LONG}\n（一）总体要求\n\n第一条 目的`)).toBe(0);
    expect(found(`${LONG}\n第一节 总体格局\n\n第一条 目的`)).toBe(0);
    expect(found(`${LONG}\n专栏1 重点项目\n\n第一条 目的`)).toBe(0);
    expect(found(`${LONG}\n这一行比较长已经超过了十五个字的长度限制\n\n第一条 目的`)).toBe(0);
  });

  test('needs a blank-free break: a blank line between the two keeps them apart', () => {
    expect(found(`${LONG}\n\n新格局\n\n第一条 目的`)).toBe(0);
  });

  test('without a wrap width, needs a long heading line and a shorter rest', () => {
    expect(found('第二章 国土空间开发保护格局\n总体要求\n\n第一条 目的')).toBe(0);
  });

  test('with a wrap width, needs the heading line to fill it', () => {
    expect(found(`${LONG}\n新格局\n\n第一条 目的`, { wrapWidth: 30 })).toBe(2);
    expect(found(`${LONG}\n新格局\n\n第一条 目的`, { wrapWidth: 36 })).toBe(0);
    expect(found('第二章 国土空间格局\n新格局\n\n第一条 目的', { wrapWidth: 11 })).toBe(2);
  });

  test('never joins Word paragraphs, lines taken already, or the appendix', () => {
    expect(found(`${LONG}\n新格局\n\n第一条 目的`, { exact: [1] })).toBe(0);
    expect(found(`${LONG}\n新格局\n\n第一条 目的`, { exact: [2] })).toBe(0);
    expect(found(`${LONG}\n新格局\n\n第一条 目的`, { taken: [2] })).toBe(0);
    expect(found(`${LONG}\n新格局\n\n第一条 目的`, { end: 1 })).toBe(0);
  });
});

describe('in a whole import', () => {
  const text = [
    '某县国土空间总体规划',
    '第一章 总则',
    '第一条 目的',
    '为落实国家战略，制定本规划。',
    LONG,
    '新格局',
    '',
    '第一节 统筹划定落实生态保护红线、永久基本农田和城镇开发边',
    '界三条控制线',
    '第二条 生态保护红线',
    '生态保护红线内严格管控。',
  ].join('\n');

  test('chapter and section titles are whole, each join said in a warning with its line', () => {
    const plan = parsePlan(textToLines(text).lines);
    const c = plan.chapters[1]!;
    expect(c.title).toBe('构建安全韧性、绿色低碳、特色鲜明的国土空间开发保护新格局');
    expect(c.lead).toEqual([]);
    expect(c.sections[0]!.title).toBe('统筹划定落实生态保护红线、永久基本农田和城镇开发边界三条控制线');
    expect(c.sections[0]!.lead).toEqual([]);
    expect(plan.diagnostics.filter((d) => d.message.includes('end of its title')).map((d) => d.line)).toEqual([6, 9]);
  });

  test('as Word paragraphs, the end stays the opening paragraph, and the warning says it may end the heading', () => {
    const lines = textToLines(text).lines.map((l) => ({ ...l, exact: true }));
    const plan = parsePlan(lines);
    expect(plan.chapters[1]!.sections[0]!.title).toBe('统筹划定落实生态保护红线、永久基本农田和城镇开发边');
    const w = plan.diagnostics.find((d) => d.line === 9)!;
    expect(w.message).toContain('if it ends the heading on line 8, join it to that line');
  });
});
