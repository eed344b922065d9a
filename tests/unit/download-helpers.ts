/**
 * Test helpers for the downloads: a version's DownloadDocument read straight
 * from `content/plan/<v>/` (the site builds the same document from its
 * content collections in src/data/downloads.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planJson, type CanonicalAppendix } from '../../src/lib/canonical-text.ts';
import type { DownloadDocument, DownloadFigure } from '../../src/lib/downloads/document.ts';
import { loadPlanModel, loadVersionFiles, splitFrontmatter } from '../../src/lib/plan-files.ts';
import { parseArticles } from '../../src/lib/plan-model.ts';

export const TEST_NOTICE = '本文本为依据起草说明和公开资料编写的整理稿，不是规划的正式文本。';

function appendicesOf(contentDir: string, id: string): CanonicalAppendix[] {
  const dir = join(contentDir, 'plan', id, 'appendix');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'));
      const fm = frontmatter as { part: number; kind: string; title: string };
      return { part: fm.part, kind: fm.kind, title: fm.title, markdown: body.trim() };
    });
}

/** The document of version `id` under `contentDir`, as the downloads receive it. */
export function documentFromFiles(contentDir: string, id: string, figures: DownloadFigure[] = []): DownloadDocument {
  const files = loadVersionFiles(contentDir, id);
  const intros = new Map<string, string>();
  for (const c of files.chapters) {
    const lead = parseArticles(c.body).lead;
    if (lead) intros.set(`${c.data.chapter}`, lead);
  }
  for (const s of files.sections) {
    const lead = parseArticles(s.body).lead;
    if (lead) intros.set(`${s.data.chapter}.${s.data.section}`, lead);
  }
  const json = planJson(loadPlanModel(contentDir, id), 'https://plan.example.org', intros, appendicesOf(contentDir, id));
  return { ...json, notice: TEST_NOTICE, figures };
}

/** A valid 4×3 PNG (made with fflate's zlib, no image library), for figure tests. */
export function tinyPng(): Uint8Array {
  return pngOf(4, 3);
}

import { zlibSync } from 'fflate';
import { crc32 } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

function pngOf(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const raw = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())]);
}
