import { describe, expect, it } from 'vitest';
import { changeLines, partChangeLines, titleChangeLines } from '../../src/lib/changelog.ts';
import { articleNamer } from '../../src/lib/provision-number.ts';
import { statusLabel, compiledBasis } from '../../src/lib/version-status.ts';

describe('changeLines', () => {
  it('names a removed article with the previous version\'s label', () => {
    expect(changeLines([{ kind: 'removed', article: 15, note: '条文单薄' }], '整理稿第1版', new Set())).toEqual(['删除 整理稿第1版第十五条：条文单薄']);
  });

  it('drops a 文字未改 claim from a renumbering note whose range holds a changed article, and names it', () => {
    const note = '第十三条至第十六条（原第十一条至第十四条）因前文条文增删顺延编号，本条文字未改';
    expect(changeLines([{ kind: 'renumbered', article: 13, from: 11, note }], '整理稿第1版', new Set([16, 18]))).toEqual([
      '重新编号 第十三条（原第十一条）：第十三条至第十六条（原第十一条至第十四条）因前文条文增删顺延编号；其中第十六条的文字另有修改，见该条',
    ]);
  });

  it('keeps a renumbering note whose range really is unchanged', () => {
    const note = '第十七条至第三十三条（原第十六条至第三十二条）因前文条文增删顺延编号，本条文字未改';
    expect(changeLines([{ kind: 'renumbered', article: 17, from: 16, note }], '整理稿第1版', new Set([16, 34]))[0]).toContain('本条文字未改');
  });
});

describe('change lines of a version whose provisions are numbered otherwise', () => {
  it('names articles by their printed numbers (3.2.1), the removed and former ones by the previous version\'s', () => {
    const newer = articleNamer({ articles: [{ number: 7, printed: '3.2.1' }, { number: 8, printed: '3.2.2' }] as never });
    const older = articleNamer({ articles: [{ number: 6, printed: '3.1.4' }, { number: 9, printed: '4.1.1' }] as never });
    const changes = [
      { kind: 'added' as const, article: 7, note: '新增' },
      { kind: 'renumbered' as const, article: 8, from: 6, note: '' },
      { kind: 'removed' as const, article: 9, note: '并入上条' },
    ];
    expect(changeLines(changes, '公示稿', new Set(), { newer, older })).toEqual(['新增 3.2.1：新增', '重新编号 3.2.2（原3.1.4）', '删除 公示稿4.1.1：并入上条']);
  });

  it('keeps 第十八条 for law-shaped versions, whose printed number is the ordinal\'s', () => {
    const law = articleNamer({ articles: [{ number: 18 }] as never });
    expect(changeLines([{ kind: 'changed', article: 18, note: '补充' }], '整理稿第1版', new Set(), { newer: law, older: law })).toEqual(['修改 第十八条：补充']);
  });

  it('names a changed section title by the labels the version shows (1.2)', () => {
    const before = { chapters: [{ chapter: 1, label: '1', title: '总则', sections: [{ section: 2, label: '1.2', title: '规划范围' }] }] };
    const after = { chapters: [{ chapter: 1, label: '1', title: '总则', sections: [{ section: 2, label: '1.2', title: '规划范围和期限' }] }] };
    expect(titleChangeLines(before, after)).toEqual(['修改 1.2标题：规划范围 → 规划范围和期限']);
  });
});

describe('partChangeLines and titleChangeLines', () => {
  it('records a part such as 附图 that a version adds, changes or removes', () => {
    expect(partChangeLines([], [{ title: '附图', text: '附图1　区位图' }], '整理稿第1版')).toEqual(['新增 附图（条文之后的部分）']);
    expect(partChangeLines([{ title: '附图', text: 'a' }], [{ title: '附图', text: 'b' }], '整理稿第1版')).toEqual(['修改 附图（条文之后的部分）']);
    expect(partChangeLines([{ title: '附表', text: 'a' }], [], '整理稿第2版')).toEqual(['删除 整理稿第2版附表']);
  });

  it('records a section title changed under the same number', () => {
    const before = { chapters: [{ chapter: 6, title: '农业空间与乡村振兴', sections: [{ section: 2, title: '农牧业空间布局' }] }] };
    const after = { chapters: [{ chapter: 6, title: '农业空间与乡村振兴', sections: [{ section: 2, title: '农业空间布局' }] }] };
    expect(titleChangeLines(before, after)).toEqual(['修改 第六章第二节标题：农牧业空间布局 → 农业空间布局']);
    expect(titleChangeLines(before, before)).toEqual([]);
  });
});

describe('status wording', () => {
  it('never calls a compiled edition 现行, newest or not', () => {
    expect(statusLabel({ stage: '整理稿', status: 'current' }, true)).toBe('最新整理稿');
    expect(statusLabel({ stage: '整理稿', status: 'superseded' }, false)).toBe('已被新版整理稿取代');
    expect(statusLabel({ stage: '批复稿', status: 'current' }, true)).toBe('现行');
    expect(statusLabel({ stage: '公示稿', status: 'current' }, true)).toBe('最新收录文本');
  });

  it('states a version\'s own basis: the drafting notes alone when no section cites a public fact', () => {
    const version = (sources: string[]) => ({ chapters: [{ sources: [], sections: [{ sources }] }] });
    expect(compiledBasis(version(['N1', 'T2019-09']))).toBe('起草说明');
    expect(compiledBasis(version(['N4', 'F3']))).toBe('起草说明和公开资料');
  });
});
