/**
 * Search in the browser, shared by the header box (`<plan-search>`, defined
 * here) and the /search/ page (search-page.client.ts): pagefind's JS API does
 * the Chinese segmentation, matching, excerpts and sub-results; this file adds
 * what pagefind's own UI cannot: a citation query (第18条, 4.2) resolved to a
 * direct jump as the first result, article-level ranking with the breadcrumb
 * 第四章 › 第二节 › 第十八条, newest-version-by-default, and highlighting of the
 * matched phrase on the page a result opens.
 */
import {
  citationSearchText,
  parseCitationQuery,
  pickCitationIndex,
  resolveCitation,
  type CitationIndexFile,
  type CitationJump,
} from '../lib/citation-query.ts';
import {
  entriesMentioning,
  FILTER_CHAPTER,
  FILTER_STATUS,
  FILTER_VERSION,
  STATUS_SUPERSEDED,
  rankEntries,
  type PagefindResultData,
  type SearchEntry,
} from '../lib/search-results.ts';
import { searchUrl } from '../lib/ids.ts';
import popupCssUrl from './search-popup.css?url';
import { addStylesheet } from './lazy-stylesheet.ts';

// The popup's rules arrive with this module, not with every page (issue #17).
void addStylesheet(popupCssUrl);

/** Where `pagefind --site dist` puts its bundle, and the build's citation index. */
const BUNDLE_PATH = '/pagefind/';
const CITATION_INDEX_URL = '/search-index.json';
/** Pagefind ANDs every segment of a query; a pasted paragraph only slows it down. */
export const MAX_QUERY_CHARS = 100;

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: unknown }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(q: string, o?: { filters?: unknown }): Promise<void>;
}

let pagefind: Promise<PagefindApi> | null = null;
/** Load pagefind once (on first focus), from the bundle next to the site. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (import(/* @vite-ignore */ `${BUNDLE_PATH}pagefind.js`) as Promise<PagefindApi>)
    .then(async (pf) => {
      // The index is small: searching on the main thread saves fetching and
      // starting pagefind's worker (43 KB) before the first results.
      await pf.options({ excerptLength: 36, noWorker: true });
      await pf.init();
      return pf;
    })
    .catch((error) => {
      pagefind = null; // let a later focus retry
      throw error;
    });
  return pagefind;
}

let citationIndex: Promise<CitationIndexFile | null> | null = null;
/** The per-version article index for citation jumps; null if it cannot be had. */
export function loadCitationIndex(): Promise<CitationIndexFile | null> {
  const loading = (citationIndex ??= fetch(CITATION_INDEX_URL)
    .then((r) => (r.ok ? (r.json() as Promise<CitationIndexFile>) : null))
    .catch(() => null));
  // Without the index, search still works (no jumps, no version filter); try again next time.
  void loading.then((file) => {
    if (!file && citationIndex === loading) citationIndex = null;
  });
  return loading;
}

/** What to search: all versions or the newest only, and optionally one chapter (章 filter value). */
export interface SearchScope {
  allVersions: boolean;
  chapter?: string | undefined;
}

/** One search: the citation jump (if the query is a citation) and pagefind's page results, whose data loads on demand. */
export interface SearchRun {
  query: string;
  /** For a resolved citation: entries must contain this (第十八条), to list where it is referred to. */
  mentioning: string | undefined;
  jump: CitationJump | null;
  jumpVersionLabel: string | undefined;
  /** With all versions searched and no version named: the same citation in each older version, newest first. */
  olderJumps: { jump: CitationJump; label: string }[];
  pages: { data(): Promise<PagefindResultData> }[];
  /** The versions' labels, newest first: entries of a newer version rank above an older one's. */
  versions: string[];
}

/**
 * The filters for a scope: old versions' pages (marked 旧版本 by PlanLayout)
 * excluded unless all versions are wanted. Where no page is of an old version
 * (a plan with one version), the filter excludes nothing.
 */
function filtersFor(scope: SearchScope): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (!scope.allVersions) filters.none = { [FILTER_STATUS]: STATUS_SUPERSEDED };
  if (scope.chapter) filters[FILTER_CHAPTER] = scope.chapter;
  return filters;
}

/**
 * Start fetching the index chunks a query will need while the debounce runs
 * (pagefind's own advice for custom inputs); errors are left to the search.
 */
export function preloadQuery(rawQuery: string, scope: SearchScope): void {
  const query = rawQuery.trim().slice(0, MAX_QUERY_CHARS);
  // A citation is searched as its article's label in its version (startSearch): the typed text is not worth fetching.
  if (!query || parseCitationQuery(query)) return;
  void loadPagefind()
    .then((pf) => pf.preload(query, { filters: filtersFor(scope) }))
    .catch(() => {});
}

/** Run a query: resolve it as a citation if it is one, and ask pagefind. */
export async function startSearch(rawQuery: string, scope: SearchScope): Promise<SearchRun> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_CHARS);
  const citation = parseCitationQuery(query);
  // The citation index is fetched only when needed: to resolve a citation, or to rank several versions' entries.
  const [pf, index] = await Promise.all([loadPagefind(), citation || scope.allVersions ? loadCitationIndex() : null]);
  let jump: CitationJump | null = null;
  let jumpVersionLabel: string | undefined;
  let target: ReturnType<typeof pickCitationIndex> = null;
  if (citation && index) {
    target = pickCitationIndex(citation, index);
    jump = target ? resolveCitation(citation, target) : null;
    if (jump && jump.version !== index.newest) jumpVersionLabel = target?.label;
  }
  // A citation is searched as the text writes it (第十八条), to list the places that refer to it: in the
  // version it was resolved in, where 第十八条 is that article (ed1's 第十八条 is another article than ed3's).
  const mentioning = citation && jump ? citationSearchText(citation) : undefined;
  const filters = mentioning && target ? { [FILTER_VERSION]: target.label, ...(scope.chapter ? { [FILTER_CHAPTER]: scope.chapter } : {}) } : filtersFor(scope);
  const found = query ? await pf.search(mentioning ?? query, { filters }) : null;
  // The newest first, then the others from the latest back (the file lists them oldest first).
  const versions = index ? [...index.versions].reverse().sort((a, b) => Number(b.version === index.newest) - Number(a.version === index.newest)).map((v) => v.label) : [];
  // 第十八条 of every version is its own article (ed1's is not ed3's): with all versions, each is offered.
  const olderJumps =
    citation && jump && index && scope.allVersions && !citation.versionLabel
      ? [...index.versions].reverse().flatMap((v) => {
          const found = v.version === jump!.version ? null : resolveCitation(citation, v);
          return found ? [{ jump: found, label: v.label }] : [];
        })
      : [];
  return { query, mentioning, jump, jumpVersionLabel, olderJumps, pages: found?.results ?? [], versions };
}

/** Entries for pages [from, to) of a run, ranked among themselves. */
export async function loadEntries(run: SearchRun, from: number, to: number): Promise<SearchEntry[]> {
  const data = await Promise.all(run.pages.slice(from, to).map((p) => p.data()));
  if (run.mentioning) return entriesMentioning(rankEntries(data, run.mentioning, run.versions), run.mentioning);
  return rankEntries(data, run.query, run.versions);
}

/**
 * Put pagefind's excerpt into an element as text plus `<mark>`s only. Pagefind
 * escapes page text already; rebuilding the nodes keeps anything else out
 * even if an excerpt were ever malformed.
 */
export function setExcerpt(el: HTMLElement, html: string): void {
  const t = document.createElement('template');
  t.innerHTML = html;
  el.replaceChildren(
    ...[...t.content.childNodes].map((n) => {
      if (n.nodeName === 'MARK') {
        const m = document.createElement('mark');
        m.textContent = n.textContent;
        return m;
      }
      return document.createTextNode(n.textContent ?? '');
    }),
  );
}

function span(className: string, text: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

/** The link for one entry: breadcrumb, version (when not the newest), title, excerpt. */
export function entryLink(entry: SearchEntry, showVersion: boolean): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = entry.url;
  a.className = 'search-entry';
  if (entry.kind) a.dataset.kind = entry.kind;
  const head = document.createElement('span');
  head.className = 'search-entry-head';
  head.append(span('search-crumbs', entry.crumbs.join(' › ')));
  if (showVersion && entry.version) head.append(span('search-version', entry.version));
  if (entry.exact && entry.excerpt) head.append(span('search-exact', '完全匹配'));
  a.append(head);
  if (entry.title) a.append(span('search-title', entry.title));
  if (entry.excerpt) {
    const ex = span('search-excerpt', '');
    setExcerpt(ex, entry.excerpt);
    a.append(ex);
  }
  return a;
}

/** The link for a citation jump, marked as such. */
export function jumpLink(jump: CitationJump, versionLabel: string | undefined): HTMLAnchorElement {
  const a = entryLink({ url: jump.url, crumbs: jump.breadcrumb, title: jump.title, excerpt: '', version: versionLabel, score: Infinity }, true);
  a.classList.add('is-jump');
  a.querySelector('.search-entry-head')!.prepend(span('search-jump-label', '直达'));
  return a;
}


const HEADER_PAGES = 6;
const HEADER_ENTRIES = 8;
let idCounter = 0;

/** The results popup, made here rather than on every page: only a reader who searches needs it. */
function popupElement(searchPage: string): HTMLElement {
  const popup = document.createElement('div');
  popup.className = 'search-popup';
  popup.dataset.searchPopup = '';
  popup.hidden = true;
  popup.innerHTML =
    '<ul role="listbox" aria-label="搜索结果"></ul><p class="search-status" data-search-status role="status" hidden></p>' +
    '<p class="search-footer"><a data-search-more></a><span class="search-keys" aria-hidden="true">↑↓ 选择 · Enter 打开 · Esc 关闭</span></p>';
  const more = popup.querySelector('a')!;
  more.href = searchPage;
  more.textContent = '全部结果 →';
  return popup;
}

/** The header search box: a combobox over the form that works without JavaScript. */
class PlanSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private popup!: HTMLElement;
  private list!: HTMLElement;
  private status!: HTMLElement;
  private more!: HTMLAnchorElement;
  private active = -1;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.input = this.querySelector('input[type="search"]')!;
    this.popup = this.querySelector('[data-search-popup]') ?? this.appendChild(popupElement(this.querySelector('form')?.getAttribute('action') ?? '/search/'));
    this.list = this.querySelector('[role="listbox"]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.more = this.querySelector('[data-search-more]')!;
    const id = `plan-search-${++idCounter}`;
    this.list.id = `${id}-list`;
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-controls', this.list.id);
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-autocomplete', 'list');
    // Warm up on focus, so the first query does not wait for the bundle.
    const warm = () => void loadPagefind().catch(() => {});
    this.input.addEventListener('focus', warm, { once: true });
    this.input.addEventListener('input', () => {
      preloadQuery(this.input.value, { allVersions: false });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.update(), 120);
    });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
    document.addEventListener('pointerdown', (e) => {
      if (!this.contains(e.target as Node)) this.close();
    });
    // This module is loaded on the box's first focus (search-box-loader.client.ts):
    // catch up with a focus, or text typed, before it arrived.
    if (document.activeElement === this.input) {
      warm();
      if (this.input.value.trim()) void this.update();
    }
  }

  private options(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private onKey(e: KeyboardEvent): void {
    const opts = this.options();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.popup.hidden || opts.length === 0) return;
      e.preventDefault();
      // Cycle through the options and back to the input (state -1).
      const states = opts.length + 1;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.select(((this.active + 1 + step + states) % states) - 1);
    } else if (e.key === 'Enter' && !this.popup.hidden) {
      // A citation (第18条) goes straight to its article: the 直达 entry leads the list; other queries submit to /search/.
      const link = this.active >= 0 ? opts[this.active] : opts[0]?.classList.contains('is-jump') ? opts[0] : undefined;
      if (link) {
        e.preventDefault();
        link.click();
      }
    } else if (e.key === 'Escape') {
      if (!this.popup.hidden) {
        e.preventDefault();
        this.close();
      } else if (this.input.value) {
        this.input.value = '';
      } else {
        this.input.blur();
      }
    }
  }

  /** Make option i active (-1: none, the input itself). */
  private select(i: number): void {
    const opts = this.options();
    this.active = i >= opts.length ? -1 : i;
    opts.forEach((o, j) => o.setAttribute('aria-selected', String(j === this.active)));
    const current = opts[this.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private close(): void {
    this.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.select(-1);
  }

  private async update(): Promise<void> {
    const query = this.input.value.trim();
    const token = ++this.seq;
    if (!query) {
      this.close();
      return;
    }
    let entries: SearchEntry[] = [];
    let run: SearchRun;
    try {
      run = await startSearch(query, { allVersions: false });
      entries = await loadEntries(run, 0, HEADER_PAGES);
    } catch {
      if (token !== this.seq) return;
      this.show([], '搜索暂时不可用。', query);
      return;
    }
    if (token !== this.seq) return; // a newer query is on its way
    const links = run.jump ? [jumpLink(run.jump, run.jumpVersionLabel)] : [];
    links.push(...entries.slice(0, HEADER_ENTRIES - links.length).map((e) => entryLink(e, false)));
    const message = links.length ? '' : `没有找到与“${run.query}”相关的条文。`;
    this.show(links, message, run.query);
  }

  private show(links: HTMLAnchorElement[], message: string, query: string): void {
    this.list.replaceChildren(
      ...links.map((a, i) => {
        // The link is the option (as in pagefind's own searchbox); the item is only layout.
        const li = document.createElement('li');
        li.setAttribute('role', 'none');
        a.setAttribute('role', 'option');
        a.setAttribute('aria-selected', 'false');
        a.id = `${this.list.id}-${i}`;
        a.tabIndex = -1; // the input keeps focus; arrows move aria-activedescendant
        li.append(a);
        return li;
      }),
    );
    this.status.textContent = message;
    this.status.hidden = !message;
    this.more.href = searchUrl(query);
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
  }
}

if (!customElements.get('plan-search')) customElements.define('plan-search', PlanSearch);

// On a page opened from a result, mark the matched phrases (the `highlight`
// parameters the results carry) with pagefind's highlight script, which is
// only downloaded when there is something to highlight.
if (new URLSearchParams(location.search).has('highlight') && document.querySelector('[data-pagefind-body]')) {
  import(/* @vite-ignore */ `${BUNDLE_PATH}pagefind-highlight.js`)
    .then(() => {
      const Highlight = (window as unknown as { PagefindHighlight?: new (o: Record<string, unknown>) => unknown }).PagefindHighlight;
      if (Highlight) {
        new Highlight({
          highlightParam: 'highlight',
          addStyles: false,
          markOptions: { className: 'search-hit', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
        });
      }
    })
    .catch(() => {});
}
