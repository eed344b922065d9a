/**
 * No page of the built site, in any version, names a file of the repository
 * to its reader (issue 13). Runs over dist/ after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repositoryFileMentions, repositoryFilesOnPage } from '../../src/lib/reader-text.ts';

const DIST = process.env.E2E_DIST ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'pagefind' || name === '_astro') return [];
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

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
    expect(found).toEqual([]);
  });
});
