/**
 * Chapter and section numbers as the site shows them (issue 11): a version
 * imported from a decimal (1 / 1.1) or outline (一、/（一）) text shows its
 * printed numbers, never 第X章/第X节, and a flat version shows no chapter
 * number at all. The versions are imported from the shape fixtures.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/lib/import/run.ts';
import { loadPlanModel } from '../../src/lib/plan-files.ts';
import type { PlanModel } from '../../src/lib/plan-model.ts';
import { breadcrumbs, readingOrder } from '../../src/lib/navigation.ts';
import { buildCitationIndex, resolveCitation } from '../../src/lib/citation-query.ts';
import { canonicalText, planJson } from '../../src/lib/canonical-text.ts';
import { latestPageTitles } from '../../src/lib/page-titles.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import/shapes');
const dir = mkdtempSync(join(tmpdir(), 'numbering-labels-'));
const models: Record<string, PlanModel> = {};

beforeAll(async () => {
  for (const shape of ['decimal', 'outline', 'flat']) {
    const r = await runImport({ input: join(FIXTURES, `${shape}.txt`), version: shape, contentDir: dir, today: '2026-01-01', stage: '公示稿', label: '公示稿', date: '2026-01-01' });
    expect(r.errors).toEqual([]);
    models[shape] = loadPlanModel(dir, shape);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every label a reader sees in navigation, breadcrumbs, the 404 titles and the canonical text of a version. */
function shownText(m: PlanModel): string {
  const v = m.version.id;
  const crumbs = m.chapters.flatMap((c) => [c, ...c.sections].map((p) => breadcrumbs(m, v, p.chapter, 'section' in p ? p.section : undefined)));
  return JSON.stringify([readingOrder(m, v), crumbs, latestPageTitles(m)]) + canonicalText(planJson(m, 'https://example.org/').chapters);
}

describe('chapter and section labels of imported versions', () => {
  test('a decimal version shows 1 and 1.1 as printed, and no 第X章 or 第X节', () => {
    const m = models.decimal!;
    expect(m.chapters.map((c) => [c.label, ...c.sections.map((s) => s.label)])).toEqual([['1', '1.1', '1.2'], ['2', '2.1']]);
    expect(readingOrder(m, 'decimal').map((p) => p.label)).toEqual(['1.1 规划目的', '1.2 规划范围', '2.1 总体格局']);
    expect(shownText(m)).not.toMatch(/第[一二三四五六七八九十]+[章节]/);
  });

  test('an outline version shows 一、 and （一） as printed, and no 第X章 or 第X节', () => {
    const m = models.outline!;
    expect(breadcrumbs(m, 'outline', 2, 1).map((b) => b.label)).toEqual(['公示稿', '二、重点任务', '（一）耕地保护']);
    expect(readingOrder(m, 'outline').map((p) => p.label)).toEqual(['一、（一）规划定位', '一、（二）基本原则', '二、（一）耕地保护']);
    expect(shownText(m)).not.toMatch(/第[一二三四五六七八九十]+[章节]/);
  });

  test('a flat version shows its one chapter by the plan\'s title alone, never 第一章', () => {
    const m = models.flat!;
    expect(m.chapters.map((c) => c.label)).toEqual(['']);
    expect(breadcrumbs(m, 'flat', 1).map((b) => b.label)).toEqual(['公示稿', '某县国土空间规划实施管理办法']);
    expect(shownText(m)).not.toMatch(/第一章/);
  });

  test('citation jumps name the printed chapter and section, and nothing for a flat version', () => {
    const decimal = buildCitationIndex(models.decimal!);
    expect(resolveCitation({ kind: 'printed', printed: '1.2.1' }, decimal)?.breadcrumb).toEqual(['1', '1.2', '1.2.1']);
    expect(resolveCitation({ kind: 'section', chapter: 2, section: 1 }, decimal)?.breadcrumb).toEqual(['2', '2.1']);
    const flat = buildCitationIndex(models.flat!);
    expect(resolveCitation({ kind: 'article', article: 2 }, flat)?.breadcrumb).toEqual(['第二条']);
  });

  test('a law-shaped version\'s citation index carries no labels: readers derive 第X章', async () => {
    const m = loadPlanModel('tests/fixtures/mini', 't1');
    expect(JSON.stringify(buildCitationIndex(m).chapters)).not.toContain('label');
  });
});
