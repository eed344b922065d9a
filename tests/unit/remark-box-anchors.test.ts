import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkBoxAnchors from '../../src/markdown/remark-box-anchors.ts';
import { boxAnchor } from '../../src/lib/box-title.ts';

async function render(markdown: string): Promise<string> {
  return String(await unified().use(remarkParse).use(remarkBoxAnchors).use(remarkRehype).use(rehypeStringify).process(markdown));
}

describe('专栏 box anchors', () => {
  test('makes the anchor from the box number as printed', () => {
    expect(boxAnchor('专栏1 重点项目')).toBe('box-1');
    expect(boxAnchor('专栏 3-1 实施保障措施')).toBe('box-3-1');
    expect(boxAnchor('专栏２．１')).toBe('box-2-1');
    expect(boxAnchor('附表1 规划指标表')).toBeNull();
  });

  test('anchors a box heading and leaves other headings and a repeated number alone', async () => {
    const html = await render('### 专栏1 重点项目\n\n正文。\n\n### 附表1 规划指标表\n\n### 专栏1 重点项目\n');
    expect(html).toContain('<h3 id="box-1" class="box-heading">专栏1 重点项目</h3>');
    expect(html).toContain('<h3>附表1 规划指标表</h3>');
    expect(html.match(/id="box-1"/g)).toHaveLength(1);
  });
});
