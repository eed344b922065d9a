/**
 * No page of the built site, in any version, names a file of the repository
 * to its reader (issue 13). Runs over dist/ after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { htmlFiles } from './built-site.ts';
import { parse } from 'node-html-parser';
import { join, relative } from 'node:path';
import { repositoryFileMentions, repositoryFilesOnPage } from '../../src/lib/reader-text.ts';

const DIST = process.env.E2E_DIST ?? 'dist';

describe('reader-facing text of the build', () => {
  it('names no repository file on any page of any version, nor in the feed', () => {
    expect(existsSync(join(DIST, 'index.html')), `no build in ${DIST}/: run npm run build first`).toBe(true);
    const found: string[] = [];
    const pages = htmlFiles(DIST);
    expect(pages.length).toBeGreaterThan(300);
    for (const file of pages) {
      for (const name of repositoryFilesOnPage(readFileSync(file, 'utf8'))) found.push(`/${relative(DIST, file)}: ${name}`);
    }
    for (const name of repositoryFileMentions(readFileSync(join(DIST, 'feed.xml'), 'utf8'))) found.push(`/feed.xml: ${name}`);
    // The reference previews a tooltip shows, by link id, one file per version.
    const previews = readdirSync(DIST).filter((d) => existsSync(join(DIST, d, 'previews.json')));
    expect(previews.length).toBeGreaterThan(1);
    for (const d of previews) {
      for (const text of Object.values(JSON.parse(readFileSync(join(DIST, d, 'previews.json'), 'utf8')) as Record<string, string>)) {
        for (const name of repositoryFileMentions(text)) found.push(`/${d}/previews.json: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('puts no space between two Chinese sentences of the site\'s own wording (a line break in a template)', () => {
    // 。 最新版本为… read as a stray space: Chinese runs sentences on without one.
    const gap = /[。；：）] +[\u4e00-\u9fff]/;
    const found = htmlFiles(DIST)
      .map((file) => [file, readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '')] as const)
      .flatMap(([file, html]) => (gap.test(html) ? [`/${relative(DIST, file)}: “${gap.exec(html)![0]}”`] : []));
    expect(found).toEqual([]);
  });

  it('calls no compiled edition 现行 (in force) on any page or in the feed', () => {
    // 现行 in the plan's text (在符合现行法律法规前提下) is the plan speaking of laws in force, not a status.
    const status = /(?<!不是)现行(?!法律法规)/;
    const stages = new Map(
      readdirSync(DIST)
        .filter((d) => d !== 'latest' && existsSync(join(DIST, d, 'plan.json')))
        .map((d) => [d, (JSON.parse(readFileSync(join(DIST, d, 'plan.json'), 'utf8')) as { stage: string }).stage] as const),
    );
    expect(stages.size).toBeGreaterThan(0);
    const versions = parse(readFileSync(join(DIST, 'versions/index.html'), 'utf8'));
    if ([...stages.values()].every((s) => s === '整理稿')) {
      // Compiled editions only (Tekes today): no page says 现行.
      const files = [...htmlFiles(DIST), join(DIST, 'feed.xml')];
      expect(files.filter((file) => status.test(readFileSync(file, 'utf8'))).map((file) => `/${relative(DIST, file)}`)).toEqual([]);
      expect(versions.toString()).toMatch(/<dd[^>]*>最新整理稿<\/dd>/);
    } else {
      // Once an official text is published (the day README "When the official text arrives" describes), it may be 现行;
      // a compiled edition's entry on /versions/ never is.
      const compiled = [...stages].filter(([, s]) => s === '整理稿').map(([id]) => id);
      const said = compiled.filter((id) => status.test(versions.querySelector(`[data-version="${id}"]`)?.text ?? ''));
      expect(said).toEqual([]);
    }
  });

  it('has every plain-text download say what it is, marked UTF-8 for a browser that is told no charset', () => {
    const versions = readdirSync(DIST).filter((d) => existsSync(join(DIST, d, 'plan.txt')) && d !== 'latest');
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      const bytes = readFileSync(join(DIST, v, 'plan.txt'));
      expect([...bytes.subarray(0, 3)], `${v}: a byte-order mark`).toEqual([0xef, 0xbb, 0xbf]);
      const head = bytes.toString('utf8').split('\n').slice(0, 6).join('\n');
      expect(head, v).toMatch(/不是规划的正式文本|本文本为/);
      expect(head, v).toMatch(new RegExp(`^网络版：\\S+/${v}/$`, 'm'));
    }
  });
});
