/** The version switcher's `data-by-article` (src/lib/by-article.ts): written compactly, read back whole. */
import { describe, expect, test } from 'vitest';
import { articleUrl, byArticleAttribute } from '../../src/lib/by-article.ts';

describe('byArticleAttribute and articleUrl', () => {
  const byArticle = { 31: '/ed1/4/2/#a30', 32: '/ed1/4/2/#a32', 33: '/ed1/5/1/' };

  test('writes only the articles not at the URL with their own anchor, and reads every one back', () => {
    const attribute = byArticleAttribute('/ed1/4/2/', byArticle)!;
    expect(JSON.parse(attribute)).toEqual({ 31: '/ed1/4/2/#a30', 33: '/ed1/5/1/' });
    for (const [n, url] of Object.entries(byArticle)) expect(articleUrl('/ed1/4/2/', JSON.parse(attribute) as Record<string, string>, n)).toBe(url);
  });

  test('is {} when every article is where its number says, and absent on a page without articles', () => {
    expect(byArticleAttribute('/ed3/4/2/', { 31: '/ed3/4/2/#a31' })).toBe('{}');
    expect(byArticleAttribute('/ed3/', {})).toBeUndefined();
  });
});
