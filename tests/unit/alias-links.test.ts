import { describe, expect, test } from 'vitest';
import { aliasPath, withAliasLinks } from '../../src/lib/alias-links.ts';

describe('withAliasLinks', () => {
  const html =
    '<p>依照<a href="/ed3/4/2/#a32" class="xref" data-xref="a32">第三十二条</a>、<a href="/ed3/7/3/" class="xref" data-xref="c7s3">第七章第三节</a>，' +
    '见<a href="/ed3/4/4/#figure-2" title="附图2" class="figref" data-figure="2">附图2</a>。</p>' +
    '<p class="cited-by">被引用：<a href="/ed3/14/1/#a115" class="xref" data-xref="a115">第一百一十五条</a></p>' +
    '<a href="/ed3/plan.json">plan.json</a><a href="/ed2/a/18/">整理稿第2版</a><a href="/ed2/4/2/#a32" class="xref" data-xref="a32">x</a>';

  test('moves references, "cited by" and figure links into the version to /latest/', () => {
    const out = withAliasLinks(html, 'ed3', 'latest');
    expect(out).toContain('<a href="/latest/4/2/#a32" class="xref"');
    expect(out).toContain('<a href="/latest/7/3/" class="xref"');
    expect(out).toContain('<a href="/latest/4/4/#figure-2" title="附图2" class="figref"');
    expect(out).toContain('<a href="/latest/14/1/#a115" class="xref"');
  });

  test('leaves other links, and links into other versions, naming their version', () => {
    const out = withAliasLinks(html, 'ed3', 'latest');
    expect(out).toContain('<a href="/ed3/plan.json">');
    expect(out).toContain('<a href="/ed2/a/18/">');
    expect(out).toContain('<a href="/ed2/4/2/#a32" class="xref"');
  });

  test('changes nothing on the versioned page', () => {
    expect(withAliasLinks(html, 'ed3', 'ed3')).toBe(html);
  });

  test('moves one path into the version, and only such a path', () => {
    expect(aliasPath('/ed3/4/2/#a32', 'ed3', 'latest')).toBe('/latest/4/2/#a32');
    expect(aliasPath('/ed31/4/2/', 'ed3', 'latest')).toBe('/ed31/4/2/');
    expect(aliasPath('/ed2/4/2/', 'ed3', 'latest')).toBe('/ed2/4/2/');
    expect(aliasPath('/ed3/4/2/', 'ed3', 'ed3')).toBe('/ed3/4/2/');
  });
});
