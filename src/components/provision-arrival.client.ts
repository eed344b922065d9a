/**
 * Arriving at an article, 款 or 项 anchor that is not on this page
 * (`/ed2/4/2/#a18` when 第十八条 is in 第三章第一节, or a 款 the article lacks):
 * say so at the top of the text and link to where the provision is, found in
 * the build's citation index (issue 14). Anchors that exist need nothing: CSS
 * `:target` highlights them. Loaded by provision-arrival-loader.client.ts only
 * when the address names a missing anchor, so reading pages carry none of it.
 */
import { parseArticleAnchor, provisionUrl, searchUrl } from '../lib/ids.ts';
import { parseParagraphAnchor } from '../lib/paragraphs.ts';
import { articleLabel } from '../lib/citation.ts';
import { indexPartLabels, type CitationIndexFile } from '../lib/citation-query.ts';
import { partPath } from '../lib/provision-number.ts';

const CITATION_INDEX_URL = '/search-index.json';

/** The article number an anchor names (a18, a18-2, a18-2-3), or null. */
function articleOf(id: string): number | null {
  return parseArticleAnchor(id) ?? parseParagraphAnchor(id)?.article ?? null;
}

/** Show a note above the text with a link, and move focus to it so the reader hears it. */
function showNote(text: string, href: string, linkText: string): void {
  const main = document.querySelector('main');
  if (!main) return;
  main.querySelector('.arrival-note')?.remove();
  const note = document.createElement('p');
  note.className = 'notice arrival-note';
  note.setAttribute('role', 'status');
  note.tabIndex = -1;
  const link = document.createElement('a');
  link.href = href;
  link.textContent = linkText;
  note.append(text, link);
  main.prepend(note);
  note.focus();
}

/** Where article n is in the version this page belongs to, by the citation index. */
async function locate(n: number): Promise<{ url: string; where: string; label: string } | null> {
  const version = document.querySelector<HTMLElement>('main[data-version]')?.dataset.version;
  const segment = location.pathname.split('/')[1];
  const file = (await fetch(CITATION_INDEX_URL).then((r) => (r.ok ? r.json() : null))) as CitationIndexFile | null;
  const index = file?.versions.find((v) => v.version === version);
  const found = index?.articles.find(([number]) => number === n);
  if (!index || !found || !segment) return null;
  const [, chapter, section, , printed] = found;
  const url = provisionUrl({ version: segment, chapter, ...(section ? { section } : {}), article: n });
  const [c = '', s = ''] = indexPartLabels(index, chapter, section || undefined);
  return { url, where: partPath(c, s), label: articleLabel(n, printed) };
}

/** Explain a missing provision anchor in the address, if there is one. */
export async function arrive(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  const n = articleOf(id);
  if (n === null || document.getElementById(id)) return;
  const here = document.getElementById(`a${n}`);
  if (here) {
    // The number as the page prints it (3.2.1, 第十八条).
    const label = here.querySelector('.article-number')?.textContent?.trim() || articleLabel(n);
    // The article is here but has no such 款 or 项: show the article itself.
    here.scrollIntoView();
    showNote(`${label}没有这一款或项，下面是${label}全文。`, `#a${n}`, `${label}`);
    return;
  }
  const found = await locate(n).catch(() => null);
  if (!found) {
    const label = articleLabel(n);
    showNote(`本版本没有${label}。`, searchUrl(label), '搜索条文');
    return;
  }
  const { url, where, label } = found;
  // Keep the 款/项 part of the anchor: the provision is cited, not only its article.
  showNote(`${label}不在本页，在${where}：`, `${url.replace(/#.*$/, '')}#${id}`, `前往${label}`);
}

