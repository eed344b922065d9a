/**
 * Build-time settings shared by astro.config.mjs, the content collections and
 * the Markdown transforms. PLAN_CONTENT_DIR lets tests build a fixture plan
 * with the same code (tests/fixtures/mini).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadSiteSettings, type SiteSettings } from './site.ts';

/** The content folder the site is built from (default `content`). */
export const contentDir: string = process.env.PLAN_CONTENT_DIR ?? 'content';

const cache = new Map<string, { title: string; label: string } | undefined>();

/** A version's title and label, read from its `_version.yaml` (cached). */
export function versionInfo(versionId: string): { title: string; label: string } | undefined {
  if (!cache.has(versionId)) {
    const file = join(contentDir, 'plan', versionId, '_version.yaml');
    const data = existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
    cache.set(versionId, data && typeof data.title === 'string' && typeof data.label === 'string' ? { title: data.title, label: data.label } : undefined);
  }
  return cache.get(versionId);
}

let settings: SiteSettings | undefined;

/** `<contentDir>/site.yaml`, checked (cached): the plan's title, place, address and notice. */
export function siteSettings(): SiteSettings {
  settings ??= loadSiteSettings(contentDir);
  return settings;
}
