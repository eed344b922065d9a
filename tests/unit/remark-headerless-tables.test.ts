import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkHeaderlessTables from '../../src/markdown/remark-headerless-tables.ts';
import { isHeaderless } from '../../src/lib/headerless-table.ts';
import { markdownBlocks } from '../../src/lib/downloads/blocks.ts';

async function render(markdown: string): Promise<string> {
  return String(await unified().use(remarkParse).use(remarkGfm).use(remarkHeaderlessTables).use(remarkRehype).use(rehypeStringify).process(markdown));
}

describe('tables printed without a header', () => {
  test('are the ones whose header cells are all empty', () => {
    expect(isHeaderless(['', ' ', ''])).toBe(true);
    expect(isHeaderless(['', '单位', ''])).toBe(false);
    expect(isHeaderless([])).toBe(false);
  });

  test('hide their empty header row, so the first row of cells reads first', async () => {
    const html = await render('|   |   |\n| --- | --- |\n| 河东镇 | 一般镇 |\n');
    expect(html).toContain('<thead>\n<tr hidden>');
    expect(html).toContain('<td>河东镇</td>');
  });

  test('leave a table with a header alone', async () => {
    const html = await render('| 镇 | 等级 |\n| --- | --- |\n| 河东镇 | 一般镇 |\n');
    expect(html).toContain('<thead>\n<tr>\n<th>镇</th>');
  });

  test('are read so by the downloads, which keep the empty row for plain text only', () => {
    expect(markdownBlocks('|   |   |\n| --- | --- |\n| 河东镇 | 一般镇 |\n')).toEqual([{ kind: 'table', rows: [['', ''], ['河东镇', '一般镇']], header: false }]);
    expect(markdownBlocks('| 镇 | 等级 |\n| --- | --- |\n| 河东镇 | 一般镇 |\n')).toEqual([{ kind: 'table', rows: [['镇', '等级'], ['河东镇', '一般镇']], header: true }]);
  });
});
