import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTICLES_PER_VERSION, SECTIONS_PER_CHAPTER, benchId, generateContent } from '../../scripts/bench-plan.ts';
import { listVersionIds, loadAllPlanModels, loadPlanModel } from '../../src/lib/plan-files.ts';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-plan-test-'));
  made.push(dir);
  return join(dir, 'content');
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sectionCount = (model: ReturnType<typeof loadPlanModel>) => model.chapters.reduce((n, c) => n + c.sections.length, 0);

describe('generateContent for the scaling bench', () => {
  it('writes a synthetic plan of the real shape that passes the site’s own checks when the base has no full version', () => {
    const into = tempDir();
    const gen = generateContent('tests/fixtures/mini', 3, into);
    expect(gen.source).toMatch(/synthetic/);
    const models = loadAllPlanModels(into);
    expect(models.map((m) => m.version.id)).toEqual([benchId(1), benchId(2), benchId(3)]);
    for (const m of models) {
      expect(m.chapters).toHaveLength(SECTIONS_PER_CHAPTER.length);
      expect(sectionCount(m)).toBe(46);
      expect(m.articles).toHaveLength(ARTICLES_PER_VERSION);
    }
    expect(gen.articles).toBe(3 * ARTICLES_PER_VERSION);
  });

  it('chains the versions: the last is current and each revises the one before', () => {
    const into = tempDir();
    generateContent('tests/fixtures/mini', 2, into);
    const [first, second] = loadAllPlanModels(into);
    expect(first!.version.status).toBe('superseded');
    expect(first!.version.previous).toBeUndefined();
    expect(second!.version.status).toBe('current');
    expect(second!.version.previous).toBe(benchId(1));
  });

  it('copies the real plan’s current version, and the copies pass the checks', () => {
    expect(listVersionIds('content').length, 'content/plan holds no version: run `npm run import` first').toBeGreaterThan(0);
    const into = tempDir();
    const gen = generateContent('content', 2, into);
    expect(gen.source).toMatch(/^copies of /);
    const current = loadAllPlanModels('content').find((m) => m.version.status === 'current')!;
    const copies = loadAllPlanModels(into);
    expect(copies).toHaveLength(2);
    for (const m of copies) {
      expect(sectionCount(m)).toBe(sectionCount(current));
      expect(m.articles.map((a) => a.key)).toEqual(current.articles.map((a) => a.key));
    }
    expect(gen.articles).toBe(2 * current.articles.length);
  });
});
