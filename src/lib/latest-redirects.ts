/**
 * Redirects that keep `/latest/…` URLs working when the newest version
 * changes layout (issue 15). `/latest/…` shows the newest version, so every
 * page path an older version had was once (or could have been) published
 * under `/latest/`. For each such path the newest version lacks:
 *
 * - a chapter, section or article whose provisions survive (by article key,
 *   which the importer aligns across versions, src/lib/align.ts) redirects to
 *   where they now are in `/latest/…`;
 * - one whose provisions are all gone redirects to the last version that had
 *   the path (`/ed2/4/5/`), where the old-version banner says so.
 *
 * A path the newest version still has is left alone: it is a real page.
 * Hand-written redirects (content/redirects.yaml) win over these.
 */
import { LATEST } from './ids.ts';
import { locationUrl, mapLocation, type PageLocation, type VersionOutline } from './version-map.ts';
import type { Redirect } from './url-lock.ts';

/** Every page of a version that has a path of its own (not anchors). */
export function pagesOf(v: VersionOutline): PageLocation[] {
  const pages: PageLocation[] = [{ kind: 'version' }, { kind: 'all' }, { kind: 'references' }];
  for (const c of v.chapters) {
    pages.push({ kind: 'chapter', chapter: c.number });
    for (const s of c.sections) pages.push({ kind: 'section', chapter: c.number, section: s.number });
    for (const a of c.articles) pages.push({ kind: 'article', article: a.number });
    for (const s of c.sections) for (const a of s.articles) pages.push({ kind: 'article', article: a.number });
  }
  return pages;
}

/**
 * The `/latest/…` redirects for `versions` (oldest first) whose newest is
 * `newest`. Paths are taken from the most recent older version that had
 * them; `handWritten` paths are skipped (the hand-written line wins).
 */
export function latestRedirects(
  versions: ReadonlyArray<VersionOutline>,
  newest: VersionOutline,
  handWritten: ReadonlyArray<Redirect> = [],
): Redirect[] {
  const taken = new Set<string>([...pagesOf(newest).map((p) => locationUrl(LATEST, p)), ...handWritten.map((r) => r.from)]);
  const out: Redirect[] = [];
  for (const old of [...versions].reverse()) {
    if (old.id === newest.id) continue;
    for (const page of pagesOf(old)) {
      const from = locationUrl(LATEST, page);
      if (taken.has(from)) continue;
      taken.add(from);
      const mapped = mapLocation(page, old, newest);
      const to = mapped.exact ? locationUrl(LATEST, mapped.location, newest) : locationUrl(old.id, page);
      out.push({ from, to });
    }
  }
  return out;
}
