/**
 * Where the same provision is in another version (issue 6): the version
 * switcher and the old-version banner link to it. Computed at build time from
 * article keys, which survive renumbering; when a provision is gone the
 * reader lands on the nearest surviving neighbour's section or chapter, never
 * on a 404.
 *
 * Pure logic; URLs come from src/lib/ids.ts.
 */
import { LATEST, articlePageUrl, provisionUrl, versionUrl } from './ids.ts';
import { parseRoute, routeUrl } from './routes.ts';
import type { PlanModel } from './plan-model.ts';

/** An article as the map needs it. */
export interface OutlineArticle {
  number: number;
  key: string;
}

/** A section and the articles in it, in order. */
export interface OutlineSection {
  number: number;
  articles: ReadonlyArray<OutlineArticle>;
}

/** A chapter: its sections, and the articles it holds itself when it has no sections. */
export interface OutlineChapter {
  number: number;
  sections: ReadonlyArray<OutlineSection>;
  articles: ReadonlyArray<OutlineArticle>;
}

/** The shape of one version, enough to map locations. */
export interface VersionOutline {
  id: string;
  chapters: ReadonlyArray<OutlineChapter>;
}

/** A page of a version, as the switcher sees it. */
export type PageLocation =
  | { kind: 'version' }
  | { kind: 'all' }
  | { kind: 'references' }
  | { kind: 'mandatory' }
  | { kind: 'chapter'; chapter: number }
  | { kind: 'section'; chapter: number; section: number }
  | { kind: 'article'; article: number }
  /** An article at its anchor on the section (or chapter) page: `/ed2/4/2/#a18`. */
  | { kind: 'provision'; article: number };

/** Where a location lands in another version. */
export interface MappedLocation {
  /** The landing page in the target version. */
  location: PageLocation;
  /** True when the same provision (or page kind) exists in the target; false for a fallback. */
  exact: boolean;
}

interface Placed {
  key: string;
  number: number;
  chapter: number;
  section?: number;
}

/** Every article of a version in reading order, with where it sits. */
function flatten(v: VersionOutline): Placed[] {
  const out: Placed[] = [];
  for (const c of v.chapters) {
    for (const a of c.articles) out.push({ key: a.key, number: a.number, chapter: c.number });
    for (const s of c.sections) {
      for (const a of s.articles) out.push({ key: a.key, number: a.number, chapter: c.number, section: s.number });
    }
  }
  return out;
}

const flatCache = new WeakMap<VersionOutline, Placed[]>();
function articlesOf(v: VersionOutline): Placed[] {
  let flat = flatCache.get(v);
  if (!flat) {
    flat = flatten(v);
    flatCache.set(v, flat);
  }
  return flat;
}

function findByKey(v: VersionOutline, key: string): Placed | undefined {
  return articlesOf(v).find((a) => a.key === key);
}

function containerOf(p: Placed): PageLocation {
  return p.section !== undefined
    ? { kind: 'section', chapter: p.chapter, section: p.section }
    : { kind: 'chapter', chapter: p.chapter };
}

/**
 * The nearest article of `from` around position `index` whose key exists in
 * `to`. At equal distance a neighbour in the same section (or chapter) as the
 * article at `index` wins, then the preceding one.
 */
function nearestSurvivor(from: VersionOutline, to: VersionOutline, index: number): Placed | undefined {
  const list = articlesOf(from);
  const home = list[index];
  const sameContainer = (p: Placed) => p.chapter === home?.chapter && p.section === home?.section;
  for (let d = 0; d < list.length; d++) {
    const candidates = (d === 0 ? [index] : [index - d, index + d])
      .filter((i) => i >= 0 && i < list.length)
      .map((i) => list[i]!)
      .sort((a, b) => Number(sameContainer(b)) - Number(sameContainer(a)));
    for (const p of candidates) {
      const hit = findByKey(to, p.key);
      if (hit) return hit;
    }
  }
  return undefined;
}

function hasChapter(v: VersionOutline, chapter: number): boolean {
  return v.chapters.some((c) => c.number === chapter);
}

function hasSection(v: VersionOutline, chapter: number, section: number): boolean {
  return v.chapters.some((c) => c.number === chapter && c.sections.some((s) => s.number === section));
}

/**
 * The container in `to` that holds most of the given keys (ties: the one
 * holding the earliest key), or undefined if none survives.
 */
function bestContainer(keys: string[], to: VersionOutline, level: 'chapter' | 'section'): PageLocation | undefined {
  const counts = new Map<string, { loc: PageLocation; count: number; first: number }>();
  keys.forEach((key, i) => {
    const hit = findByKey(to, key);
    if (!hit) return;
    const loc: PageLocation = level === 'chapter' ? { kind: 'chapter', chapter: hit.chapter } : containerOf(hit);
    const id = JSON.stringify(loc);
    const entry = counts.get(id) ?? { loc, count: 0, first: i };
    entry.count++;
    counts.set(id, entry);
  });
  let best: { loc: PageLocation; count: number; first: number } | undefined;
  for (const e of counts.values()) {
    if (!best || e.count > best.count || (e.count === best.count && e.first < best.first)) best = e;
  }
  return best?.loc;
}

/** Fallback by numbers when a page has no articles to follow. */
function byNumbers(to: VersionOutline, chapter: number, section?: number): MappedLocation {
  if (section !== undefined && hasSection(to, chapter, section)) {
    return { location: { kind: 'section', chapter, section }, exact: true };
  }
  if (hasChapter(to, chapter)) return { location: { kind: 'chapter', chapter }, exact: section === undefined };
  return { location: { kind: 'version' }, exact: false };
}

function mapArticleKey(from: VersionOutline, to: VersionOutline, number: number, asPage: boolean): MappedLocation {
  const list = articlesOf(from);
  const index = list.findIndex((a) => a.number === number);
  if (index < 0) return { location: { kind: 'version' }, exact: false };
  const same = findByKey(to, list[index].key);
  if (same) {
    return {
      location: asPage ? { kind: 'article', article: same.number } : { kind: 'provision', article: same.number },
      exact: true,
    };
  }
  const near = nearestSurvivor(from, to, index);
  if (near) return { location: containerOf(near), exact: false };
  const { chapter, section } = list[index];
  return { ...byNumbers(to, chapter, section), exact: false };
}

/**
 * Maps a page of version `from` to the best page of version `to`: the same
 * provision by key; else the section or chapter holding most of the page's
 * provisions; else the nearest surviving neighbour's section; else the same
 * chapter/section number; else the version's contents page.
 */
export function mapLocation(loc: PageLocation, from: VersionOutline, to: VersionOutline): MappedLocation {
  switch (loc.kind) {
    case 'version':
    case 'all':
    case 'references':
    case 'mandatory':
      return { location: loc, exact: true };
    case 'article':
      return mapArticleKey(from, to, loc.article, true);
    case 'provision':
      return mapArticleKey(from, to, loc.article, false);
    case 'chapter':
    case 'section': {
      const section = loc.kind === 'section' ? loc.section : undefined;
      const inPage = articlesOf(from).filter(
        (a) => a.chapter === loc.chapter && (section === undefined || a.section === section),
      );
      const best = bestContainer(
        inPage.map((a) => a.key),
        to,
        loc.kind,
      );
      // Where most of the page's provisions now sit is the same page for the
      // reader, even if its number changed.
      if (best) return { location: best, exact: true };
      if (inPage.length > 0) {
        const index = articlesOf(from).indexOf(inPage[0]);
        const near = nearestSurvivor(from, to, index);
        if (near) {
          return {
            location: loc.kind === 'chapter' ? { kind: 'chapter', chapter: near.chapter } : containerOf(near),
            exact: false,
          };
        }
      }
      return byNumbers(to, loc.chapter, section);
    }
  }
}

/**
 * The URL of a location in version `versionId`. A provision resolves to its
 * anchor on the section (or chapter) page that holds it.
 */
export function locationUrl(versionId: string, loc: PageLocation, outline?: VersionOutline): string {
  if (loc.kind !== 'provision') return routeUrl({ ...loc, version: versionId });
  const placed = outline ? articlesOf(outline).find((a) => a.number === loc.article) : undefined;
  if (!placed) return articlePageUrl(versionId, loc.article);
  return provisionUrl({ version: versionId, chapter: placed.chapter, section: placed.section, article: placed.number });
}

/** The best URL in version `to` for a page of version `from` (see {@link mapLocation}). */
export function mapUrl(loc: PageLocation, from: VersionOutline, to: VersionOutline): { url: string; exact: boolean } {
  const mapped = mapLocation(loc, from, to);
  return { url: locationUrl(to.id, mapped.location, to), exact: mapped.exact };
}

/** The article numbers shown on a chapter or section page (for per-anchor switch targets). */
export function articlesOnPage(v: VersionOutline, loc: PageLocation): number[] {
  if (loc.kind !== 'chapter' && loc.kind !== 'section') return [];
  return articlesOf(v)
    .filter((a) => a.chapter === loc.chapter && (loc.kind === 'chapter' ? a.section === undefined : a.section === loc.section))
    .map((a) => a.number);
}

/**
 * Parses a versioned path (`/ed2/4/2/`, `/ed2/a/18/`, `/ed2/all/`…) into its
 * version id and location, through the route table; null for a path outside
 * any version. An article anchor (`#a18`) makes it that provision.
 */
export function parseVersionedPath(path: string): { version: string; location: PageLocation } | null {
  const route = parseRoute(path);
  if (!route || !('version' in route)) return null;
  const { version } = route;
  const hash = /#a([1-9]\d*)$/.exec(path);
  if (hash) return { version, location: { kind: 'provision', article: Number(hash[1]) } };
  switch (route.kind) {
    case 'chapter':
      return { version, location: { kind: 'chapter', chapter: route.chapter } };
    case 'section':
      return { version, location: { kind: 'section', chapter: route.chapter, section: route.section } };
    case 'article':
      return { version, location: { kind: 'article', article: route.article } };
    default:
      return { version, location: { kind: route.kind } };
  }
}

const outlineCache = new WeakMap<PlanModel, VersionOutline>();

/** The outline of a plan model (cached per model object). */
export function outlineOf(model: PlanModel): VersionOutline {
  let outline = outlineCache.get(model);
  if (!outline) {
    const refs = (list: ReadonlyArray<{ number: number; key: string }>) => list.map((a) => ({ number: a.number, key: a.key }));
    outline = {
      id: model.version.id,
      chapters: model.chapters.map((c) => ({
        number: c.chapter,
        articles: refs(c.articles),
        sections: c.sections.map((s) => ({ number: s.section, articles: refs(s.articles) })),
      })),
    };
    outlineCache.set(model, outline);
  }
  return outline;
}

/** A link to one version from the page being read. */
export interface SwitchTarget {
  versionId: string;
  /** Best URL in that version for the page as a whole. */
  url: string;
  /** False when the page's provisions are gone there and `url` is the nearest place. */
  exact: boolean;
  /** Per article shown on this page: its URL in that version (the client picks the one in view). */
  byArticle: Record<string, string>;
}

/**
 * Switch targets from a page of version `current` to every version in
 * `versions` (the current one included, pointing at itself).
 */
export function switchTargets(loc: PageLocation, current: VersionOutline, versions: ReadonlyArray<VersionOutline>): SwitchTarget[] {
  const onPage = articlesOnPage(current, loc);
  return versions.map((v) => {
    const { url, exact } = mapUrl(loc, current, v);
    const byArticle: Record<string, string> = {};
    for (const n of onPage) byArticle[n] = mapUrl({ kind: 'provision', article: n }, current, v).url;
    return { versionId: v.id, url, exact, byArticle };
  });
}

/**
 * Which version (and where in it) a page path shows: `/ed1/4/2/` → ed1,
 * `/latest/4/2/` → the newest version as an alias. Null for pages outside
 * the versions (`/`, `/versions/`, `/diff/…`) and for unknown version ids.
 */
export function resolveVersionedPage<T extends { version: { id: string } }>(
  pathname: string,
  versions: ReadonlyArray<T>,
  newest: T | undefined,
): { model: T; isAlias: boolean; location: PageLocation } | null {
  const parsed = parseVersionedPath(pathname);
  if (!parsed) return null;
  if (parsed.version === LATEST) return newest ? { model: newest, isAlias: true, location: parsed.location } : null;
  const model = versions.find((m) => m.version.id === parsed.version);
  return model ? { model, isAlias: false, location: parsed.location } : null;
}

/**
 * Everything the version switcher and the old-version banner show for a page:
 * which version it is, the switch target in every version (outside the
 * versions: each version's contents), and the target in the newest version.
 */
export function versionLinks(
  pathname: string,
  versions: ReadonlyArray<PlanModel>,
  newest: PlanModel | undefined,
): { page: ReturnType<typeof resolveVersionedPage<PlanModel>>; targets: SwitchTarget[]; newestTarget: SwitchTarget | undefined } {
  const page = resolveVersionedPage(pathname, versions, newest);
  const targets = page
    ? switchTargets(page.location, outlineOf(page.model), versions.map(outlineOf))
    : versions.map((m) => ({ versionId: m.version.id, url: versionUrl(m.version.id), exact: true, byArticle: {} }));
  const newestTarget = newest ? targets[versions.indexOf(newest)] : undefined;
  return { page, targets, newestTarget };
}
