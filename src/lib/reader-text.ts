/**
 * Reader-facing text must never name a file of the repository (issue 13): a
 * reader cannot open `facts.md` or `_version.yaml`, and such a name says the
 * editor's working, not the plan. This finds those names in what a page shows:
 * its text and the attributes a reader sees or hears (title, alt, aria-label,
 * the citations held in data attributes), not scripts or styles; the
 * reference previews (`/<v>/previews.json`) are checked as text.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** File names and paths of this repository as a reader might meet them. */
const REPOSITORY_FILE =
  /(?<![\w/.-])(?:[\w-]+(?:\.[\w-]+)*\.(?:ya?ml|tsx?|mdx|astro|mjs)|(?:facts|facts\.zh|outline|about|README|CONTRIBUTING|CHANGELOG)\.md|drafting-notes[\w.-]*|(?:content|src|scripts|tests)\/[\w./-]+|versions\.lock|urls\.lock)(?![\w-])/g;

/**
 * The name of a plan text as imported (`qinghe-pf.txt`, `某县国土空间总体规划（批复稿）.docx`),
 * in any script, but not the end of an address (`…/report.htm`, `?file=report.htm`): a version
 * imported without a basis once said 导入自 <its file> (second-plan tester and review, 2026-12-03).
 */
const IMPORTED_FILE = /(?<![\p{L}\p{N}_/.=?&-])[\p{L}\p{N}_（）()-]+(?<![（(])\.(?:txt|docx?|html?)(?![\p{L}\p{N}_-])/gu;

/** Attributes whose text a reader sees or hears. */
const SHOWN_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder', 'data-citation'];

/** The repository file names in a piece of text, in order of appearance. */
export function repositoryFileMentions(text: string): string[] {
  return [...text.matchAll(REPOSITORY_FILE), ...text.matchAll(IMPORTED_FILE)].sort((a, b) => a.index - b.index).map((m) => m[0]);
}

function shownText(node: HTMLElement): string[] {
  const out = SHOWN_ATTRIBUTES.map((a) => node.getAttribute?.(a)).filter((v): v is string => !!v);
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push(child.text);
    else if (child.nodeType === 1) {
      const el = child as HTMLElement;
      if (!['script', 'style', 'template', 'noscript'].includes(el.tagName?.toLowerCase() ?? '')) out.push(...shownText(el));
    }
  }
  return out;
}

/** The repository file names a built HTML page shows its reader (its <title> included). */
export function repositoryFilesOnPage(html: string): string[] {
  const root = parse(html, { comment: false });
  const title = root.querySelector('title')?.text ?? '';
  const body = root.querySelector('body');
  return repositoryFileMentions([title, ...(body ? shownText(body) : [])].join('\n'));
}
