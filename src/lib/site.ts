/**
 * `content/site.yaml`: what makes this site one plan's site rather than the
 * engine's — the plan's title and short name, the place, the published
 * address, where readers report an error and the compiled-edition notice.
 * The engine in src/ names no plan; it reads these fields.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { PlanContentError, type ContentProblem } from './plan-model.ts';
import { parseYamlWith } from './schema-errors.ts';

const required = (message: string) => z.string({ error: message }).min(1, message);

/** An absolute http(s) address without query or fragment. */
const httpUrl = (what: string) =>
  z
    .string({ error: `${what} must be an address such as https://plan.example.org/` })
    .refine((s) => /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(s), `${what} must be an absolute http(s) address such as https://plan.example.org/`);

/** The administrative place the plan covers. */
export const placeSchema = z.object({
  /** Its name as the plan writes it, e.g. 示例县. */
  name: required('give the place `name`, e.g. 示例县'),
  /** Its six-digit administrative division code (GB/T 2260). */
  code: z
    .string({ error: '`place.code` must be the six-digit GB/T 2260 code in quotes, e.g. "659999"' })
    .regex(/^\d{6}$/, '`place.code` must be the six-digit GB/T 2260 code in quotes, e.g. "659999"'),
});

/** `content/site.yaml`. */
export const siteSchema = z.object({
  /** The plan's full title without book-title marks, as citations print it. */
  title: required('give the plan `title`, e.g. 示例县国土空间总体规划（2021—2035年）'),
  /** The short name in the header and after every page title. */
  shortName: required('give a `shortName`, e.g. 示例县国土空间总体规划'),
  /** The place the plan covers. */
  place: placeSchema,
  /**
   * The published address (site URL). Citations, the GB/T 7714 form, the
   * print footer and QR code, canonical links, the feed and plan.json use it.
   * The SITE_URL environment variable overrides it; with neither, the build
   * is a local preview (see `publishedAddress`).
   */
  url: httpUrl('`url`').optional(),
  /** Where readers report an error in the text: an http(s) address or a mailto: link. Optional. */
  reportErrors: z
    .string({ error: '`reportErrors` must be an http(s) address or mailto: link' })
    .regex(/^(https?:\/\/\S+|mailto:\S+@\S+)$/, '`reportErrors` must be an http(s) address or mailto: link')
    .optional(),
  /**
   * The body that compiles and publishes the compiled editions (整理稿) of this
   * site: the GB/T 7714 主要责任者 of their citations. A version's own
   * `responsible` (in `_version.yaml`, e.g. the government that issued an
   * official text) overrides it. Optional: with neither, citations print 佚名
   * (GB/T 7714-2015 §8.1.1 for a document whose responsible party is unknown).
   * Set it only when a source names the body; never guess one.
   */
  compiler: z.string({ error: '`compiler` must be the name of the body that compiles the editions' }).trim().min(1, '`compiler` must not be empty: leave it out when no source names the compiler').optional(),
  /**
   * The notice on every page while the text is a compiled edition (整理稿), not an official one.
   * `{basis}` in it becomes the version's own basis (起草说明 / 起草说明和公开资料; 起草说明等资料 outside the versions).
   */
  compiledNotice: required('give the `compiledNotice` shown on every page of a compiled edition'),
  /**
   * Example queries for the search page's box, words of this plan (永久基本农田、八卦城);
   * citations (第18条、4.2) are added after them. Optional: without it the box shows the citations only.
   */
  searchExamples: z.array(z.string().trim().min(1, 'an empty search example'), { error: '`searchExamples` must be a list of words, e.g. [永久基本农田, 城镇开发边界]' }).optional(),
});

/** The search page box's placeholder: the plan's own example words, then a citation and a decimal number. */
export function searchPlaceholder(settings: Pick<SiteSettings, 'searchExamples'>): string {
  return `如 ${[...(settings.searchExamples ?? []), '第18条', '4.2'].join('、')}`;
}

/** The site settings, as validated. */
export type SiteSettings = z.infer<typeof siteSchema>;

/**
 * The compiled-edition notice with `{basis}` filled in: the version's own
 * basis (起草说明 / 起草说明和公开资料), or 起草说明等资料 where no version is meant.
 * The pages and the downloads both print it.
 */
export function compiledNoticeText(settings: Pick<SiteSettings, 'compiledNotice'>, basis?: string): string {
  return settings.compiledNotice.replaceAll('{basis}', basis ?? '起草说明等资料');
}

/** Read and check `<contentDir>/site.yaml`; the error names the file, the line and the fix. */
export function loadSiteSettings(contentDir: string): SiteSettings {
  const file = join(contentDir, 'site.yaml');
  if (!existsSync(file)) {
    throw new PlanContentError([{ file, message: 'the site file is missing', fix: 'create it with title, shortName, place and compiledNotice (see CONTRIBUTING.md)' }]);
  }
  const problems: ContentProblem[] = [];
  const data = parseYamlWith(siteSchema, readFileSync(file, 'utf8'), { file, fix: `correct ${file} (fields are documented in src/lib/site.ts)` }, problems);
  if (!data) throw new PlanContentError(problems);
  return data;
}

/** The address a build without a configured one uses: the local preview server. */
export const PREVIEW_ADDRESS = 'http://localhost:4321/';

/** Where the published address came from. */
export type AddressSource = 'SITE_URL' | 'site.yaml' | 'preview';

/**
 * The published address: SITE_URL if set, else `url` in site.yaml, else the
 * local preview address (a build that must not be published; the build says so).
 */
export function publishedAddress(settings: SiteSettings, env: Record<string, string | undefined> = process.env): { url: string; source: AddressSource } {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) {
    const checked = httpUrl('SITE_URL').safeParse(fromEnv);
    if (!checked.success) throw new Error(`SITE_URL=${fromEnv}: ${checked.error.issues[0]!.message}`);
    return { url: withSlash(fromEnv), source: 'SITE_URL' };
  }
  if (settings.url) return { url: withSlash(settings.url), source: 'site.yaml' };
  return { url: PREVIEW_ADDRESS, source: 'preview' };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The loud message a preview build prints (astro.config.mjs and check-dist). */
export function previewWarning(siteFile: string): string {
  const bar = '!'.repeat(72);
  return [
    bar,
    `No published address: pages cite ${PREVIEW_ADDRESS} (a local preview).`,
    `Do not publish this build. Set \`url:\` in ${siteFile} or SITE_URL=https://… and rebuild.`,
    bar,
  ].join('\n');
}
