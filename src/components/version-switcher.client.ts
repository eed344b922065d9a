/**
 * <version-switcher>: links to other versions that follow the provision the
 * reader is looking at. The server renders each link to the same section or
 * chapter (computed at build time, so it works without JavaScript); a link
 * with `data-by-article` also carries, per article of this page, the URL of
 * that article in its version (by-article.ts: only those not at the link's
 * own URL with their anchor). When the reader reaches for a link (opens the
 * list, points, focuses), its href becomes the one for the article last read,
 * so switching from 第十八条 lands on 第十八条 (or its new number).
 *
 * "Last read" survives scrolling back up to the header: the article crossing
 * the upper quarter of the window is remembered while reading, and a page
 * top with no article there does not forget it; before any reading, the
 * #a<n> in the address counts. This module loads when the reader first
 * reaches for a switcher or the old-version banner; until then the eager
 * loader (version-switcher-loader.client.ts) keeps only the scroll position
 * of the last reading, which `defineVersionSwitcher` turns into an article.
 */
import { articleUrl, type ArticleUrls } from '../lib/by-article.ts';

const ARTICLES = 'section.article[data-article]';
let lastRead: string | null = /^#a([1-9]\d*)$/.exec(location.hash)?.[1] ?? null;
let frame = 0;
let listening = false;
/** Whether the reader has scrolled since the page opened or its last #anchor jump (reader-scrolled.ts, from the eager loader). */
let readerScrolled: () => boolean = () => true;

/** Remember the last article whose top is above the window's upper quarter when the page is scrolled to `y` (now, by default). */
function noteArticleInView(y = scrollY): void {
  let current: string | null = null;
  for (const b of document.querySelectorAll<HTMLElement>(ARTICLES)) {
    if (b.getBoundingClientRect().top + scrollY - y > innerHeight / 4) break;
    current = b.dataset.article ?? null;
  }
  if (current) lastRead = current;
}

class VersionSwitcher extends HTMLElement {
  connectedCallback(): void {
    // Esc closes the open list and gives focus back to its summary, as a menu does.
    this.addEventListener('keydown', (e) => {
      const list = this.querySelector('details');
      if (e.key !== 'Escape' || !list?.open) return;
      list.open = false;
      list.querySelector('summary')?.focus();
    });
    if (!this.querySelector('a[data-by-article]')) return;
    const follow = (): void => {
      for (const a of this.querySelectorAll<HTMLAnchorElement>('a[data-by-article]')) {
        a.dataset.base ??= a.getAttribute('href') ?? '';
        const moved = JSON.parse(a.dataset.byArticle!) as ArticleUrls;
        a.setAttribute('href', lastRead ? articleUrl(a.dataset.base, moved, lastRead) : a.dataset.base);
      }
    };
    // Loaded on first use: the list may be open already, or a held click is about to follow a link.
    follow();
    // `toggle` does not bubble: listen in the capture phase for the <details> inside.
    this.addEventListener('toggle', follow, true);
    this.addEventListener('pointerdown', follow);
    this.addEventListener('focusin', follow);
    if (listening) return; // the header switcher and the old-version banner share one listener
    listening = true;
    addEventListener('hashchange', () => {
      lastRead = /^#a([1-9]\d*)$/.exec(location.hash)?.[1] ?? lastRead;
    });
    addEventListener(
      'scroll',
      () => {
        cancelAnimationFrame(frame);
        // The browser's jump to an anchor is not reading: the hashchange above said which article
        // (asked again in the frame: the hashchange may come between the scroll and the frame).
        frame = requestAnimationFrame(() => readerScrolled() && noteArticleInView());
      },
      { passive: true },
    );
  }
}

/**
 * Define <version-switcher>, starting from where the reader last read before
 * this module loaded (a scroll position; undefined when no article has
 * reached the upper quarter of the window yet). `scrolled` is the eager
 * loader's reader-scrolled.ts, passed in so that it stays in the page script
 * rather than becoming a chunk of its own.
 */
export function defineVersionSwitcher(readAt: number | undefined, scrolled: () => boolean): void {
  readerScrolled = scrolled;
  if (readAt !== undefined) noteArticleInView(readAt);
  if (!customElements.get('version-switcher')) customElements.define('version-switcher', VersionSwitcher);
}
