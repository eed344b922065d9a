import { describe, expect, it } from 'vitest';
import { asArticlePage } from '../../src/lib/article-page-html.ts';

const SECTION = [
  '<section class="article"><h2 id="a18" class="article-heading">第十八条</h2>',
  '<plan-cite data-citation="…第十八条" data-path="/ed3/3/1/#a18"></plan-cite>',
  '<p>正文写作 &lt;h2&gt; 也不变。</p><aside><h3 id="a18-n1">编者注</h3><h4>说明</h4></aside></section>',
].join('');

describe('asArticlePage', () => {
  it('puts every heading one level up, the article heading the <h1>, tags only', () => {
    const page = asArticlePage(SECTION, '/ed3/3/1/#a18', '/ed3/a/18/');
    expect(page).toContain('<h1 id="a18" class="article-heading">第十八条</h1>');
    expect(page).toContain('<h2 id="a18-n1">编者注</h2><h3>说明</h3>');
    expect(page).toContain('<p>正文写作 &lt;h2&gt; 也不变。</p>');
  });

  it('moves the cite paths from the section\'s anchor to the page, and leaves other paths', () => {
    const page = asArticlePage(`${SECTION}<plan-cite data-path="/ed3/3/1/#a18-i2"></plan-cite>`, '/ed3/3/1/#a18', '/ed3/a/18/');
    expect(page).toContain('data-path="/ed3/a/18/"');
    expect(page).not.toContain('data-path="/ed3/3/1/#a18"');
    expect(page).toContain('data-path="/ed3/3/1/#a18-i2"');
  });
});
