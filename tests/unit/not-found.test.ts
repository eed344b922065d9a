import { describe, expect, it } from 'vitest';
import { suggestPage } from '../../src/lib/not-found.ts';
import { latestPageTitles } from '../../src/lib/page-titles.ts';
import { loadPlanModel } from '../../src/lib/plan-files.ts';

// tests/fixtures/mini: chapter 1 with sections 1–2, chapter 2 without sections, chapter 3 with section 1; articles 1–6.
const model = loadPlanModel('tests/fixtures/mini', 't1');
const titles = latestPageTitles(model);

describe('latestPageTitles', () => {
  it('titles every page of the newest version under /latest/', () => {
    expect(titles['/latest/']).toBe(`${model.version.label} 目录`);
    expect(titles['/latest/1/1/']).toBe(`第一章第一节 ${model.chapters[0]!.sections[0]!.title}`);
    expect(titles['/latest/2/']).toBe(`第二章 ${model.chapters[1]!.title}`);
    expect(titles['/latest/a/1/']).toBe('第一条 规划目的');
    expect(Object.keys(titles).filter((p) => p.startsWith('/latest/a/'))).toHaveLength(model.articles.length);
    expect(titles['/latest/2/1/']).toBeUndefined();
  });
});

describe('suggestPage', () => {
  it('offers the same page of the newest version for an unknown or old version, by title', () => {
    expect(suggestPage('/ed9/1/1/', titles)).toEqual({ url: '/latest/1/1/', title: titles['/latest/1/1/'], exact: true });
    expect(suggestPage('/ed1/a/6/', titles)).toEqual({ url: '/latest/a/6/', title: '第六条 监测评估', exact: true });
    expect(suggestPage('/2023-08-sstg/all/', titles)).toMatchObject({ url: '/latest/all/', exact: true });
    expect(suggestPage('/v3/references/', titles)).toMatchObject({ url: '/latest/references/', exact: true });
  });

  it('offers only pages that exist: a missing section falls back to its chapter, a missing chapter or article to the contents', () => {
    expect(suggestPage('/ed9/1/9/', titles)).toEqual({ url: '/latest/1/', title: titles['/latest/1/'], exact: false });
    expect(suggestPage('/ed9/99/1/', titles)).toMatchObject({ url: '/latest/', exact: false });
    expect(suggestPage('/ed9/a/99/', titles)).toMatchObject({ url: '/latest/', exact: false });
    expect(suggestPage('/latest/99/', titles)).toMatchObject({ url: '/latest/', exact: false });
  });

  it('reads a path typed without the trailing slash', () => {
    expect(suggestPage('/ed9/1/2', titles)).toMatchObject({ url: '/latest/1/2/', exact: true });
    expect(suggestPage('/ed9', titles)).toMatchObject({ url: '/latest/', exact: true });
  });

  it('offers nothing for paths outside the versions, or when the site has no version', () => {
    for (const p of ['/', '/about/', '/notes/x/', '/diff/ed1/ed9/', '/search/', '/Ed2/4/', '/favicon.ico', '', '/ed9/4/x/']) {
      expect(suggestPage(p, titles), p).toBeNull();
    }
    expect(suggestPage('/ed9/1/1/', {})).toBeNull();
  });
});
