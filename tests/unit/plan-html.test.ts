/**
 * Plan files rendered as Markdown (plan-html.ts), as the pages show them:
 * the same anchors as the article page, and MDX's syntax rules kept, so
 * reading a file as Markdown instead of compiling it as MDX changes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderArticle, renderPlanFile } from '../../src/markdown/plan-html.ts';
import { loadPlanModel } from '../../src/lib/plan-files.ts';
import { contentDir } from '../../src/lib/site-config.ts';
import { planFilesWatch } from '../../src/markdown/watch-mode.ts';

/** Sets watch-mode.ts's mode as Astro's command would. */
function runAs(command: 'build' | 'dev'): void {
  const setup = planFilesWatch().hooks['astro:config:setup'] as (o: unknown) => void;
  setup({ command, updateConfig: () => {} });
}

const section = (body: string, id = 'test') => ({
  collection: 'sections',
  id,
  body,
  data: { version: 'ed3', chapter: 4, section: 2, articles: [{ number: 31 }] },
});

describe('renderPlanFile', () => {
  it('renders a section file with its article anchors and 款 links', async () => {
    const html = await renderPlanFile(section('## 第三十一条 三条控制线\n\n第一款。\n\n第二款。\n', 'anchors'));
    expect(html).toContain('id="a31"');
    expect(html).toContain('href="#a31-2"');
  });

  it('keeps a line indented four spaces a paragraph, as MDX did (no indented code)', async () => {
    const html = await renderPlanFile(section('## 第三十一条 题\n\n    缩进的一款。\n', 'indent'));
    expect(html).not.toContain('<pre');
    expect(html).toContain('缩进的一款。');
  });

  it('shows angle brackets as text: no raw HTML, no <…> autolink (the address inside is linked by GFM, as in MDX)', async () => {
    const html = await renderPlanFile(section('## 第三十一条 题\n\n见<b>粗</b>与<https://example.org>。\n', 'html'));
    expect(html).not.toContain('<b>');
    expect(html).toContain('见&#x3C;b>粗&#x3C;/b>与&#x3C;<a href="https://example.org">https://example.org</a>>。');
  });

  it('gives a section page the same article HTML as the article page', async () => {
    const model = loadPlanModel(contentDir, 'ed3');
    const article = model.articles.find((a) => a.number === 32)!;
    const alone = await renderArticle('ed3', article);
    const inSection = await renderPlanFile({ ...section(`## 第三十二条 ${article.title}\n\n${article.body}\n`, 'same'), data: { ...section('').data, articles: [{ number: 32 }] } });
    expect(alone).toContain('id="a32"');
    expect(inSection).toBe(alone);
  });

  it('renders a file and an article once in a build, and afresh under astro dev', async () => {
    const entry = section('## 第三十一条 题\n\n一。\n', 'once');
    const article = loadPlanModel(contentDir, 'ed3').articles[0]!;
    try {
      runAs('build');
      expect(renderPlanFile(entry)).toBe(renderPlanFile(entry));
      expect(renderArticle('ed3', article)).toBe(renderArticle('ed3', article));
      runAs('dev');
      expect(renderPlanFile({ ...entry, id: 'again' })).not.toBe(renderPlanFile({ ...entry, id: 'again' }));
      expect(await renderPlanFile({ ...entry, id: 'again' })).toBe(await renderPlanFile(entry));
    } finally {
      runAs('dev');
    }
  });

  it('names the line of the file in a transform\'s message, frontmatter and blank lines counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-html-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, '02.mdx');
    const text = '---\nversion: ed3\nchapter: 4\nsection: 2\ntitle: 题\narticles:\n  - { number: 31, key: "30" }\n---\n\n## 第三十一条 题\n\n依照第九百九十九条执行。\n';
    writeFileSync(file, text);
    const body = text.slice(text.indexOf('\n---\n') + 5).trim();
    const rendering = renderPlanFile({ ...section(body, 'lines'), filePath: file });
    // 依照第九百九十九条 stands on line 12 of the file.
    await expect(rendering).rejects.toMatchObject({ problems: [{ line: 12, text: '第九百九十九条' }] });
  });
});
