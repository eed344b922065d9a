import { parse } from 'node-html-parser';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkArticleAnchors from '../../src/markdown/remark-article-anchors.ts';
import remarkParagraphAnchors from '../../src/markdown/remark-paragraph-anchors.ts';

const options = { versionInfo: () => ({ title: '某县国土空间总体规划（2021—2035年）', label: '整理稿第1版' }) };

function toHtml(markdown: string, path = 'content/plan/ed2/04/02.mdx'): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkArticleAnchors, options)
    .use(remarkParagraphAnchors)
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ value: markdown, path })));
}

const SECTION = `导言不属于任何条。

## 第十八条 规划依据

本规划依据下列文件编制：

（一）法律；

（二）政策。

| 指标 | 数值 |
| --- | --- |
| 甲 | 以批复文本为准 |

其他要求依照第十九条执行。

## 第十九条

唯一的一款。
`;

describe('remark-paragraph-anchors', () => {
  const root = parse(toHtml(SECTION));

  it('gives each 款 and 项 of an article its anchor in reading order', () => {
    const ids = root.querySelectorAll('p.para').map((p) => p.id);
    expect(ids).toEqual(['a18-1', 'a18-1-1', 'a18-1-2', 'a18-2', 'a19-1']);
  });

  it('carries the citation suffix a copy button appends to the article citation', () => {
    expect(root.querySelector('#a18-1-2')!.getAttribute('data-cite')).toBe('第一款第（二）项');
    expect(root.querySelector('#a19-1')!.getAttribute('data-cite')).toBe('第一款');
  });

  it('puts an empty permalink named by the full label first in each paragraph, kept out of the index', () => {
    const link = root.querySelector('#a18-2 > a.para-link')!;
    expect(link.getAttribute('href')).toBe('#a18-2');
    expect(link.getAttribute('aria-label')).toBe('第十八条第二款');
    expect(link.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(link.text).toBe('');
    expect(root.querySelector('#a18-2')!.text).toBe('其他要求依照第十九条执行。');
  });

  it('leaves the lead before the first article, tables and the article toolbar unnumbered', () => {
    expect(root.querySelector('p')!.text).toBe('导言不属于任何条。');
    expect(root.querySelector('p')!.id).toBe('');
    expect(root.querySelector('table')!.getAttribute('id')).toBeUndefined();
    expect(root.querySelectorAll('.article-tools [id]')).toHaveLength(0);
  });

  it('leaves files outside the plan alone', () => {
    expect(toHtml('## 第一条\n\n正文。\n', 'content/notes/index.md')).not.toContain('para');
  });
});
