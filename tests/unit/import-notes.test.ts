/** Notes mode: the drafting notes → anchored parts n1…n4 and a dated, linkable timeline. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNotesImport, type NotesImportResult, type TimelineEntry } from '../../src/lib/import/notes.ts';
import { htmlText, renderMdx } from './import-helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE = join(ROOT, 'content/sources/drafting-notes.zh.txt');
const source = readFileSync(SOURCE, 'utf8');
let dir: string;
let r: NotesImportResult;
let mdx: string;
let timeline: TimelineEntry[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'import-notes-'));
  r = await runNotesImport({ input: SOURCE, contentDir: join(dir, 'content') });
  mdx = readFileSync(join(dir, 'content/notes/drafting-notes.mdx'), 'utf8');
  timeline = JSON.parse(readFileSync(join(dir, 'content/notes/timeline.json'), 'utf8')).entries;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('drafting notes', () => {
  test('imports without errors and warns about the 〔2019] bracket, which is kept', () => {
    expect(r.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.warnings.some((w) => /“〔” closed by “]”/.test(w.message))).toBe(true);
    expect(mdx).toContain('中发〔2019\\]18号');
  });

  test('has four anchored parts with their headings as written', async () => {
    const html = await renderMdx(mdx);
    for (const [id, heading] of [['n1', '一、制定的必要性：'], ['n2', '二、编制过程：'], ['n3', '三、工作目标'], ['n4', '四、主要内容']]) {
      expect(html).toContain(`<section id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>`);
    }
  });

  test('keeps every part verbatim apart from the bookmark marker and the hard break after 影响', async () => {
    const text = htmlText(await renderMdx(mdx));
    const expected = source
      .replace('[bookmark: _GoBack]', '')
      .replace('影响\n到', '影响到')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim());
    for (const line of expected) expect(text).toContain(line.trim());
    expect(text).not.toContain('bookmark');
  });

  test('turns 编制过程 into dated entries, the second in a month suffixed -2', () => {
    expect(timeline).toHaveLength(source.split('\n').filter((l) => /^\d{4}年\d{1,2}月/.test(l)).length);
    expect(timeline[0]).toMatchObject({ id: 't2019-09', source: 'T2019-09', date: '2019-09', label: '2019年9月' });
    expect(timeline.filter((t) => t.date === '2023-01').map((t) => t.id)).toEqual(['t2023-01', 't2023-01-2']);
    expect(timeline.find((t) => t.id === 't2023-01-2')!.stages).toEqual(['公示稿']);
    expect(timeline.find((t) => t.id === 't2023-08')!.stages).toEqual(['送审稿']);
  });

  test('renders the timeline as an ordered list of linkable, dated items', async () => {
    const html = await renderMdx(mdx);
    expect(html).toContain('<ol class="timeline"><li id="t2019-09"><a href="#t2019-09"><time datetime="2019-09">2019年9月</time></a>，根据《中华人民共和国政府采购法实施条例》');
    expect(html.match(/<li id="t\d{4}-\d{2}(-\d)?">/g)).toHaveLength(timeline.length);
  });

  test('the committed content/notes is what the importer writes now', () => {
    expect(readFileSync(join(ROOT, 'content/notes/drafting-notes.mdx'), 'utf8')).toBe(mdx);
    expect(JSON.parse(readFileSync(join(ROOT, 'content/notes/timeline.json'), 'utf8')).entries).toEqual(timeline);
  });

  test('refuses notes without parts and writes nothing', async () => {
    writeFileSync(join(dir, 'empty-notes.txt'), '标题\n只有正文，没有分部。\n');
    const bad = await runNotesImport({ input: join(dir, 'empty-notes.txt'), contentDir: join(dir, 'other') });
    expect(bad.exitCode).toBe(1);
    expect(bad.errors.map((e) => e.message).join()).toMatch(/no parts found/);
  });
});
