/**
 * Titles as written, wherever they are shown (issue 15): the importer escapes
 * Markdown punctuation in the MDX, and no backslash or entity of that escaping
 * may reach the contents, <title>, previews, search or the article page; a
 * title with a space stays one title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/lib/import/run.ts';
import { loadPlanModel } from '../../src/lib/plan-files.ts';
import { unescapeMarkdownText, type PlanModel } from '../../src/lib/plan-model.ts';
import { articleMarkdown } from '../../src/markdown/plan-html.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { xrefPlanFromModel } from '../../src/lib/xref.ts';

const temp = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const TITLES = ['规划*强*{目的}', '规划\\目的<b>_x_&', 'import与export'];
let model: PlanModel;

beforeAll(async () => {
  const text = ['标题规划', '第一章　总则', '第一节　目的', ...TITLES.flatMap((t, i) => [`第${'一二三'[i]}条　${t}`, '正文。']), '第四条　规划 范围', '正文。'].join('\n');
  writeFileSync(join(temp, 'hostile.txt'), text);
  const r = await runImport({ input: join(temp, 'hostile.txt'), version: 'h1', stage: '送审稿', label: 'h1', date: '2026-01-01', contentDir: join(temp, 'content') });
  expect(r.errors).toEqual([]);
  model = loadPlanModel(join(temp, 'content'), 'h1');
});

describe('hostile titles', () => {
  it('are escaped in the MDX', () => {
    expect(readFileSync(join(temp, 'content/plan/h1/01/01.mdx'), 'utf8')).toContain('## 第一条 规划\\*强\\*\\{目的\\}');
  });

  it('read back exactly as written, for the contents, <title> and search', () => {
    expect(model.articles.slice(0, 3).map((a) => a.title)).toEqual(TITLES);
  });

  it('reach the reference previews without escapes', () => {
    expect(xrefPlanFromModel(model).articles.get(1)?.preview).toContain('规划*强*{目的}');
  });

  it('keep a title with a space whole, not split into a title and a body', () => {
    expect(model.articles[3]).toMatchObject({ title: '规划 范围', body: '正文。' });
  });

  it('show literally on the article page', async () => {
    const html = String(await unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).process(articleMarkdown(model.articles[1]!)));
    expect(html).toContain('<h2>第二条 规划\\目的&#x3C;b>_x_&#x26;</h2>');
  });

  it('unescape character references the importer writes', () => {
    expect(unescapeMarkdownText('&#105;mport \\{x\\} &lt;a&gt; &amp;lt;')).toBe('import {x} <a> &lt;');
  });
});

describe('a text that starts at its first chapter (review of 2026-12-03: one chapter became the plan\'s title, its articles a flat text)', () => {
  it('stops, saying where the title goes, whether it has one chapter or more', async () => {
    for (const [name, chapters] of [['one', ['第一章 总则', '第一条 规划目的', '制定本规划。', '第二条 耕地保护', '严格保护耕地。']], ['two', ['第一章 总则', '第一条 规划目的', '制定本规划。', '第二章 格局', '第二条 耕地保护', '严格保护耕地。']]] as const) {
      writeFileSync(join(temp, `${name}.txt`), chapters.join('\n'));
      const r = await runImport({ input: join(temp, `${name}.txt`), version: `t${name}`, stage: '送审稿', label: name, date: '2026-01-01', contentDir: join(temp, 'content') });
      expect(r.errors.map((e) => e.message), name).toEqual([
        `the text has no title line before its first chapter, and the .meta.yaml gives no title: put the plan's title (某县国土空间总体规划（2021—2035年）) as the text's first line, or give it as title: in ${join(temp, `${name}.meta.yaml`)}`,
      ]);
    }
  });
});
