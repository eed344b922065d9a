/**
 * Writing versions: a version is built in a temporary folder and renamed into
 * place; an existing version is never touched without --replace; a failed
 * import leaves the content folder byte-for-byte unchanged (checked by hashing
 * the tree); keys carry over from the previous version.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/lib/import/run.ts';
import { loadPlanModel } from '../../src/lib/plan-files.ts';
import { hashTree } from './import-helpers.ts';

let dir: string;
let contentDir: string;
const base = { stage: '公示稿', label: '公示稿', date: '2026-01-01' };

const ED1 = `某县国土空间总体规划（2021—2035年）
第一章 总则
第一节 目的
第一条 规划目的
为落实国家战略，统筹国土空间开发保护，制定本规划。
第二条 规划范围
规划范围为县域行政辖区，总面积以第三次全国国土调查为准。
第二节 期限
第三条 规划期限
规划期限为2021—2035年，近期至2025年，远景展望至2050年。
第二章 格局
第四条 生态保护红线
严格落实生态保护红线管控要求，红线内自然保护地核心保护区原则上禁止人为活动。
第五条 永久基本农田
严格保护永久基本农田，任何单位和个人不得擅自占用或者改变用途，按照第四条执行。
`;
// ed2: a new article 2, article 4 edited, the old article 5 renumbered 6.
const ED2 = ED1.replace('第二条 规划范围', '第二条 规划原则\n坚持生态优先、绿色发展，坚持以人民为中心。\n第三条 规划范围')
  .replace('第三条 规划期限', '第四条 规划期限')
  .replace('第四条 生态保护红线', '第五条 生态保护红线')
  .replace('原则上禁止人为活动。', '原则上禁止人为活动，喀拉峻世界自然遗产地按遗产地要求管理。')
  .replace('第五条 永久基本农田', '第六条 永久基本农田')
  .replace('按照第四条执行', '按照第五条执行');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-write-'));
  contentDir = join(dir, 'content');
  mkdirSync(join(contentDir, 'plan'), { recursive: true });
  writeFileSync(join(contentDir, 'other.md'), '其他内容\n');
  writeFileSync(join(dir, 'ed1.txt'), ED1);
  writeFileSync(join(dir, 'ed2.txt'), ED2);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a version', () => {
  test('writes the version folder and leaves no temporary folder behind', async () => {
    const r = await runImport({ input: join(dir, 'ed1.txt'), version: 'ed1', contentDir, ...base });
    expect(r.exitCode).toBe(0);
    expect(readdirSync(join(contentDir, 'plan'))).toEqual(['ed1']);
    expect(readdirSync(join(contentDir, 'plan', 'ed1')).sort()).toEqual(['01', '02', '_version.yaml']);
    // The written version loads through the site's own reader and model.
    const model = loadPlanModel(contentDir, 'ed1');
    expect(model.articles.map((a) => a.key)).toEqual(['1', '2', '3', '4', '5']);
  });

  test('a failed import leaves the content folder byte-for-byte unchanged, even with --replace', async () => {
    await runImport({ input: join(dir, 'ed1.txt'), version: 'ed1', contentDir, ...base });
    const before = hashTree(contentDir);
    writeFileSync(join(dir, 'bad.txt'), ED1.replace('第三条 规划期限', '第九条 规划期限'));
    for (const version of ['ed1', 'ed2']) {
      const r = await runImport({ input: join(dir, 'bad.txt'), version, contentDir, replace: true, ...base });
      expect(r.exitCode).toBe(1);
      expect(hashTree(contentDir)).toBe(before);
    }
  });

  test('an existing version is not touched without --replace, and is replaced whole with it', async () => {
    await runImport({ input: join(dir, 'ed1.txt'), version: 'ed1', contentDir, ...base });
    const before = hashTree(contentDir);
    // The correction merges section 2 into section 1: its file must disappear.
    writeFileSync(join(dir, 'fix.txt'), ED1.replace('第二节 期限\n', ''));
    const refused = await runImport({ input: join(dir, 'fix.txt'), version: 'ed1', contentDir, ...base });
    expect(refused.exitCode).toBe(2);
    expect(hashTree(contentDir)).toBe(before);
    const replaced = await runImport({ input: join(dir, 'fix.txt'), version: 'ed1', contentDir, replace: true, ...base });
    expect(replaced.exitCode).toBe(0);
    expect(existsSync(join(contentDir, 'plan', 'ed1', '01', '02.mdx'))).toBe(false);
    expect(readdirSync(join(contentDir, 'plan'))).toEqual(['ed1']);
  });

  test('importing the same text again is a no-op that succeeds', async () => {
    await runImport({ input: join(dir, 'ed1.txt'), version: 'ed1', contentDir, ...base });
    const before = hashTree(contentDir);
    const again = await runImport({ input: join(dir, 'ed1.txt'), version: 'ed1', contentDir, ...base });
    expect(again.exitCode).toBe(0);
    expect(again.unchanged).toBe(true);
    expect(hashTree(contentDir)).toBe(before);
  });
});

describe('keys against the previous version', () => {
  test('carries keys, records renumbering, keys the new article by version and lists the changes', async () => {
    await runImport({ input: join(dir, 'ed1.txt'), version: 'ed1', contentDir, ...base });
    const r = await runImport({ input: join(dir, 'ed2.txt'), version: 'ed2', contentDir, previous: 'ed1', ...base, date: '2026-02-01' });
    expect(r.errors).toEqual([]);
    const model = loadPlanModel(contentDir, 'ed2');
    expect(model.articles.map((a) => [a.number, a.key, a.from])).toEqual([
      [1, '1', undefined],
      [2, 'ed2-2', undefined],
      [3, '2', 2],
      [4, '3', 3],
      [5, '4', 4],
      [6, '5', 5],
    ]);
    expect(model.version.previous).toBe('ed1');
    expect(model.version.changes).toEqual([
      { kind: 'added', article: 2, note: '' },
      { kind: 'renumbered', article: 3, from: 2, note: '' },
      { kind: 'renumbered', article: 4, from: 3, note: '' },
      { kind: 'changed', article: 5, from: 4, note: '' },
      { kind: 'changed', article: 6, from: 5, note: '' },
    ]);
    expect(readFileSync(join(contentDir, 'plan', 'ed2', '01', '01.mdx'), 'utf8')).toContain('  - { number: 3, key: "2", from: 2 }');
  });

  test('the previous version comes from the .meta.yaml sidecar when --previous is not given', async () => {
    await runImport({ input: join(dir, 'ed1.txt'), version: 'ed1', contentDir, ...base });
    writeFileSync(join(dir, 'ed2.meta.yaml'), 'previous: ed1\nlabel: 第二版\nchanges:\n  - kind: added\n    article: 2\n    note: 新增规划原则\n');
    const r = await runImport({ input: join(dir, 'ed2.txt'), version: 'ed2', contentDir, stage: '公示稿', date: '2026-02-01' });
    expect(r.exitCode).toBe(0);
    const model = loadPlanModel(contentDir, 'ed2');
    expect(model.version.label).toBe('第二版');
    expect(model.version.changes).toEqual([{ kind: 'added', article: 2, note: '新增规划原则' }]);
    expect(model.articles[2]!.key).toBe('2');
  });

  test('an official text records its basis and issuing body from the sidecar, and without a basis says none rather than its file name (second-plan tester, 2026-12-03)', async () => {
    writeFileSync(join(dir, 'ed1.meta.yaml'), 'basis: 某县自然资源局提供的批复稿文本\nresponsible: 某县人民政府\n');
    await runImport({ input: join(dir, 'ed1.txt'), version: 'ed1', contentDir, ...base, stage: '批复稿' });
    const model = loadPlanModel(contentDir, 'ed1');
    expect([model.version.basis, model.version.responsible]).toEqual(['某县自然资源局提供的批复稿文本', '某县人民政府']);
    rmSync(join(dir, 'ed1.meta.yaml'));
    const r = await runImport({ input: join(dir, 'ed1.txt'), version: 'ed9', contentDir, ...base, stage: '批复稿' });
    const bare = loadPlanModel(contentDir, 'ed9').version;
    expect([bare.basis, bare.responsible]).toEqual(['批复稿文本（来源未载明）', undefined]);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('no basis given'));
  });
});
