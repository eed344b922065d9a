import { describe, expect, it } from 'vitest';
import {
  bodyStartLine,
  buildPlanModel,
  buildPlanModelOrThrow,
  findArticle,
  formatArticleHeading,
  locationFromPath,
  orderVersions,
  parseArticleHeading,
  parseArticles,
  PlanContentError,
  articleParagraphCount,
  toPlainText,
  type ContentFile,
  type ContentProblem,
  type VersionFiles,
} from '../../src/lib/plan-model.ts';
import { chapterSchema, sectionSchema, versionSchema, type ChapterData, type SectionData } from '../../src/lib/schemas.ts';

// ---------------------------------------------------------------------------
// In-memory versions. The valid one mirrors tests/fixtures/mini: chapter 1 with
// sections 1.1 (articles 1–2) and 1.2 (3), chapter 2 without sections holding
// articles 4–5 itself, chapter 3 with section 3.1 (6).

const pad = (n: number) => String(n).padStart(2, '0');

function meta(over: Record<string, unknown> = {}) {
  return versionSchema.parse({
    id: 'v1',
    title: '示例县国土空间总体规划（2021—2035年）',
    label: '测试稿',
    date: '2026-01-01',
    stage: '整理稿',
    status: 'current',
    basis: '测试用',
    expect: { chapters: 3, sections: 3 },
    ...over,
  });
}

/** Markdown with one `## 第X条` heading per number. */
function bodyOf(numbers: number[], title = (n: number) => (n % 2 ? `标题${n}` : '')): string {
  return numbers.map((n) => `## ${formatArticleHeading({ number: n, title: title(n) })}\n\n第${n}条的正文。`).join('\n\n');
}

const refs = (numbers: number[]) => numbers.map((n) => ({ number: n, key: String(n) }));

function chapter(n: number, articles: number[] = [], over: Record<string, unknown> = {}, file?: string): ContentFile<ChapterData> {
  return {
    file: file ?? `content/plan/v1/${pad(n)}/index.mdx`,
    data: chapterSchema.parse({ version: 'v1', chapter: n, title: `第${n}章标题`, sources: articles.length ? ['N4'] : [], articles: refs(articles), ...over }),
    body: bodyOf(articles),
  };
}

function section(c: number, s: number, articles: number[], over: Record<string, unknown> = {}, file?: string): ContentFile<SectionData> {
  return {
    file: file ?? `content/plan/v1/${pad(c)}/${pad(s)}.mdx`,
    data: sectionSchema.parse({ version: 'v1', chapter: c, section: s, title: `${c}.${s}节标题`, sources: ['N1'], articles: refs(articles), ...over }),
    body: bodyOf(articles),
  };
}

function valid(): VersionFiles {
  return {
    version: { file: 'content/plan/v1/_version.yaml', data: meta() },
    chapters: [chapter(1), chapter(2, [4, 5]), chapter(3)],
    sections: [section(1, 1, [1, 2]), section(1, 2, [3]), section(3, 1, [6])],
  };
}

function problemsOf(input: VersionFiles): ContentProblem[] {
  const { model, problems } = buildPlanModel(input);
  if (problems.length) expect(model).toBeUndefined();
  return problems;
}

/** The one problem reported for `file`, checked to carry a message and a fix. */
function only(problems: ContentProblem[], file: string): ContentProblem {
  const mine = problems.filter((p) => p.file === file);
  expect(mine, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return mine[0]!;
}

// ---------------------------------------------------------------------------

describe('buildPlanModel on a valid version', () => {
  it('assembles chapters, sections and articles in reading order with no problems', () => {
    const { model, problems } = buildPlanModel(valid());
    expect(problems).toEqual([]);
    expect(model!.chapters.map((c) => [c.chapter, c.sections.map((s) => s.section), c.articles.map((a) => a.number)])).toEqual([
      [1, [1, 2], []],
      [2, [], [4, 5]],
      [3, [1], []],
    ]);
    expect(model!.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('places each article in its chapter and section, with title, body, key, file and heading line', () => {
    const model = buildPlanModelOrThrow(valid());
    const a1 = findArticle(model, 1)!;
    expect(a1).toMatchObject({ number: 1, key: '1', title: '标题1', body: '第1条的正文。', chapter: 1, section: 1, file: 'content/plan/v1/01/01.mdx', line: 1 });
    expect(findArticle(model, 2)).toMatchObject({ title: '', line: 5 });
    expect(findArticle(model, 4)).toMatchObject({ chapter: 2, section: undefined, file: 'content/plan/v1/02/index.mdx' });
    expect(findArticle(model, 7)).toBeUndefined();
  });

  it('takes keys and former numbers from the frontmatter, not from the number', () => {
    const input = valid();
    input.sections[1] = section(1, 2, [3], { articles: [{ number: 3, key: 'v1-3', from: 2 }] });
    const model = buildPlanModelOrThrow(input);
    expect(findArticle(model, 3)).toMatchObject({ key: 'v1-3', from: 2 });
  });

  it('sorts files given in any order', () => {
    const input = valid();
    input.chapters.reverse();
    input.sections.reverse();
    const model = buildPlanModelOrThrow(input);
    expect(model.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('finds an article even when the list is not indexed by number', () => {
    const model = buildPlanModelOrThrow(valid());
    const shifted = { ...model, articles: model.articles.slice(2) };
    expect(findArticle(shifted, 4)!.number).toBe(4);
  });
});

describe('buildPlanModel: chapters', () => {
  it('reports a chapter defined twice, naming both files', () => {
    const input = valid();
    const twin = chapter(2, [], { title: '重复' }, 'content/plan/v1/02/index.md');
    input.chapters.push(twin);
    const p = only(problemsOf(input), twin.file);
    expect(p.message).toBe('chapter 2 is defined twice (also in content/plan/v1/02/index.mdx)');
    expect(p.fix).toBe('give each chapter its own number');
  });

  it('reports a missing chapter once, on the chapter after the gap, with the number to use', () => {
    const input: VersionFiles = {
      version: { file: 'content/plan/v1/_version.yaml', data: meta({ expect: { chapters: 4, sections: 0 } }) },
      chapters: [chapter(1, [1]), chapter(2, [2]), chapter(4, [3]), chapter(5, [4])],
      sections: [],
    };
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/plan/v1/04/index.mdx',
      message: 'chapter 4 follows chapter 2: chapters must run 1, 2, 3… without gaps',
      fix: 'renumber it to 3 or add the missing chapter',
    });
  });

  it('reports chapters that do not start at 1', () => {
    const input: VersionFiles = {
      version: { file: 'content/plan/v1/_version.yaml', data: meta({ expect: { chapters: 1, sections: 0 } }) },
      chapters: [chapter(2, [1])],
      sections: [],
    };
    expect(only(problemsOf(input), 'content/plan/v1/02/index.mdx')).toMatchObject({
      message: 'chapter 2 follows no chapter: chapters must run 1, 2, 3… without gaps',
      fix: 'renumber it to 1 or add the missing chapter',
    });
  });

  it('reports a chapter whose frontmatter number differs from its folder', () => {
    const input = valid();
    input.chapters[2] = chapter(3, [], {}, 'content/plan/v1/07/index.mdx');
    expect(only(problemsOf(input), 'content/plan/v1/07/index.mdx')).toEqual({
      file: 'content/plan/v1/07/index.mdx',
      line: undefined,
      message: 'frontmatter says chapter 3 but the folder is chapter 7',
      fix: 'make the folder name and `chapter` agree (folders are two-digit chapter numbers)',
    });
  });

  it('reports a chapter that has sections and also articles of its own', () => {
    const input = valid();
    // Chapter 1 keeps sections 1.1–1.2 and gets article 1 itself; the sections then hold 2–3.
    input.chapters[0] = chapter(1, [1]);
    input.sections[0] = section(1, 1, [2]);
    input.sections[1] = section(1, 2, [3]);
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/plan/v1/01/index.mdx',
      message: 'chapter 1 has sections and also articles of its own',
      fix: 'move the articles into a section, or remove the sections',
    });
  });

  it('reports a compiled chapter that holds articles but lists no sources', () => {
    const input = valid();
    input.chapters[1] = chapter(2, [4, 5], { sources: [] });
    expect(only(problemsOf(input), 'content/plan/v1/02/index.mdx')).toMatchObject({
      message: 'this chapter holds articles but lists no `sources`',
      fix: 'list the sources it draws on (N1–N4, T<yyyy-mm>, F<n>)',
    });
  });
});

describe('buildPlanModel: sections', () => {
  it('reports a section defined twice in a chapter, naming both files', () => {
    const input = valid();
    const twin = section(1, 2, [], {}, 'content/plan/v1/01/02.md');
    input.sections.push(twin);
    const p = only(problemsOf(input), twin.file);
    expect(p.message).toBe('section 1.2 is defined twice (also in content/plan/v1/01/02.mdx)');
    expect(p.fix).toBe('give each section of a chapter its own number');
  });

  it('reports a missing section once, on the section after the gap', () => {
    const input = valid();
    input.version.data = meta({ expect: { chapters: 3, sections: 4 } });
    input.sections = [section(1, 1, [1]), section(1, 3, [2]), section(1, 4, [3]), section(3, 1, [6])];
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/plan/v1/01/03.mdx',
      message: 'section 1.3 follows section 1.1: sections must run 1, 2, 3… within a chapter',
      fix: 'renumber it to 2 or add the missing section',
    });
  });

  it('reports sections that do not start at 1', () => {
    const input = valid();
    input.sections[2] = section(3, 2, [6]);
    expect(only(problemsOf(input), 'content/plan/v1/03/02.mdx')).toMatchObject({
      message: 'section 3.2 follows the chapter start: sections must run 1, 2, 3… within a chapter',
      fix: 'renumber it to 1 or add the missing section',
    });
  });

  it('reports a section whose frontmatter number differs from its file name', () => {
    const input = valid();
    input.sections[1] = section(1, 2, [3], {}, 'content/plan/v1/01/05.mdx');
    expect(only(problemsOf(input), 'content/plan/v1/01/05.mdx')).toMatchObject({
      message: 'frontmatter says section 2 but the file name is section 5',
      fix: 'make the file name and `section` agree (two-digit section numbers)',
    });
  });

  it('reports a section in a chapter that has no index.mdx, saying which file to add', () => {
    const input = valid();
    input.version.data = meta({ expect: { chapters: 3, sections: 4 } });
    input.sections.push(section(4, 1, [7]));
    const problems = problemsOf(input);
    expect(only(problems, 'content/plan/v1/04/01.mdx')).toMatchObject({
      message: 'section 1 belongs to chapter 4, which has no index.mdx',
      fix: 'add plan/v1/04/index.mdx with the chapter title',
    });
  });

  it('reports a compiled-edition (整理稿) section without sources', () => {
    const input = valid();
    input.sections[2] = section(3, 1, [6], { sources: [] });
    expect(only(problemsOf(input), 'content/plan/v1/03/01.mdx')).toMatchObject({
      message: 'this compiled edition (整理稿) section lists no `sources`',
      fix: 'list the drafting-notes parts (N1–N4, T<yyyy-mm>) and facts (F<n>) it draws on',
    });
  });

  it('does not ask a received text (公示稿) for sources', () => {
    const input = valid();
    input.version.data = meta({ stage: '公示稿' });
    input.sections[2] = section(3, 1, [6], { sources: [] });
    input.chapters[1] = chapter(2, [4, 5], { sources: [] });
    expect(problemsOf(input)).toEqual([]);
  });
});

describe('buildPlanModel: version and folder', () => {
  it('reports a file whose frontmatter version differs from its version folder', () => {
    const input = valid();
    input.sections[1] = section(1, 2, [3], { version: 'v2' });
    expect(only(problemsOf(input), 'content/plan/v1/01/02.mdx')).toMatchObject({
      message: 'frontmatter says version "v2" but the file is in the folder of version "v1"',
      fix: 'set `version: v1`',
    });
  });

  it('reports a file put into another version folder although its frontmatter names this version', () => {
    // What the content collections produce: files are grouped by their frontmatter `version`.
    const input = valid();
    input.chapters[2] = chapter(3, [], {}, 'content/plan/v9/03/index.mdx');
    expect(only(problemsOf(input), 'content/plan/v9/03/index.mdx')).toMatchObject({
      message: 'frontmatter says version "v1" but the file is in the folder of version "v9"',
      fix: 'set `version: v9`',
    });
  });

  it('reports a _version.yaml whose id differs from its folder', () => {
    const input = valid();
    input.version.file = 'content/plan/ed7/_version.yaml';
    expect(only(problemsOf(input), 'content/plan/ed7/_version.yaml')).toMatchObject({
      message: 'id "v1" does not match the folder "ed7"',
      fix: 'set `id: ed7` or rename the folder',
    });
  });

  it('checks the frontmatter version against the version id when file names carry no folder', () => {
    const input = valid();
    input.sections[0] = { ...section(1, 1, [1, 2], { version: 'v2' }), file: 'memory-section' };
    expect(only(problemsOf(input), 'memory-section').fix).toBe('set `version: v1`');
  });
});

describe('buildPlanModel: articles', () => {
  it('reports a missing article once, at the article after the gap, with its line', () => {
    const input = valid();
    input.sections[1] = section(1, 2, [4]);
    input.chapters[1] = chapter(2, [5, 6]);
    input.sections[2] = section(3, 1, [7]);
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      file: 'content/plan/v1/01/02.mdx',
      line: 1,
      message: 'article 4 (第四条) stands where article 3 should: articles are numbered through the whole plan without gaps or repeats',
      fix: 'renumber it to 第三条, or add the missing article (fix the plan text and re-import)',
    });
  });

  it('reports a repeated article number', () => {
    const input = valid();
    input.sections[0] = section(1, 1, [1, 2]);
    input.sections[1] = section(1, 2, [2, 3], { articles: [{ number: 2, key: 'v1-2' }, { number: 3, key: '3' }] });
    input.chapters[1] = chapter(2, [4, 5]);
    const problems = problemsOf(input).filter((p) => /stands where/.test(p.message));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/plan/v1/01/02.mdx', line: 1, message: expect.stringContaining('article 2 (第二条) stands where article 3 should') });
  });

  it('reports articles that do not start at 1', () => {
    const input = valid();
    input.sections[0] = section(1, 1, [2]);
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/plan/v1/01/01.mdx', message: expect.stringContaining('article 2 (第二条) stands where article 1 should') });
  });

  it('reports a body whose article headings differ from the frontmatter `articles` list', () => {
    const input = valid();
    input.sections[0] = { ...section(1, 1, [1, 2]), data: section(1, 1, [1]).data };
    expect(only(problemsOf(input), 'content/plan/v1/01/01.mdx')).toMatchObject({
      message: 'the body has articles [1, 2] but frontmatter `articles` lists [1]',
      fix: 'list every `## 第X条` heading of the body in `articles`, in order (re-run the importer)',
    });
  });

  it('reports the frontmatter `articles` list in another order than the body', () => {
    const input = valid();
    input.sections[0] = { ...section(1, 1, [1, 2]), data: section(1, 1, [2, 1]).data };
    expect(only(problemsOf(input), 'content/plan/v1/01/01.mdx').message).toBe('the body has articles [1, 2] but frontmatter `articles` lists [2, 1]');
  });

  it('reports an article key used twice, naming both articles', () => {
    const input = valid();
    input.sections[2] = section(3, 1, [6], { articles: [{ number: 6, key: '3' }] });
    expect(only(problemsOf(input), 'content/plan/v1/03/01.mdx')).toEqual({
      file: 'content/plan/v1/03/01.mdx',
      line: 1,
      message: 'article key "3" of 第六条 is also used by 第三条',
      fix: 'keys must be unique within a version (re-run the importer with --previous)',
    });
  });
});

describe('problem lines', () => {
  it('are file lines when the file says where its body starts', () => {
    const input = valid();
    input.sections[2] = { ...section(3, 1, [6], { articles: [{ number: 6, key: '3' }] }), bodyLine: 10 };
    expect(only(problemsOf(input), 'content/plan/v1/03/01.mdx').line).toBe(10);
    expect(buildPlanModelOrThrow({ ...valid(), sections: [{ ...section(1, 1, [1, 2]), bodyLine: 8 }, ...valid().sections.slice(1)] }).articles[1]!.line).toBe(12);
  });

  it('are found by bodyStartLine for bodies cut whole or trimmed from the file', () => {
    const text = '---\ntitle: 甲\n---\n\n## 第一条\n\n正文。\n';
    expect(bodyStartLine(text, '\n## 第一条\n\n正文。\n')).toBe(4);
    expect(bodyStartLine(text, '## 第一条\n\n正文。')).toBe(5);
    expect(bodyStartLine(text, '不在文中')).toBe(1);
    expect(bodyStartLine(text, '')).toBe(1);
  });
});

describe('buildPlanModel: declared counts', () => {
  it('reports chapter and section counts that differ from `expect`, on _version.yaml', () => {
    const input = valid();
    input.version.data = meta({ expect: { chapters: 14, sections: 46 } });
    expect(only(problemsOf(input), 'content/plan/v1/_version.yaml')).toMatchObject({
      message: 'the version declares 14 chapters and 46 sections but the content has 3 chapters and 3 sections',
      fix: 'import the missing files, or correct `expect` in _version.yaml',
    });
  });

  it('reports a section count alone being off', () => {
    const input = valid();
    input.version.data = meta({ expect: { chapters: 3, sections: 2 } });
    expect(only(problemsOf(input), 'content/plan/v1/_version.yaml').message).toContain('3 chapters and 3 sections');
  });
});

describe('buildPlanModel collects every problem', () => {
  it('reports problems in several files at once and throws them together', () => {
    const input = valid();
    input.sections[2] = section(3, 1, [6], { sources: [] });
    input.chapters[1] = chapter(2, [4, 5], { sources: [] });
    input.version.data = meta({ expect: { chapters: 3, sections: 9 } });
    expect(problemsOf(input).map((p) => p.file).sort()).toEqual([
      'content/plan/v1/02/index.mdx',
      'content/plan/v1/03/01.mdx',
      'content/plan/v1/_version.yaml',
    ]);
    let thrown: unknown;
    try {
      buildPlanModelOrThrow(input);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PlanContentError);
    const err = thrown as PlanContentError;
    expect(err.problems).toHaveLength(3);
    expect(err.name).toBe('PlanContentError');
    expect(err.message).toMatch(/^The plan content has 3 problem\(s\):/);
    expect(err.message).toContain('content/plan/v1/03/01.mdx: this compiled edition (整理稿) section lists no `sources`\n    fix: list the drafting-notes parts');
  });

  it('writes file:line in the error message when the line is known', () => {
    const input = valid();
    input.sections[2] = section(3, 1, [6], { articles: [{ number: 6, key: '3' }] });
    expect(() => buildPlanModelOrThrow(input)).toThrow('content/plan/v1/03/01.mdx:1: article key "3"');
  });
});

// ---------------------------------------------------------------------------

describe('parseArticleHeading', () => {
  it('reads the number and the title', () => {
    expect(parseArticleHeading('第十八条 生态保护红线')).toEqual({ number: 18, title: '生态保护红线' });
    expect(parseArticleHeading('第一百零二条 附则')).toEqual({ number: 102, title: '附则' });
  });

  it('reads a heading without a title as an empty title', () => {
    expect(parseArticleHeading('第十九条')).toEqual({ number: 19, title: '' });
    expect(parseArticleHeading('  第十九条  ')).toEqual({ number: 19, title: '' });
  });

  it('accepts an ideographic space between number and title', () => {
    expect(parseArticleHeading('第二条\u3000适用范围')).toEqual({ number: 2, title: '适用范围' });
  });

  it('does not take chapters, sections, zero or a title glued to the number for articles', () => {
    for (const text of ['第四章 国土空间开发保护格局', '第二节 三条控制线', '第零条', '第十八条生态保护红线', '十八条', '附则', '']) {
      expect(parseArticleHeading(text), text).toBeNull();
    }
  });

  it('reads 第18条 as article 18 and keeps the number as printed (issue 11)', () => {
    expect(parseArticleHeading('第18条 生态')).toEqual({ number: 18, title: '生态', printed: '第18条' });
    expect(formatArticleHeading({ number: 18, title: '生态', printed: '第18条' })).toBe('第18条 生态');
    // A decimal number printed in full-width digits is read back as the importer wrote it.
    expect(parseArticleHeading('１．２．３ 规划目的')).toEqual({ number: 0, title: '规划目的', printed: '１．２．３' });
    // …and one that mixes them, ASCII digits with full-width dots, as converters print it.
    expect(parseArticleHeading('1．1 规划目的')).toEqual({ number: 0, title: '规划目的', printed: '1．1' });
  });
});

describe('formatArticleHeading', () => {
  it('writes 第十八条 and a title after one space, or the number alone', () => {
    expect(formatArticleHeading({ number: 18, title: '生态保护红线' })).toBe('第十八条 生态保护红线');
    expect(formatArticleHeading({ number: 19, title: '' })).toBe('第十九条');
  });

  it('round-trips through parseArticleHeading', () => {
    for (const h of [{ number: 1, title: '目的' }, { number: 110, title: '' }, { number: 1010, title: '附 则' }]) {
      expect(parseArticleHeading(formatArticleHeading(h))).toEqual(h);
    }
  });
});

describe('parseArticles', () => {
  it('splits a body at level-2 article headings and keeps the lead apart', () => {
    const body = '本节导言。\n\n## 第一条 目的\n\n第一段。\n\n（一）甲；\n\n## 第二条\n\n第二段。\n';
    const { lead, articles } = parseArticles(body);
    expect(lead).toBe('本节导言。');
    expect(articles).toEqual([
      { number: 1, title: '目的', body: '第一段。\n\n（一）甲；', line: 3 },
      { number: 2, title: '', body: '第二段。', line: 9 },
    ]);
  });

  it('keeps other headings, level-3 article-like headings and tables inside the article body', () => {
    const body = '## 第一条\n\n### 第二条 not an article\n\n## 附表\n\n| a | b |\n| --- | --- |\n| 1 | 2 |';
    const { articles } = parseArticles(body);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.body).toBe('### 第二条 not an article\n\n## 附表\n\n| a | b |\n| --- | --- |\n| 1 | 2 |');
  });

  it('reads CRLF line ends and closing hashes', () => {
    const { articles } = parseArticles('## 第一条 目的 ##\r\n\r\n正文。\r\n## 第二条\r\n乙');
    expect(articles.map((a) => [a.number, a.title, a.body, a.line])).toEqual([
      [1, '目的', '正文。', 1],
      [2, '', '乙', 4],
    ]);
  });

  it('finds no articles in a body without article headings', () => {
    expect(parseArticles('只有导言。\n\n##第一条 no space is not a heading')).toEqual({
      lead: '只有导言。\n\n##第一条 no space is not a heading',
      articles: [],
    });
    expect(parseArticles('')).toEqual({ lead: '', articles: [] });
  });
});

describe('toPlainText', () => {
  it('removes Markdown escapes and decodes the entities the importer writes', () => {
    expect(toPlainText('面积\\{约\\} 1\\.5 &lt;b&gt; &#123;x&#125; A&amp;B \\*')).toBe('面积{约} 1.5 <b> {x} A&B *');
  });

  it('flattens a GFM table into space-separated cells without the delimiter row', () => {
    expect(toPlainText('| 项目 | 说明 |\n| --- | :---: |\n| 甲 | 乙 |')).toBe('项目 说明\n甲 乙');
  });

  it('collapses blank lines and trims', () => {
    expect(toPlainText('\n\n第一段。\n\n\n（一）甲；\n\n')).toBe('第一段。\n（一）甲；');
  });

  it('decodes &amp;lt; once, not twice', () => {
    expect(toPlainText('&amp;lt;')).toBe('&lt;');
  });
});

describe('locationFromPath', () => {
  it('reads version, chapter and section from a section file', () => {
    expect(locationFromPath('content/plan/ed2/04/02.mdx')).toEqual({ version: 'ed2', chapter: 4, section: 2 });
  });

  it('reads a chapter file without a section', () => {
    expect(locationFromPath('content/plan/ed2/04/index.mdx')).toEqual({ version: 'ed2', chapter: 4 });
    expect(locationFromPath('/abs/plan/2023-08-sstg/12/index.md')).toEqual({ version: '2023-08-sstg', chapter: 12 });
  });

  it('reads Windows paths', () => {
    expect(locationFromPath('content\\plan\\ed2\\04\\02.mdx')).toEqual({ version: 'ed2', chapter: 4, section: 2 });
  });

  it('returns nothing for files that are not plan chapters or sections', () => {
    for (const f of ['content/plan/ed2/_version.yaml', 'content/notes/index.md', 'src/pages/about.mdx', 'content/plan/ed2/04/intro.mdx', '04/02.mdx', '']) {
      expect(locationFromPath(f), f).toEqual({});
    }
  });
});

describe('orderVersions', () => {
  const v = (id: string, date: string, status = 'superseded', previous?: string) => ({ id, date, status, previous });

  it('orders versions oldest first by date and picks the last current one as newest', () => {
    const { ordered, newest } = orderVersions([v('ed2', '2026-11-29', 'current', 'ed1'), v('ed1', '2026-10-01'), v('2023-08-sstg', '2023-08-01')]);
    expect(ordered.map((x) => x.id)).toEqual(['2023-08-sstg', 'ed1', 'ed2']);
    expect(newest!.id).toBe('ed2');
  });

  it('puts a version after the one it revises when both have the same date', () => {
    const { ordered } = orderVersions([v('a-fix', '2026-01-01', 'current', 'z-orig'), v('z-orig', '2026-01-01')]);
    expect(ordered.map((x) => x.id)).toEqual(['z-orig', 'a-fix']);
  });

  it('orders a same-day chain of three by the chain, whatever their ids', () => {
    const chain = [v('c', '2026-01-01'), v('b', '2026-01-01', 'superseded', 'c'), v('a', '2026-01-01', 'current', 'b')];
    for (const input of [chain, [...chain].reverse(), [chain[1]!, chain[2]!, chain[0]!], [chain[2]!, chain[0]!, chain[1]!]]) {
      expect(orderVersions(input).ordered.map((x) => x.id)).toEqual(['c', 'b', 'a']);
    }
  });

  it('survives a `previous` cycle without looping', () => {
    expect(orderVersions([v('b', '2026-01-01', 'current', 'a'), v('a', '2026-01-01', 'superseded', 'b')]).ordered).toHaveLength(2);
  });

  it('orders same-day versions without a chain by id', () => {
    expect(orderVersions([v('b', '2026-01-01'), v('a', '2026-01-01')]).ordered.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('prefers the newest current version over a later superseded one', () => {
    expect(orderVersions([v('ed1', '2026-01-01', 'current'), v('draft', '2026-02-01', 'superseded')]).newest!.id).toBe('ed1');
  });

  it('falls back to the newest version when none is current, and to nothing when there are none', () => {
    expect(orderVersions([v('ed1', '2026-01-01'), v('ed2', '2026-02-01')]).newest!.id).toBe('ed2');
    expect(orderVersions([])).toEqual({ ordered: [], newest: undefined });
  });

  it('does not reorder its input array', () => {
    const input = [v('ed2', '2026-02-01'), v('ed1', '2026-01-01')];
    orderVersions(input);
    expect(input.map((x) => x.id)).toEqual(['ed2', 'ed1']);
  });
});

describe('toPlainText on importer output', () => {
  it('unescapes any escaped ASCII punctuation, such as \\: in web addresses', () => {
    expect(toPlainText('见 https\\://example.org\\_a 与 \\{x\\}')).toBe('见 https://example.org_a 与 {x}');
  });

  it('keeps a pipe in running text and an escaped pipe inside a table cell', () => {
    expect(toPlainText('甲 | 乙')).toBe('甲 | 乙');
    expect(toPlainText('| 项目 | 说明 |\n| --- | --- |\n| a\\|b | 乙 |')).toBe('项目 说明\na|b 乙');
  });
});

describe('annotations on a 款', () => {
  const body = '## 第六条 标题\n\n第一款正文：\n\n（一）第一项；\n\n（二）第二项。\n\n| 指标 | 目标 |\n| --- | --- |\n| 甲 | 以批复文本为准 |\n\n第二款正文。';

  it('counts 款 as the page numbers them: items belong to the 款 before them and a table is no 款', () => {
    expect(articleParagraphCount('第一款正文：\n\n（一）第一项；\n\n（二）第二项。\n\n| 指标 | 目标 |\n| --- | --- |\n| 甲 | 以批复文本为准 |\n\n第二款正文。')).toBe(2);
    expect(articleParagraphCount('（一）开头就是一项；\n\n（二）第二项。')).toBe(1);
    expect(articleParagraphCount('只有一款。')).toBe(1);
  });

  it('accepts a note on a 款 the article has and names a 款 it lacks, however many blocks the article holds', () => {
    const withNote = (paragraph: number): VersionFiles => {
      const files = valid();
      files.sections[2] = { ...section(3, 1, [6], { annotations: [{ article: 6, paragraph, text: '编者说明。', sources: ['N4'] }] }), body };
      return files;
    };
    expect(problemsOf(withNote(2))).toEqual([]);
    const [problem] = problemsOf(withNote(3));
    expect(problem?.message).toBe('an annotation is attached to paragraph (款) 3 of article 6, which has 2');
    expect(problem?.fix).toContain('a （一） item or a table is not a 款');
  });
});
