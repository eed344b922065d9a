/** Links to bookmarks in the same file (pandoc's Markdown of a Word 目录): their text kept (src/lib/import/debris.ts). They made the 目录 an untitled 前言. */
import { describe, expect, test } from 'vitest';
import { removeConverterDebris } from '../../src/lib/import/debris.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';

describe('links to bookmarks', () => {
  test('keep their text, nested ones too, and are counted; a link elsewhere stays', () => {
    const { lines, count } = removeConverterDebris([
      '[第一章 总则 [1](#_Toc1001)](#_Toc1001)',
      '见[第十八条](#a18)和[规划网站](https://example.org/)。',
    ]);
    expect(lines).toEqual(['第一章 总则 1', '见第十八条和[规划网站](https://example.org/)。']);
    expect(count.links).toBe(3);
  });

  test('so a 目录 written as links is read as a 目录, not kept as a part before chapter 1', () => {
    const toc = ['目录', '', '[第一章 总则 [1](#_Toc1001)](#_Toc1001)', '', '[第二章 目标 [2](#_Toc1003)](#_Toc1003)', ''];
    const body = ['第一章 总则', '第一条 规划目的', '编制本规划。', '第二章 目标', '第二条 目标', '以批复文本为准。'];
    const { lines, diagnostics } = textToLines(['某县国土空间总体规划', '', ...toc, ...body].join('\n'));
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('4 link(s) to bookmarks such as [第一章 总则 1](#_Toc…), their text kept');
    const plan = parsePlan(lines);
    expect(plan.parts).toEqual([]);
    expect(plan.chapters.map((c) => c.title)).toEqual(['总则', '目标']);
  });
});
