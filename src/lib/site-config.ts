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
import { readVersionTexts, splitFrontmatter } from './plan-files.ts';

/** The content folder the site is built from (default `content`). */
export const contentDir: string = process.env.PLAN_CONTENT_DIR ?? 'content';

/** What the Markdown transforms need of a version. */
export interface VersionInfo {
  title: string;
  label: string;
  /** How it numbers chapters, sections and articles (law when `_version.yaml` does not say). */
  scheme: NumberingSchemeId;
  /** Chapter and section numbers as printed (第一部分, 一、), keyed "1" and "1.2": the files' `printed` (none in a law version). */
  printedParts: Readonly<Record<string, string>>;
}

const cache = new Map<string, VersionInfo | undefined>();

/** A version's title, label and numbering scheme, read from its `_version.yaml` (cached). */
export function versionInfo(versionId: string): VersionInfo | undefined {
  if (!cache.has(versionId)) {
    const file = join(contentDir, 'plan', versionId, '_version.yaml');
    const data = existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
    const scheme = data && isScheme(data.numbering) ? data.numbering : 'law';
    const printedParts = scheme === 'law' ? {} : printedPartsOf(join(contentDir, 'plan', versionId));
    cache.set(versionId, data && typeof data.title === 'string' && typeof data.label === 'string' ? { title: data.title, label: data.label, scheme, printedParts } : undefined);
  }
  return cache.get(versionId);
}

/** The `printed` numbers of a version's chapter and section files; a file that does not parse is left to the plan model to report. */
function printedPartsOf(dir: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const text of readVersionTexts(dir).values()) {
    let fm: Record<string, unknown>;
    try {
      fm = splitFrontmatter(text).frontmatter as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof fm.printed !== 'string' || typeof fm.chapter !== 'number') continue;
    parts[typeof fm.section === 'number' ? `${fm.chapter}.${fm.section}` : String(fm.chapter)] = fm.printed;
  }
  return parts;
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
