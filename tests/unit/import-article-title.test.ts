/**
 * What follows 第X条 on its line: an article title, the start of its text, or
 * both (src/lib/import/article-title.ts). The rule leans towards body text:
 * a sentence must never become a title.
 */
import { describe, expect, test } from 'vitest';
import { splitArticleRest } from '../../src/lib/import/article-title.ts';

describe('a title in square brackets', () => {
  test('is the title with the spaces inside it and around the text removed', () => {
    expect(splitArticleRest('【 生态保护红线 】 严格落实生态保护红线 管控要求。 ', false)).toEqual({ title: '生态保护红线', body: '严格落实生态保护红线 管控要求。' });
    expect(splitArticleRest('〔规划范围〕', true)).toEqual({ title: '规划范围', body: '' });
  });

  test('counts only at the start: a bracket inside the sentence stays text', () => {
    expect(splitArticleRest('依照【附件一】执行。', false)).toEqual({ title: '', body: '依照【附件一】执行。' });
    expect(splitArticleRest(' 依照【附件一】执行。', false)).toEqual({ title: '', body: '依照【附件一】执行。' });
  });
});

describe('a title in round brackets', () => {
  test('is the title, spaces inside it removed, with the text after it kept whole', () => {
    expect(splitArticleRest('（ 立法目的 ）为了加强管理， 制定本办法。 ', false)).toEqual({ title: '立法目的', body: '为了加强管理， 制定本办法。' });
    expect(splitArticleRest('（三年行动）县人民政府组织实施。', false)).toEqual({ title: '三年行动', body: '县人民政府组织实施。' });
    expect(splitArticleRest('（远景2035）展望到2035年。', false)).toEqual({ title: '远景2035', body: '展望到2035年。' });
    expect(splitArticleRest('（用语含义）本办法下列用语的含义：', false)).toEqual({ title: '用语含义', body: '本办法下列用语的含义：' });
  });

  test('is no title when it is an enumeration or a note that belongs to the sentence', () => {
    expect(splitArticleRest('（十一）严格保护耕地。', false)).toEqual({ title: '', body: '（十一）严格保护耕地。' });
    expect(splitArticleRest('（以下简称规划）由县人民政府组织实施。', false).title).toBe('');
  });

  test('counts only at the start: brackets inside the sentence stay text', () => {
    expect(splitArticleRest('依照（附件一）执行。', false)).toEqual({ title: '', body: '依照（附件一）执行。' });
  });
});

describe('a title run into its text (outline provisions)', () => {
  test('a few words before a full stop are the title where runIn is asked for, and only then', () => {
    expect(splitArticleRest('指导思想。以习近平新时代中国特色社会主义思想为指导。', true, false, true)).toEqual({ title: '指导思想', body: '以习近平新时代中国特色社会主义思想为指导。' });
    expect(splitArticleRest('耕地保护。 严格落实耕地保有量。', false, false, true)).toEqual({ title: '耕地保护', body: '严格落实耕地保有量。' });
    expect(splitArticleRest('指导思想。以习近平新时代中国特色社会主义思想为指导。', true)).toEqual({ title: '', body: '指导思想。以习近平新时代中国特色社会主义思想为指导。' });
  });

  test('not a sentence that ends alone, a long first sentence, a clause, or one opening like 本规划', () => {
    expect(splitArticleRest('严格保护耕地。', true, false, true)).toEqual({ title: '', body: '严格保护耕地。' });
    expect(splitArticleRest('全县耕地保有量不得低于规划目标。其他要求以批复文本为准。', true, false, true).title).toBe('');
    expect(splitArticleRest('坚持生态优先，绿色发展。其他要求以批复文本为准。', true, false, true).title).toBe('');
    expect(splitArticleRest('本规划。自批准之日起施行。', true, false, true).title).toBe('');
    expect(splitArticleRest('耕地不少于50万亩。具体以批复文本为准。', true, false, true).title).toBe('');
  });
});

describe('a title before a colon', () => {
  test('is a few words before the colon, glued to the number or after a space', () => {
    expect(splitArticleRest('规划范围：本次规划范围为县域， 共7个乡镇。 ', false)).toEqual({ title: '规划范围', body: '本次规划范围为县域， 共7个乡镇。' });
    expect(splitArticleRest('　规划范围：本次规划范围为县域。', false)).toEqual({ title: '规划范围', body: '本次规划范围为县域。' });
  });

  test('is not taken from inside a sentence', () => {
    expect(splitArticleRest(' 在规划期内，城镇开发边界：严格管控。', false)).toEqual({ title: '', body: '在规划期内，城镇开发边界：严格管控。' });
  });

  test('a colon right after the number opens the text, whatever the spaces around it, unless a title stands alone after it', () => {
    expect(splitArticleRest('：本规划范围为县域全域。', true)).toEqual({ title: '', body: '本规划范围为县域全域。' });
    expect(splitArticleRest(' ：规划范围包括县域全域', false)).toEqual({ title: '', body: '规划范围包括县域全域' });
    expect(splitArticleRest('  ：规划范围', true, true)).toEqual({ title: '', body: '规划范围' });
    // 第六条：规划实施, its text on the next lines.
    expect(splitArticleRest('：规划实施', true)).toEqual({ title: '规划实施', body: '' });
    expect(splitArticleRest(' ： 规划 实施', true)).toEqual({ title: '规划 实施', body: '' });
    expect(splitArticleRest('：规划实施', false)).toEqual({ title: '', body: '规划实施' });
    // A figure makes it a statement: 第三条：耕地保有量不低于120万亩.
    expect(splitArticleRest('：耕地保有量不低于120万亩', true)).toEqual({ title: '', body: '耕地保有量不低于120万亩' });
  });

  test('a title in round brackets alone on its line, its text on the next, loses its brackets as it does before text', () => {
    expect(splitArticleRest('（目标定位）', true)).toEqual({ title: '目标定位', body: '' });
    expect(splitArticleRest('　（其他）', true)).toEqual({ title: '其他', body: '' });
    expect(splitArticleRest('（目标定位）', false)).toEqual({ title: '', body: '（目标定位）' });
  });

  test('a colon at the end of the text after a title is part of the text', () => {
    expect(splitArticleRest(' 生态保护红线 严格落实以下要求：', false)).toEqual({ title: '生态保护红线', body: '严格落实以下要求：' });
  });
});

describe('a title before a space', () => {
  test('with body text on the next lines, a short phrase with one space in it is one title, kept as written', () => {
    expect(splitArticleRest(' 规划 范围', true)).toEqual({ title: '规划 范围', body: '' });
  });

  test('without body text after the line, a title before a space is split off the text, the text kept whole', () => {
    expect(splitArticleRest(' 生态保护红线 严格落实 管控要求。 ', false)).toEqual({ title: '生态保护红线', body: '严格落实 管控要求。' });
    expect(splitArticleRest(' 本规划自批准之日起施行。 ', false)).toEqual({ title: '', body: '本规划自批准之日起施行。' });
  });

  test('two spaces part the title from the start of the text', () => {
    expect(splitArticleRest(' 规划目标  近期目标', true)).toEqual({ title: '规划目标', body: '近期目标' });
  });

  test('a line that goes on on the next line is a sentence split after its title', () => {
    expect(splitArticleRest(' 规划 范围', true, true)).toEqual({ title: '规划', body: '范围' });
  });

  test('a line that goes on on the next line and opens like a sentence is all text', () => {
    expect(splitArticleRest(' 本规划 自批准之日起', true, true)).toEqual({ title: '', body: '本规划 自批准之日起' });
  });

  test('a phrase glued to the number is no title when text follows it on the line', () => {
    expect(splitArticleRest('所称国土空间 是指县域内的陆地。', false)).toEqual({ title: '', body: '所称国土空间 是指县域内的陆地。' });
  });

  test("is no title where the space is a PDF export's beside Latin letters or digits, or where the words lead on into the text", () => {
    for (const rest of [' 到 2035 年，全县耕地保有量不低于 152.3 万亩。', ' 全县 GDP 年均增长 6% 左右。', ' 严格控制 PM2.5 浓度。', ' HTML 实体不得出现。', ' 规划范围见 附图1。', ' 规划期限为 2021 年至 2035 年。', ' 生态保护与 修复。', ' 本规划 自批准之日起施行。']) {
      expect(splitArticleRest(rest, false), rest).toEqual({ title: '', body: rest.trim() });
    }
    // Words that end a noun are a title still: 目的, 行为, 意见, 方向, 应对, 参与, 普及.
    for (const title of ['规划目的', '禁止行为', '实施意见', '发展方向', '风险应对', '公众参与', '知识普及']) {
      expect(splitArticleRest(` ${title} 严格落实管控要求。`, false), title).toEqual({ title, body: '严格落实管控要求。' });
    }
  });

  test('a phrase opening like a sentence is a title only up to eight characters', () => {
    expect(splitArticleRest(' 在建项目管理要求 在建项目应当按规划实施。', false)).toEqual({ title: '在建项目管理要求', body: '在建项目应当按规划实施。' });
    expect(splitArticleRest(' 各类开发区管理要求 各类开发区应当按规划实施。', false)).toEqual({ title: '', body: '各类开发区管理要求 各类开发区应当按规划实施。' });
  });
});

describe('a letter-spaced title from a PDF', () => {
  test('is closed up whole when its text follows on the next lines, however long', () => {
    expect(splitArticleRest(' 城 镇 开 发 边 界 管 控 要 求', true)).toEqual({ title: '城镇开发边界管控要求', body: '' });
    expect(splitArticleRest('　总　则', true)).toEqual({ title: '总则', body: '' });
    // Alone on its line with no text after it, a few spaced words are a title whose article lost its text.
    expect(splitArticleRest(' 规 划 目 的', false)).toEqual({ title: '规划目的', body: '' });
    expect(splitArticleRest(' 城 镇 开 发 边 界 管 控 要 求', false)).toEqual({ title: '城镇开发边界管控要求', body: '' });
    expect(splitArticleRest(' 城 镇 开 发 边 界 管 控 具 体 要 求', false)).toEqual({ title: '', body: '城 镇 开 发 边 界 管 控 具 体 要 求' });
  });

  test('is no title when it reads as a sentence, goes on on the next line, glues to the number or has no text after it', () => {
    expect(splitArticleRest(' 本 规 划 适 用 于 县 域 全 域 范 围', true)).toEqual({ title: '', body: '本 规 划 适 用 于 县 域 全 域 范 围' });
    expect(splitArticleRest(' 严 格 管 控 。', true)).toEqual({ title: '', body: '严 格 管 控 。' });
    expect(splitArticleRest(' 城 镇 开 发 边 界 管 控 要 求', true, true)).toEqual({ title: '', body: '城 镇 开 发 边 界 管 控 要 求' });
    expect(splitArticleRest(' 一 二 三 四 五 六 七 八 九 十 一 二 三 四 五 六 七 八 九 十 一', true)).toEqual({ title: '', body: '一 二 三 四 五 六 七 八 九 十 一 二 三 四 五 六 七 八 九 十 一' });
  });
});

describe('separators after the number', () => {
  test('are all removed before the text, not only the first', () => {
    expect(splitArticleRest('．、规划范围为县域。', false)).toEqual({ title: '', body: '规划范围为县域。' });
  });

  test('nothing but separators leaves neither title nor text', () => {
    expect(splitArticleRest(' ．', true)).toEqual({ title: '', body: '' });
    expect(splitArticleRest('', false)).toEqual({ title: '', body: '' });
  });
});

describe('a phrase with nothing after it', () => {
  test('after a space is a title whose article lost its text; glued to the number it is the text', () => {
    expect(splitArticleRest(' 规划范围', false)).toEqual({ title: '规划范围', body: '' });
    expect(splitArticleRest('规划范围', false)).toEqual({ title: '', body: '规划范围' });
  });
});
