/**
 * The PDF download, read back with poppler (pdftotext, pdftoppm): A4 pages,
 * the notice on the first page, contents with the right page numbers, the
 * running header and page numbers, no article heading left alone at the foot
 * of a page, no line starting with closing punctuation, and the same bytes
 * whenever it is made from the same content. Page images land in
 * test-results/pdf/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NO_LINE_START } from '../../src/lib/downloads/cjk-lines.ts';
import { planPdf } from '../../src/lib/downloads/plan-pdf.ts';
import { documentFromFiles, TEST_NOTICE, tinyPng } from './download-helpers.ts';

const temp = mkdtempSync(join(tmpdir(), 'download-pdf-'));
const file = join(temp, 'ed2.pdf');
let pages: string[] = [];

beforeAll(async () => {
  writeFileSync(file, await planPdf(documentFromFiles('content', 'ed2', [{ label: '附图1', title: '区位图', png: tinyPng(), width: 400, height: 300 }])));
  pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const bodyLines = (page: string) => page.split('\n').map((l) => l.trim()).filter(Boolean).slice(1, -1);

describe('the PDF download', () => {
  it('is A4 and opens with the title, the version label and the notice', () => {
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(pages[0]).toContain('特克斯县国土空间总体规划（2021—2035年）');
    expect(pages[0]).toContain('整理稿第2版');
    expect(pages[0]!.replace(/\s+/g, '')).toContain(TEST_NOTICE);
  });

  it('lists every chapter in the contents with the page it starts on', () => {
    const contents = pages.slice(1, 4).join('\n');
    for (const [title, page] of [['第一章', 4], ['第四章', 10], ['第十四章', 27]] as const) {
      const line = contents.split('\n').find((l) => l.includes(`${title}`) && /\d+\s*$/.test(l))!;
      expect(line, title).toBeDefined();
      const n = Number(/(\d+)\s*$/.exec(line)![1]);
      expect(pages[n - 1], `${title} on page ${n}`).toContain(title);
      if (title === '第一章') expect(n).toBe(page);
    }
  });

  it('carries the running header and the page number on every page after the first', () => {
    pages.slice(1).forEach((page, i) => {
      expect(page).toContain('（整理稿第2版）');
      expect(page).toMatch(new RegExp(`—\\s*${i + 2}\\s*—`));
    });
  });

  it('never leaves an article heading as the last line of a page', () => {
    for (const page of pages.slice(4)) expect(bodyLines(page).at(-1) ?? '').not.toMatch(/^第[一二三四五六七八九十百零]+条(\s|$)/);
  });

  it('never starts a line with closing punctuation', () => {
    const starts = pages.flatMap((p) => p.split('\n').map((l) => l.trim()[0]).filter((c): c is string => !!c));
    expect(starts.filter((c) => NO_LINE_START.has(c) && c !== '—')).toEqual([]);
  });

  it('renders its pages to images (look at test-results/pdf/)', () => {
    const out = 'test-results/pdf';
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '5', file, join(out, 'ed2')]);
    expect(readdirSync(out).filter((f) => f.startsWith('ed2') && f.endsWith('.png'))).toHaveLength(5);
  });

  it('is byte-for-byte the same when made again at another time', async () => {
    const doc = documentFromFiles('content', 'ed1');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
      const a = await planPdf(doc);
      vi.setSystemTime(new Date('2031-06-15T17:30:00Z'));
      const b = await planPdf(doc);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});

describe('a tall figure in the PDF', () => {
  it('is narrowed so that it and its caption share one page', async () => {
    const tall = join(temp, 'tall.pdf');
    writeFileSync(tall, await planPdf(documentFromFiles('content', 'ed2', [{ label: '附图1', title: '很高的示意图', png: tinyPng(), width: 400, height: 2400 }])));
    const imagePage = Number(execFileSync('pdfimages', ['-list', tall], { encoding: 'utf8' }).split('\n')[2]!.trim().split(/\s+/)[0]);
    const textPages = execFileSync('pdftotext', [tall, '-'], { encoding: 'utf8' }).split('\f');
    const captionPage = textPages.findLastIndex((t) => t.includes('很高的示意图')) + 1;
    expect(captionPage).toBe(imagePage);
  }, 60_000);
});
