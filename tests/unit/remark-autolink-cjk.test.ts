import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkAutolinkCjk from '../../src/markdown/remark-autolink-cjk.ts';

async function render(markdown: string): Promise<string> {
  const out = await unified().use(remarkParse).use(remarkGfm).use(remarkAutolinkCjk).use(remarkRehype).use(rehypeStringify).process(markdown);
  return String(out).trim();
}

describe('remark-autolink-cjk', () => {
  it('ends an automatic link before an escaped > and the Chinese punctuation after it', async () => {
    expect(await render('见 https\\://example.com\\>。以及')).toBe('<p>见 <a href="https://example.com">https://example.com</a>>。以及</p>');
  });

  it('ends an automatic link before a full stop 。 and the sentence that follows', async () => {
    expect(await render('网址 https://example.com/a?b=1。其他')).toBe('<p>网址 <a href="https://example.com/a?b=1">https://example.com/a?b=1</a>。其他</p>');
  });

  it('ends a www link the same way and keeps its http:// target', async () => {
    expect(await render('还有 www.example.com，和')).toBe('<p>还有 <a href="http://www.example.com">www.example.com</a>，和</p>');
  });

  it('leaves an address followed by a space or ASCII punctuation as GFM made it', async () => {
    expect(await render('see https://example.com/x. and')).toBe('<p>see <a href="https://example.com/x">https://example.com/x</a>. and</p>');
  });

  it('leaves written links alone', async () => {
    expect(await render('[官网。](https://example.com/。)')).toBe('<p><a href="https://example.com/%E3%80%82">官网。</a></p>');
  });
});
