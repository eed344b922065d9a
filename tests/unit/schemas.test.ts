import { describe, expect, it } from 'vitest';
import { chapterSchema, SOURCE_ID_PATTERN, sectionSchema, STAGES, versionSchema } from '../../src/lib/schemas.ts';

const version = {
  id: 'ed2',
  title: '特克斯县国土空间总体规划（2021—2035年）',
  label: '整理稿第2版',
  date: '2026-11-29',
  stage: '整理稿',
  status: 'current',
  basis: '依据起草说明与公开资料整理',
  expect: { chapters: 14, sections: 46 },
};

/** The messages a schema gives for a value, by path. */
function issues(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('versionSchema', () => {
  it('accepts the CONTRIBUTING example and fills in an empty changelog and the law-shaped numbering', () => {
    expect(versionSchema.parse(version)).toEqual({ ...version, numbering: 'law', changes: [] });
  });

  it('reads a YAML date (a Date object) as YYYY-MM-DD', () => {
    expect(versionSchema.parse({ ...version, date: new Date('2026-11-29T00:00:00Z') }).date).toBe('2026-11-29');
  });

  it('accepts a changelog with a renumbered article and gives a missing note as empty', () => {
    const v = versionSchema.parse({ ...version, previous: 'ed1', changes: [{ kind: 'renumbered', article: 20, from: 19 }] });
    expect(v.changes).toEqual([{ kind: 'renumbered', article: 20, from: 19, note: '' }]);
    expect(v.previous).toBe('ed1');
  });

  it('accepts every stage of the planning process and no other', () => {
    for (const stage of STAGES) expect(issues(versionSchema, { ...version, stage })).toEqual([]);
    expect(issues(versionSchema, { ...version, stage: 'final' })[0]).toMatch(/^stage: `stage` must be one of 整理稿/);
  });

  it('says what to write for each missing field', () => {
    expect(issues(versionSchema, {})).toEqual([
      'id: version `id` must be lowercase letters, digits and hyphens, e.g. ed2',
      'title: give the plan `title`, e.g. 示例县国土空间总体规划（2021—2035年）',
      'label: give a `label`, e.g. 整理稿第2版',
      'date: `date` must be YYYY-MM-DD',
      'stage: `stage` must be one of 整理稿 / 大纲 / 过程稿 / 公示稿 / 送审稿 / 批复稿 / 修改',
      'status: `status` must be current or superseded',
      'basis: say in `basis` what this version was compiled from',
      'expect: give the counts the text must have: `expect: { chapters: 14, sections: 46 }`',
    ]);
  });

  it('refuses a date that is not YYYY-MM-DD and counts that are not whole numbers', () => {
    expect(issues(versionSchema, { ...version, date: '29.11.2026' })).toEqual(['date: `date` must be YYYY-MM-DD']);
    expect(issues(versionSchema, { ...version, expect: { chapters: 1.5, sections: 0.5 } })).toEqual([
      'expect.chapters: `expect.chapters` must be a whole number',
      'expect.sections: `expect.sections` must be a whole number ≥ 0',
    ]);
  });
});

describe('chapter and section schemas', () => {
  const sec = { version: 'ed2', chapter: 4, section: 2, title: '统筹划定三条控制线', sources: ['N4', 'F2'], articles: [{ number: 18, key: '18' }, { number: 19, key: 'ed2-19' }, { number: 20, key: '19', from: 19 }] };

  it('accepts the CONTRIBUTING section example', () => {
    expect(sectionSchema.parse(sec)).toEqual(sec);
  });

  it('defaults a chapter without sources and articles to empty lists', () => {
    expect(chapterSchema.parse({ version: 'ed2', chapter: 4, title: '国土空间开发保护格局' })).toEqual({ version: 'ed2', chapter: 4, title: '国土空间开发保护格局', sources: [], articles: [] });
  });

  it('accepts an annotation on a paragraph and refuses one without sources or text', () => {
    const note = { article: 18, paragraph: 2, text: '起草说明记载……', sources: ['T2022-08'] };
    expect(sectionSchema.parse({ ...sec, annotations: [note] }).annotations).toEqual([note]);
    expect(issues(sectionSchema, { ...sec, annotations: [{ article: 18, text: '……', sources: [] }] })).toEqual([
      'annotations.0.sources: give each annotation its `sources` (N1–N4, T<yyyy-mm>, F<n>)',
    ]);
    expect(issues(sectionSchema, { ...sec, annotations: [{ article: 18, text: '', sources: ['N2'] }] })).toEqual([
      "annotations.0.text: give the annotation `text` (the editor's note)",
    ]);
  });

  it('refuses article keys that are numbers, padded, or not version-prefixed', () => {
    for (const key of [18, '018', 'ed2_19', 'ed2-', '-19', 'ED2-19', '']) {
      expect(issues(sectionSchema, { ...sec, articles: [{ number: 18, key }] }), String(key)).toEqual(['articles.0.key: article `key` must be a quoted string like "18" or "ed2-19"']);
    }
    expect(issues(sectionSchema, { ...sec, articles: [{ number: 18, key: '2023-08-sstg-5' }] })).toEqual([]);
  });

  it('accepts the source ids of the content model and refuses others', () => {
    for (const id of ['N1', 'N4', 'T2019-09', 'T2023-01-2', 'F1', 'F27']) expect(SOURCE_ID_PATTERN.test(id), id).toBe(true);
    for (const id of ['N0', 'N5', 'F0', 'T2019', 'X1', 'n1']) expect(SOURCE_ID_PATTERN.test(id), id).toBe(false);
  });

  it('refuses a section or chapter number below 1', () => {
    expect(issues(sectionSchema, { ...sec, section: 0, chapter: -1 })).toEqual(['chapter: `chapter` starts at 1', 'section: `section` starts at 1']);
  });
});
