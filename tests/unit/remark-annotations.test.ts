import { parse } from 'node-html-parser';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkArticleAnchors from '../../src/markdown/remark-article-anchors.ts';
import remarkAnnotations from '../../src/markdown/remark-annotations.ts';
import type { Annotation } from '../../src/lib/schemas.ts';

const options = { versionInfo: () => ({ title: '某县国土空间总体规划', label: '整理稿第3版' }) };

function toHtml(markdown: string, annotations?: Annotation[]): string {
  const vfile = new VFile({ value: markdown, path: 'content/plan/ed3/14/04.mdx' });
  vfile.data = { astro: { frontmatter: { version: 'ed3', chapter: 14, section: 4, ...(annotations ? { annotations } : {}) } } };
  const processor = unified().use(remarkParse).use(remarkArticleAnchors, options).use(remarkAnnotations).use(remarkRehype).use(rehypeStringify);
  return String(processor.processSync(vfile));
}

const SECTION = `## 第一百二十五条 规划成果

本规划的规划文本、规划图件和数据库，以依法批准的为准。

## 第一百二十六条 审议报批

本规划按照法定程序报请审批。

第二款文字。
`;

const notes: Annotation[] = [
  { article: 125, text: '起草说明记载，2019年9月正式委托编制单位。', sources: ['T2019-09', 'F14'] },
  { article: 126, paragraph: 2, text: '审议经过见起草说明。', sources: ['N2'] },
];

describe('remark-annotations', () => {
  const root = parse(toHtml(SECTION, notes));

  it('puts each note inside its own article, after the provision, as an aside headed 编者注', () => {
    const aside = root.querySelector('section[data-article="125"] aside.annotation')!;
    expect(aside.getAttribute('role')).toBe('note');
    expect(aside.querySelector('h3#a125-n1')!.text).toBe('编者注');
    expect(aside.querySelector('p')!.text).toBe('起草说明记载，2019年9月正式委托编制单位。');
    expect(root.querySelectorAll('section[data-article="125"] aside')).toHaveLength(1);
  });

  it('names the paragraph a note concerns and links each of its sources', () => {
    const aside = root.querySelector('section[data-article="126"] aside.annotation')!;
    expect(aside.querySelector('h3')!.text).toBe('编者注（就本条第二款）');
    const sources = root.querySelector('section[data-article="125"] .annotation-sources')!;
    expect(sources.text).toBe('依据：编制过程 2019-09、资料 F14');
    expect(sources.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/notes/#t2019-09', '/about/#f14']);
  });

  it('leaves the provision itself untouched: the note never enters a paragraph of the article', () => {
    const plain = parse(toHtml(SECTION));
    for (const n of [125, 126]) {
      const withNotes = root.querySelectorAll(`section[data-article="${n}"] > p`).map((p) => p.text);
      expect(withNotes).toEqual(plain.querySelectorAll(`section[data-article="${n}"] > p`).map((p) => p.text));
      expect(withNotes.join('')).not.toContain('起草说明');
    }
  });

  it('changes nothing in a file without annotations', () => {
    expect(parse(toHtml(SECTION)).querySelectorAll('aside')).toHaveLength(0);
  });
});
