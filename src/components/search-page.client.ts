/**
 * The /search/ page (`<plan-search-page>`): the query, the all-versions switch
 * and the chapter are read from and written back to the URL
 * (history.replaceState, so Back returns to the same results and the address
 * can be shared). Results load page by page: pagefind's data for the next
 * pages is fetched only when "显示更多结果" is pressed.
 */
import { entryLink, jumpLink, loadEntries, loadPagefind, preloadQuery, startSearch, type SearchRun } from './search-box.client.ts';
import { FILTER_CHAPTER } from '../lib/search-results.ts';
import { parseNumeral } from '../lib/numerals.ts';
import { searchUrl } from '../lib/ids.ts';

const PAGES_PER_BATCH = 15;

/** 4 from 第四章 国土空间开发保护格局. */
function chapterNumber(filterValue: string): number | null {
  const m = /^第(.+?)章/.exec(filterValue);
  return m ? parseNumeral(m[1]!) : null;
}

class PlanSearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private all!: HTMLInputElement;
  private chapter!: HTMLSelectElement;
  private summary!: HTMLElement;
  private list!: HTMLOListElement;
  /** Results outside the plan text (drafting notes, about page), listed apart under their own heading. */
  private otherList!: HTMLOListElement;
  private otherGroup!: HTMLElement;
  private more!: HTMLButtonElement;
  /** Chapter number → the 章 filter value pagefind knows. */
  private chapters = new Map<number, string>();
  private run: SearchRun | null = null;
  private shownPages = 0;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.form = this.querySelector('form')!;
    this.input = this.form.querySelector('input[name="q"]')!;
    this.all = this.form.querySelector('input[name="all"]')!;
    this.chapter = this.form.querySelector('select[name="chapter"]')!;
    this.summary = this.querySelector('[data-search-summary]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.otherList = this.querySelector('[data-search-other]')!;
    this.otherGroup = this.querySelector('[data-search-other-group]')!;
    this.more = this.querySelector('[data-search-more]')!;

    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    this.all.checked = params.get('all') === '1';
    const wantedChapter = params.get('chapter') ?? '';

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search();
    });
    this.input.addEventListener('input', () => {
      preloadQuery(this.input.value, { allVersions: this.all.checked, chapter: this.chapters.get(Number(this.chapter.value)) });
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), 150);
    });
    this.all.addEventListener('change', () => void this.search());
    this.chapter.addEventListener('change', () => void this.search());
    this.more.addEventListener('click', () => void this.showMore());
    this.addEventListener('keydown', (e) => this.onKey(e));

    // Back to this page restores the batches shown and the place read (saved as the page is left).
    history.scrollRestoration = 'manual';
    addEventListener('pagehide', () => history.replaceState({ ...this.savedState(), scrollY }, ''));
    void this.loadChapters(wantedChapter).then(() => this.search(true));
    if (!this.input.value) this.input.focus();
  }

  /** Fill the chapter list from pagefind's 章 filter, ordered by chapter number. */
  private async loadChapters(wanted: string): Promise<void> {
    try {
      const pf = await loadPagefind();
      const values = Object.keys((await pf.filters())[FILTER_CHAPTER] ?? {});
      for (const v of values) {
        const n = chapterNumber(v);
        if (n) this.chapters.set(n, v);
      }
      const sorted = [...this.chapters].sort((a, b) => a[0] - b[0]);
      this.chapter.append(
        ...sorted.map(([n, label]) => {
          const o = document.createElement('option');
          o.value = String(n);
          o.textContent = label;
          return o;
        }),
      );
      this.chapter.value = this.chapters.has(Number(wanted)) ? wanted : '';
      this.chapter.disabled = false;
    } catch {
      this.summary.textContent = '搜索索引加载失败，请稍后重试。';
    }
  }

  /** The URL of the current search, as the address bar should show it. */
  private currentUrl(): string {
    const u = new URL(searchUrl(this.input.value.trim() || undefined), location.origin);
    if (this.all.checked) u.searchParams.set('all', '1');
    if (this.chapter.value) u.searchParams.set('chapter', this.chapter.value);
    return u.pathname + u.search;
  }

  /** The page title without a query (搜索 · site name), kept to prefix the query to it. */
  private baseTitle = document.title;

  /** What history keeps for this search: how many result pages were shown, and the scroll position. */
  private savedState(): { pages?: number; scrollY?: number } {
    return (history.state as { pages?: number; scrollY?: number } | null) ?? {};
  }

  /** Search for what the form holds; `restore`: as the page opens, with the batches and place history kept. */
  private async search(restore = false): Promise<void> {
    const token = ++this.seq;
    const saved = restore ? this.savedState() : {};
    history.replaceState(history.state, '', this.currentUrl());
    const query = this.input.value.trim();
    // The query in the title too, so history lists and bookmarks tell searches apart.
    document.title = query ? `${query.slice(0, 40)} · ${this.baseTitle}` : this.baseTitle;
    this.list.replaceChildren();
    this.otherList.replaceChildren();
    this.otherGroup.hidden = true;
    this.more.hidden = true;
    this.run = null;
    if (!query) {
      this.summary.textContent = '';
      this.dataset.shown = '';
      return;
    }
    this.summary.textContent = '正在搜索…';
    try {
      const run = await startSearch(query, {
        allVersions: this.all.checked,
        chapter: this.chapters.get(Number(this.chapter.value)),
      });
      if (token !== this.seq) return;
      this.run = run;
      this.shownPages = 0;
      // Beside other versions' jumps, the newest's names its version too.
      if (run.jump) this.list.append(this.item(jumpLink(run.jump, run.jumpVersionLabel ?? (run.olderJumps.length ? run.versions[0] : undefined))));
      for (const older of run.olderJumps) this.list.append(this.item(jumpLink(older.jump, older.label)));
      await this.showMore(token, Math.max(PAGES_PER_BATCH, saved.pages ?? 0));
      if (saved.scrollY && token === this.seq) scrollTo(0, saved.scrollY);
    } catch {
      if (token === this.seq) this.summary.textContent = '搜索暂时不可用，请稍后重试。';
    }
  }

  /** Show `batch` more result pages, everything shown ranked together (a later page's exact or newer entries go above). */
  private async showMore(token = this.seq, batch = PAGES_PER_BATCH): Promise<void> {
    const run = this.run;
    if (!run) return;
    const to = Math.min(run.pages.length, this.shownPages + batch);
    const entries = await loadEntries(run, 0, to);
    if (token !== this.seq || run !== this.run) return;
    this.shownPages = to;
    const plan = entries.filter((e) => e.plan);
    const other = entries.filter((e) => !e.plan);
    const jumps = [...this.list.querySelectorAll('a.is-jump')].map((a) => a.closest('li')!);
    this.list.replaceChildren(...jumps, ...plan.map((e) => this.item(entryLink(e, this.all.checked))));
    this.otherList.replaceChildren(...other.map((e) => this.item(entryLink(e, this.all.checked))));
    history.replaceState({ ...this.savedState(), pages: to }, '');
    this.otherGroup.hidden = this.otherList.children.length === 0;
    this.more.hidden = this.shownPages >= run.pages.length;
    this.summary.textContent = this.summaryText(run);
    // Which query the list now shows (tests and scripts wait on it; the list may lag the box while typing).
    this.dataset.shown = run.query;
  }

  /** What the lists hold: how many places in the plan text, how many exact, how many elsewhere. */
  private summaryText(run: SearchRun): string {
    // Editor's notes are listed with the provisions they annotate, but are not provisions: counted apart.
    const planHits = this.list.querySelectorAll('a.search-entry:not(.is-jump):not([data-kind="note"])').length;
    const notes = this.list.querySelectorAll('a.search-entry[data-kind="note"]').length;
    const exact = this.list.querySelectorAll('a.search-entry:not([data-kind="note"]) .search-exact').length;
    const other = this.otherList.children.length;
    const more = this.more.hidden ? '' : '（还有更多）';
    // 直达 the provision as the jump names it (第十八条第二款); the references are to its article (第十八条).
    if (run.mentioning) return `“${run.query}”：直达${run.jump?.breadcrumb.at(-1) ?? run.mentioning}；正文中提到${run.mentioning}的 ${planHits} 处${more}`;
    if (!planHits && !notes && !other) return `没有找到与“${run.query}”相关的内容。`;
    const exactPart = exact ? `，其中 ${exact} 条含完整的“${run.query}”，排在前面` : `，没有条文含完整的“${run.query}”`;
    const otherPart = other ? `；另有起草说明等其他页面 ${other} 处，列在后面` : '';
    const notePart = notes ? `（另有编者注 ${notes} 处）` : '';
    return `“${run.query}”：规划条文 ${planHits} 条${notePart}${exactPart}${otherPart}${more}`;
  }

  private item(link: HTMLAnchorElement): HTMLLIElement {
    const li = document.createElement('li');
    li.append(link);
    return li;
  }

  /** ↓ from the box enters the results, ↑/↓ move between them, Esc returns to the box. */
  private onKey(e: KeyboardEvent): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('[data-search-results] a.search-entry, [data-search-other] a.search-entry')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && (e.target === this.input || at >= 0)) {
      const next = links[at + 1];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (links[at - 1] ?? this.input).focus();
    } else if (e.key === 'Escape' && at >= 0) {
      e.preventDefault();
      this.input.focus();
    }
  }
}

if (!customElements.get('plan-search-page')) customElements.define('plan-search-page', PlanSearchPage);
