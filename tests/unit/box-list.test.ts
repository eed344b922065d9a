/** The 专栏 boxes a contents page lists, each linked to its anchor where it stands (issue 11). */
import { describe, expect, test } from 'vitest';
import { listBoxes } from '../../src/lib/box-title.ts';

describe('listing 专栏 boxes', () => {
  test('lists every box heading of every page in order, linked to its page and anchor', () => {
    const pages = [
      { url: '/v/1/', body: '## 第一条 重点项目\n\n### 专栏1 重点项目\n\n| 项目 | 类型 |\n\n### 专栏 3\\-1 实施保障措施\n\n正文。\n' },
      { url: '/v/1/2/', body: '### 专栏二 生态修复工程\n' },
    ];
    expect(listBoxes(pages)).toEqual([
      { title: '专栏1 重点项目', anchor: 'box-1', url: '/v/1/#box-1' },
      { title: '专栏 3-1 实施保障措施', anchor: 'box-3-1', url: '/v/1/#box-3-1' },
      { title: '专栏二 生态修复工程', anchor: 'box-二', url: '/v/1/2/#box-二' },
    ]);
  });

  test('leaves out ### headings that are not boxes and a repeated box number on one page, as the anchors do', () => {
    const body = '### 附表说明\n\n### 专栏1 甲\n\n### 专栏1 乙\n\n专栏2 不是标题。\n';
    expect(listBoxes([{ url: '/v/2/', body }]).map((b) => b.title)).toEqual(['专栏1 甲']);
  });

  test('lists nothing for pages without boxes', () => {
    expect(listBoxes([{ url: '/v/1/', body: '## 第一条 总则\n\n正文。\n' }])).toEqual([]);
  });
});
