/**
 * Checks over the built site: every internal link and `#anchor` resolves, and
 * every page has `lang="zh-CN"` (pagefind segments Chinese only then), a
 * `<title>` and exactly one `<h1>`. Pure: it takes the pages as text, so it is
 * unit-tested on small inputs and run over `dist/` by scripts/check-dist.ts.
 */
import { parse } from 'node-html-parser';

/** A built file: its URL path (`/ed2/4/2/`) and, for HTML, its text. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** One broken thing, with the fragments that do exist when an anchor is missing. */
export interface DistProblem {
  page: string;
  message: string;
}

/** Check pages and links. `files` lists every non-HTML file's URL path (assets, feeds, JSON). */
export function checkDist(pages: BuiltPage[], files: string[]): DistProblem[] {
  const problems: DistProblem[] = [];
  const anchors = new Map<string, Set<string>>();
  const links: { page: string; href: string }[] = [];
  for (const page of pages) {
    const root = parse(page.html);
    const html = root.querySelector('html');
    const isRedirect = !!root.querySelector('meta[http-equiv="refresh"]');
    if (html?.getAttribute('lang') !== 'zh-CN') problems.push({ page: page.path, message: 'the page lacks <html lang="zh-CN">' });
    if (!root.querySelector('title')?.text.trim()) problems.push({ page: page.path, message: 'the page has no <title>' });
    const h1 = root.querySelectorAll('h1').length;
    if (h1 !== 1 && !isRedirect) problems.push({ page: page.path, message: `the page has ${h1} <h1> elements; it needs exactly one` });
    const ids = new Set<string>();
    for (const el of root.querySelectorAll('[id], a[name]')) {
      const id = el.getAttribute('id') ?? el.getAttribute('name');
      if (!id) continue;
      if (ids.has(id)) problems.push({ page: page.path, message: `the id "${id}" is used twice` });
      ids.add(id);
    }
    anchors.set(page.path, ids);
    for (const a of root.querySelectorAll('a[href], link[rel="canonical"], link[rel="alternate"]')) {
      links.push({ page: page.path, href: a.getAttribute('href')! });
    }
  }
  const known = new Set(files);
  for (const { page, href } of links) {
    if (/^(https?:|mailto:|tel:|data:|javascript:)/i.test(href) && !href.startsWith('http://localhost')) continue;
    let url: URL;
    let path: string;
    let fragment: string;
    try {
      url = new URL(href, `http://localhost${page}`);
      path = decodeURI(url.pathname);
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      problems.push({ page, message: `links to ${href}, which is not a valid URL` });
      continue;
    }
    // Protocol-relative links (//cdn.example.org/…) point to other hosts too.
    if (url.hostname !== 'localhost') continue;
    const target = anchors.has(path) ? path : anchors.has(`${path}/`) ? `${path}/` : undefined;
    if (!target) {
      if (!known.has(path)) problems.push({ page, message: `links to ${href}, which does not exist` });
      continue;
    }
    if (fragment && !anchors.get(target)!.has(fragment)) {
      const existing = [...anchors.get(target)!].slice(0, 12).join(', ') || 'no anchors';
      problems.push({ page, message: `links to ${href}, but ${target} has no #${fragment} (it has: ${existing}${anchors.get(target)!.size > 12 ? ', …' : ''})` });
    }
  }
  return problems;
}

/**
 * Built text files (pages, feed, plan.json) that mention localhost. Run when a
 * published address is configured: then no page may cite the preview server.
 */
export function localhostMentions(files: BuiltPage[]): DistProblem[] {
  const problems: DistProblem[] = [];
  for (const f of files) {
    const m = /(?:https?:)?\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?[^\s"'<]*/.exec(f.html);
    if (m) problems.push({ page: f.path, message: `names ${m[0]} although a published address is configured; build with the address set (SITE_URL or url in site.yaml) and do not hard-code hosts` });
  }
  return problems;
}
