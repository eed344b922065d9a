import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialStages, timelineEntries } from '../../src/lib/official-stages';

const notes = readFileSync('content/sources/drafting-notes.zh.txt', 'utf8');

describe('officialStages', () => {
  it('finds the four stages the drafting notes name, with their months and timeline anchors', () => {
    expect(officialStages(notes).map((s) => [s.name, s.stage, `${s.year}-${s.month}`, s.sourceId, s.url])).toEqual([
      ['大纲讨论稿', '大纲', '2019-11', 'T2019-11', '/notes/#t2019-11'],
      ['过程稿', '过程稿', '2020-5', 'T2020-05', '/notes/#t2020-05'],
      ['公示稿', '公示稿', '2023-1', 'T2023-01-2', '/notes/#t2023-01-2'],
      ['送审稿', '送审稿', '2023-8', 'T2023-08', '/notes/#t2023-08'],
    ]);
  });

  it('keeps the notes’ own sentence for each stage', () => {
    expect(officialStages(notes)[2]!.text).toMatch(/^2023年1月，完成总体规划公示稿/);
  });
});

describe('timelineEntries', () => {
  it('numbers a second entry in the same month and ignores dates outside part 二', () => {
    const text = '一、必要性\n2019年5月，文件。\n二、编制过程：\n2023年1月，甲。\n2023年1月，乙。\n三、目标\n2024年1月，丙。\n';
    expect(timelineEntries(text).map((e) => e.id)).toEqual(['T2023-01', 'T2023-01-2']);
  });
});
