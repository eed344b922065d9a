import { cpSync, utimesSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedModelLoader, entryBodyLine, listVersionIds, loadAllPlanModels, loadPlanModel, loadVersionFiles, splitFrontmatter } from '../../src/lib/plan-files.ts';
import { PlanContentError, type ContentProblem } from '../../src/lib/plan-model.ts';

const FIXTURE = 'tests/fixtures/mini';
const made: string[] = [];

/** A fresh copy of the mini fixture plan (version t1) in a temporary folder. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-files-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

const file = (dir: string, rel: string) => join(dir, 'plan', 't1', rel);
const edit = (dir: string, rel: string, change: (text: string) => string) => writeFileSync(file(dir, rel), change(readFileSync(file(dir, rel), 'utf8')));

/** The problems a load raises (failing the test if it loads). */
function loadProblems(dir: string, version = 't1'): ContentProblem[] {
  try {
    loadPlanModel(dir, version);
  } catch (e) {
    if (e instanceof PlanContentError) return e.problems;
    throw e;
  }
  throw new Error('expected the load to fail');
}

/** Checks that exactly one problem names `rel` (the file), and returns it. */
function problemFor(problems: ContentProblem[], rel: string): ContentProblem {
  const mine = problems.filter((p) => p.file.endsWith(`plan/t1/${rel}`));
  expect(mine, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return mine[0]!;
}

describe('the mini fixture plan', () => {
  it('loads cleanly: three chapters, one without sections, six articles', () => {
    const model = loadPlanModel(FIXTURE, 't1');
    expect(model.version).toMatchObject({ id: 't1', label: '测试稿', stage: '整理稿', date: '2026-01-01', changes: [] });
    expect(model.chapters.map((c) => [c.chapter, c.title, c.sections.length, c.articles.length])).toEqual([
      [1, '总则', 2, 0],
      [2, '无节之章', 0, 2],
      [3, '实施保障', 1, 0],
    ]);
    expect(model.articles.map((a) => [a.number, a.chapter, a.section ?? null])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [3, 1, 2],
      [4, 2, null],
      [5, 2, null],
      [6, 3, 1],
    ]);
    expect(model.articles[1]).toMatchObject({ title: '', body: '本规划适用于示例县全域。\n\n（一）第一项；\n\n（二）第二项。' });
    expect(model.articles[0]!.file).toBe('tests/fixtures/mini/plan/t1/01/01.mdx');
  });

  it('is listed by listVersionIds and loadAllPlanModels', () => {
    expect(listVersionIds(FIXTURE)).toEqual(['t1']);
    expect(loadAllPlanModels(FIXTURE).map((m) => m.version.id)).toEqual(['t1']);
  });

  it('gives paths relative to the root it is asked for', () => {
    const files = loadVersionFiles(FIXTURE, 't1', 'tests/fixtures');
    expect(files.version.file).toBe('mini/plan/t1/_version.yaml');
    expect(files.chapters.map((c) => c.file)).toContain('mini/plan/t1/02/index.mdx');
  });
});

describe('listVersionIds', () => {
  it('lists only folders that hold a _version.yaml, sorted, and nothing when there is no plan folder', () => {
    const dir = copyFixture();
    mkdirSync(join(dir, 'plan', 'stray'));
    cpSync(join(dir, 'plan', 't1'), join(dir, 'plan', 'a0'), { recursive: true });
    expect(listVersionIds(dir)).toEqual(['a0', 't1']);
    expect(listVersionIds(join(dir, 'nowhere'))).toEqual([]);
  });
});

describe('splitFrontmatter', () => {
  it('splits YAML frontmatter from the body, with or without a BOM and CRLF', () => {
    expect(splitFrontmatter('---\nchapter: 4\n---\n## 第一条\n')).toEqual({ frontmatter: { chapter: 4 }, body: '## 第一条\n' });
    expect(splitFrontmatter('\uFEFF---\r\ntitle: 甲\r\n---\r\n正文')).toEqual({ frontmatter: { title: '甲' }, body: '正文' });
  });

  it('treats a file without frontmatter, or with an empty one, as having none', () => {
    expect(splitFrontmatter('正文')).toEqual({ frontmatter: {}, body: '正文' });
    expect(splitFrontmatter('---\n\n---\n正文')).toEqual({ frontmatter: {}, body: '正文' });
  });
});

describe('schema errors name the file and the fix', () => {
  const versionCases: [string, (t: string) => string, string, RegExp][] = [
    ['a version without label', (t) => t.replace(/^label:.*\n/m, ''), 'label', /give a `label`, e\.g\. 整理稿第2版/],
    ['an empty label', (t) => t.replace(/^label:.*$/m, "label: ''"), 'label', /give a `label`/],
    ['a version without title', (t) => t.replace(/^title:.*\n/m, ''), 'title', /give the plan `title`/],
    ['a version without basis', (t) => t.replace(/^basis:.*\n/m, ''), 'basis', /say in `basis` what this version was compiled from/],
    ['a bad date', (t) => t.replace(/^date:.*$/m, 'date: 2026/01/01'), 'date', /`date` must be YYYY-MM-DD/],
    ['a missing date', (t) => t.replace(/^date:.*\n/m, ''), 'date', /`date` must be YYYY-MM-DD/],
    ['a bad stage', (t) => t.replace(/^stage:.*$/m, 'stage: 草稿'), 'stage', /`stage` must be one of 整理稿 \/ 大纲 \/ 过程稿 \/ 公示稿 \/ 送审稿 \/ 批复稿 \/ 修改/],
    ['a bad status', (t) => t.replace(/^status:.*$/m, 'status: old'), 'status', /`status` must be current or superseded/],
    ['an id with capitals', (t) => t.replace(/^id:.*$/m, 'id: T1'), 'id', /version `id` must be lowercase letters, digits and hyphens, e\.g\. ed2/],
    ['a bad previous id', (t) => `${t}previous: Ed0\n`, 'previous', /`previous` must be the id of the version this one revises, e\.g\. ed1/],
    ['no expected counts', (t) => t.replace(/^expect:.*\n/m, ''), 'expect', /give the counts the text must have: `expect: \{ chapters: 14, sections: 46 \}`/],
    ['a negative section count', (t) => t.replace(/^expect:.*$/m, 'expect: { chapters: 3, sections: -1 }'), 'expect.sections', /`expect\.sections` must be a whole number ≥ 0/],
    ['a zero chapter count', (t) => t.replace(/^expect:.*$/m, 'expect: { chapters: 0, sections: 3 }'), 'expect.chapters', /`expect\.chapters` starts at 1/],
    ['a change of unknown kind', (t) => t.replace(/^changes:.*$/m, 'changes: [{ kind: moved, article: 1 }]'), 'changes.0.kind', /change `kind` must be one of added, removed, changed, renumbered/],
    ['a change without article', (t) => t.replace(/^changes:.*$/m, 'changes: [{ kind: added }]'), 'changes.0.article', /change `article` must be a number/],
  ];

  it.each(versionCases)('reports %s in _version.yaml', (_name, change, path, message) => {
    const dir = copyFixture();
    edit(dir, '_version.yaml', change);
    const p = problemFor(loadProblems(dir), '_version.yaml');
    expect(p.message).toMatch(new RegExp(`^\`${path.replace('.', '\\.')}\`: `));
    expect(p.message).toMatch(message);
    expect(p.fix).toBe('correct _version.yaml');
  });

  const fmCases: [string, string, (t: string) => string, string, RegExp][] = [
    ['a bad source id', '03/01.mdx', (t) => t.replace('sources: [N4, F1]', 'sources: [N5, F1]'), 'sources.0', /a source id is N1–N4, T<yyyy-mm>\[-k\] or F<n>: fix the `sources` list/],
    ['sources that are not a list', '03/01.mdx', (t) => t.replace('sources: [N4, F1]', 'sources: N4'), 'sources', /`sources` must be a list, e\.g\. \[N4, F2\]/],
    ['an unquoted article key', '01/02.mdx', (t) => t.replace('key: "3"', 'key: 3'), 'articles.0.key', /article `key` must be a quoted string like "18" or "ed2-19"/],
    ['an article key of the wrong shape', '01/02.mdx', (t) => t.replace('key: "3"', 'key: "ed2_3"'), 'articles.0.key', /article `key` must be a quoted string like "18" or "ed2-19"/],
    ['an article without key', '01/02.mdx', (t) => t.replace(', key: "3"', ''), 'articles.0.key', /article `key`/],
    ['an article number 0', '01/02.mdx', (t) => t.replace('number: 3', 'number: 0'), 'articles.0.number', /article `number` starts at 1/],
    ['a section without section number', '01/02.mdx', (t) => t.replace(/^section:.*\n/m, ''), 'section', /`section` must be a number/],
    ['a chapter number written as text', '02/index.mdx', (t) => t.replace('chapter: 2', 'chapter: 二'), 'chapter', /`chapter` must be a number/],
    ['a missing title', '02/index.mdx', (t) => t.replace(/^title:.*\n/m, ''), 'title', /give a `title` \(the heading without 第X章\/第X节\)/],
    ['a missing version', '01/index.mdx', (t) => t.replace(/^version:.*\n/m, ''), 'version', /`version` must be the version id of the folder, e\.g\. ed2/],
  ];

  it.each(fmCases)('reports %s in the frontmatter of a content file', (_name, rel, change, path, message) => {
    const dir = copyFixture();
    edit(dir, rel, change);
    const p = problemFor(loadProblems(dir), rel);
    expect(p.message).toMatch(new RegExp(`^\`${path.replaceAll('.', '\\.')}\`: `));
    expect(p.message).toMatch(message);
    expect(p.fix).toBe('correct the frontmatter (or re-run the importer)');
  });

  it('reports a file without frontmatter by its missing fields', () => {
    const dir = copyFixture();
    writeFileSync(file(dir, '03/index.mdx'), '只有正文。\n');
    const problems = loadProblems(dir).filter((p) => p.file.endsWith('03/index.mdx'));
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^`version`: /), expect.stringMatching(/^`chapter`: /), expect.stringMatching(/^`title`: /)]));
  });

  it('names the file when its YAML does not parse', () => {
    const dir = copyFixture();
    edit(dir, '01/01.mdx', (t) => t.replace('sources: [N1]', 'sources: [N1'));
    edit(dir, '_version.yaml', (t) => t.replace('expect: { chapters: 3, sections: 3 }', 'expect: { chapters: 3'));
    const problems = loadProblems(dir);
    expect(problemFor(problems, '01/01.mdx')).toMatchObject({ message: expect.stringMatching(/^the YAML does not parse: /), fix: 'correct the YAML syntax (or re-run the importer)' });
    expect(problemFor(problems, '_version.yaml').message).toMatch(/^the YAML does not parse: /);
  });

  it('reports every invalid file at once, not only the first', () => {
    const dir = copyFixture();
    edit(dir, '_version.yaml', (t) => t.replace(/^label:.*\n/m, ''));
    edit(dir, '01/02.mdx', (t) => t.replace('key: "3"', 'key: 3'));
    edit(dir, '03/01.mdx', (t) => t.replace('sources: [N4, F1]', 'sources: [X1]'));
    const files = loadProblems(dir).map((p) => p.file.replace(/^.*plan\/t1\//, ''));
    expect(files.sort()).toEqual(['01/02.mdx', '03/01.mdx', '_version.yaml']);
  });

  it('names the file in the thrown message', () => {
    const dir = copyFixture();
    edit(dir, '_version.yaml', (t) => t.replace(/^stage:.*$/m, 'stage: draft'));
    expect(() => loadPlanModel(dir, 't1')).toThrow(/plan\/t1\/_version\.yaml:5: `stage`: `stage` must be one of .*\n    fix: correct _version\.yaml/);
  });
});

describe('cross-file checks on disk name the file and the fix', () => {
  it('reports a chapter number used twice', () => {
    const dir = copyFixture();
    edit(dir, '03/index.mdx', (t) => t.replace('chapter: 3', 'chapter: 2'));
    const problems = loadProblems(dir);
    expect(problems.map((p) => p.message)).toContain('frontmatter says chapter 2 but the folder is chapter 3');
    expect(problems.some((p) => /chapter 2 is defined twice \(also in .*plan\/t1\/02\/index\.mdx\)/.test(p.message))).toBe(true);
  });

  it('reports a gap in chapter numbers', () => {
    const dir = copyFixture();
    renameSync(join(dir, 'plan/t1/03'), join(dir, 'plan/t1/04'));
    for (const f of ['04/index.mdx', '04/01.mdx']) edit(dir, f, (t) => t.replace('chapter: 3', 'chapter: 4'));
    const p = problemFor(loadProblems(dir), '04/index.mdx');
    expect(p).toMatchObject({ message: 'chapter 4 follows chapter 2: chapters must run 1, 2, 3… without gaps', fix: 'renumber it to 3 or add the missing chapter' });
  });

  const emptySection = (chapter: number, section: number) =>
    `---\nversion: t1\nchapter: ${chapter}\nsection: ${section}\ntitle: 空节\nsources: [N1]\n---\n\n导言。\n`;

  it('reports a gap in section numbers', () => {
    const dir = copyFixture();
    writeFileSync(file(dir, '01/04.mdx'), emptySection(1, 4));
    edit(dir, '_version.yaml', (t) => t.replace('sections: 3', 'sections: 4'));
    expect(problemFor(loadProblems(dir), '01/04.mdx')).toMatchObject({
      message: 'section 1.4 follows section 1.2: sections must run 1, 2, 3… within a chapter',
      fix: 'renumber it to 3 or add the missing section',
    });
  });

  it('reports a section number used twice', () => {
    const dir = copyFixture();
    writeFileSync(file(dir, '01/03.mdx'), emptySection(1, 2));
    const problems = loadProblems(dir).filter((p) => p.file.endsWith('plan/t1/01/03.mdx'));
    expect(problems.map((p) => [p.message.replace(/\(also in .*\/plan\//, '(also in plan/'), p.fix])).toEqual([
      ['frontmatter says section 2 but the file name is section 3', 'make the file name and `section` agree (two-digit section numbers)'],
      ['section 1.2 is defined twice (also in plan/t1/01/02.mdx)', 'give each section of a chapter its own number'],
    ]);
  });

  it('reports a section in a chapter folder without index.mdx', () => {
    const dir = copyFixture();
    rmSync(file(dir, '03/index.mdx'));
    edit(dir, '_version.yaml', (t) => t.replace('chapters: 3', 'chapters: 2'));
    const p = problemFor(loadProblems(dir), '03/01.mdx');
    expect(p).toMatchObject({ message: 'section 1 belongs to chapter 3, which has no index.mdx', fix: 'add plan/t1/03/index.mdx with the chapter title' });
  });

  it('reports a _version.yaml whose id is not its folder name', () => {
    const dir = copyFixture();
    edit(dir, '_version.yaml', (t) => t.replace('id: t1', 'id: t2'));
    const problems = loadProblems(dir);
    expect(problemFor(problems, '_version.yaml')).toMatchObject({ message: 'id "t2" does not match the folder "t1"', fix: 'set `id: t1` or rename the folder' });
    // The content files agree with their folder, so they are not blamed.
    expect(problems).toHaveLength(1);
  });

  it('reports a content file whose version is not its folder', () => {
    const dir = copyFixture();
    edit(dir, '02/index.mdx', (t) => t.replace('version: t1', 'version: t0'));
    expect(problemFor(loadProblems(dir), '02/index.mdx')).toMatchObject({
      message: 'frontmatter says version "t0" but the file is in the folder of version "t1"',
      fix: 'set `version: t1`',
    });
  });

  it('reports article numbers that skip or repeat, at the file and line', () => {
    const dir = copyFixture();
    edit(dir, '01/02.mdx', (t) => t.replace('number: 3', 'number: 4').replace('第三条', '第四条'));
    // Line 11 of the file: the heading, after nine frontmatter lines and a blank one.
    expect(problemFor(loadProblems(dir), '01/02.mdx')).toMatchObject({ line: 11, message: expect.stringMatching(/^article 4 \(第四条\) stands where article 3 should/) });

    const dir2 = copyFixture();
    edit(dir2, '01/02.mdx', (t) => t.replace('number: 3', 'number: 2').replace('key: "3"', 'key: "t1-2"').replace('第三条', '第二条'));
    expect(problemFor(loadProblems(dir2), '01/02.mdx').message).toMatch(/^article 2 \(第二条\) stands where article 3 should: .* without gaps or repeats/);
  });

  it('reports body headings that differ from the frontmatter list', () => {
    const dir = copyFixture();
    edit(dir, '01/01.mdx', (t) => t.replace('  - { number: 2, key: "2" }\n', ''));
    expect(problemFor(loadProblems(dir), '01/01.mdx')).toMatchObject({
      message: 'the body has articles [1, 2] but frontmatter `articles` lists [1]',
      fix: 'list every `## 第X条` heading of the body in `articles`, in order (re-run the importer)',
    });
  });

  it('reports a duplicate article key', () => {
    const dir = copyFixture();
    edit(dir, '03/01.mdx', (t) => t.replace('key: "6"', 'key: "1"'));
    expect(problemFor(loadProblems(dir), '03/01.mdx').message).toBe('article key "1" of 第六条 is also used by 第一条');
  });

  it('reports counts that differ from `expect`', () => {
    const dir = copyFixture();
    edit(dir, '_version.yaml', (t) => t.replace('sections: 3', 'sections: 4'));
    expect(problemFor(loadProblems(dir), '_version.yaml').message).toBe(
      'the version declares 3 chapters and 4 sections but the content has 3 chapters and 3 sections',
    );
  });

  it('reports a compiled-edition section without sources', () => {
    const dir = copyFixture();
    edit(dir, '01/02.mdx', (t) => t.replace(/^sources:.*\n/m, ''));
    expect(problemFor(loadProblems(dir), '01/02.mdx').message).toBe('this compiled edition (整理稿) section lists no `sources`');
  });

  it('reports a chapter with sections and articles of its own', () => {
    const dir = copyFixture();
    // Move article 6 from section 3.1 into chapter 3 while the section stays (now empty).
    edit(dir, '03/index.mdx', () => '---\nversion: t1\nchapter: 3\ntitle: 实施保障\nsources: [N4]\narticles:\n  - { number: 6, key: "6" }\n---\n\n## 第六条 监测评估\n\n正文。\n');
    edit(dir, '03/01.mdx', (t) => t.replace(/articles:\n.*\n---[\s\S]*$/, 'articles: []\n---\n\n导言。\n'));
    expect(problemFor(loadProblems(dir), '03/index.mdx')).toMatchObject({
      message: 'chapter 3 has sections and also articles of its own',
      fix: 'move the articles into a section, or remove the sections',
    });
  });
});

describe('cachedModelLoader', () => {
  it('reads a version once, and again only after one of its files changed', () => {
    const dir = copyFixture();
    const models = cachedModelLoader(dir);
    const first = models('t1');
    expect(models('t1')).toBe(first);
    const file = join(dir, 'plan', 't1', '_version.yaml');
    writeFileSync(file, readFileSync(file, 'utf8'));
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const second = models('t1');
    expect(second).not.toBe(first);
    expect(second.version.id).toBe('t1');
  });

  it('with watch off (a build), keeps the first reading even after a file changed', () => {
    const dir = copyFixture();
    const models = cachedModelLoader(dir, { watch: () => false });
    const first = models('t1');
    const file = join(dir, 'plan', 't1', '_version.yaml');
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(models('t1')).toBe(first);
    expect(models('t1').version.id).toBe('t1');
  });
});

describe('entryBodyLine', () => {
  it('finds the line a trimmed body starts on, once per body, and again for an edited file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'body-line-'));
    const file = join(dir, '01.mdx');
    writeFileSync(file, '---\ntitle: 甲\n---\n\n## 第一条 甲\n\n正文。\n');
    expect(entryBodyLine(file, '## 第一条 甲\n\n正文。')).toBe(5);
    // Cached: a changed file with the same body is not read again.
    writeFileSync(file, '---\ntitle: 甲\nx: 1\n---\n\n## 第一条 甲\n\n正文。\n');
    expect(entryBodyLine(file, '## 第一条 甲\n\n正文。')).toBe(5);
    // An edited body is looked for afresh.
    writeFileSync(file, '---\ntitle: 甲\nx: 1\n---\n\n## 第一条 乙\n\n正文。\n');
    expect(entryBodyLine(file, '## 第一条 乙\n\n正文。')).toBe(6);
    rmSync(dir, { recursive: true, force: true });
  });
});
