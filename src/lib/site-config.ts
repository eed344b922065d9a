/**
 * Build-time settings shared by astro.config.mjs, the content collections and
 * the Markdown transforms. PLAN_CONTENT_DIR lets tests build a fixture plan
 * with the same code (tests/fixtures/mini).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadSiteSettings, type SiteSettings } from './site.ts';
import { NUMBERING_SCHEMES, type NumberingSchemeId } from './provision-number.ts';

/** The content folder the site is built from (default `content`). */
export const contentDir: string = process.env.PLAN_CONTENT_DIR ?? 'content';

/** What the Markdown transforms need of a version. */
export interface VersionInfo {
  title: string;
  label: string;
  /** How it numbers chapters, sections and articles (law when `_version.yaml` does not say). */
  scheme: NumberingSchemeId;
}

const cache = new Map<string, VersionInfo | undefined>();

/** A version's title, label and numbering scheme, read from its `_version.yaml` (cached). */
export function versionInfo(versionId: string): VersionInfo | undefined {
  if (!cache.has(versionId)) {
    const file = join(contentDir, 'plan', versionId, '_version.yaml');
    const data = existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
    cache.set(versionId, data && typeof data.title === 'string' && typeof data.label === 'string' ? { title: data.title, label: data.label, scheme: isScheme(data.numbering) ? data.numbering : 'law' } : undefined);
  }
  return cache.get(versionId);
}

function isScheme(value: unknown): value is NumberingSchemeId {
  return (NUMBERING_SCHEMES as readonly unknown[]).includes(value);
}

let settings: SiteSettings | undefined;

/** `<contentDir>/site.yaml`, checked (cached): the plan's title, place, address and notice. */
export function siteSettings(): SiteSettings {
  settings ??= loadSiteSettings(contentDir);
  return settings;
}
