/**
 * The eager part of the version switcher (and of the old-version banner,
 * the same element). Its links work as rendered (each to the same section or
 * chapter in that version); version-switcher.client.ts, which moves them to
 * the article last read, loads when the reader reaches for one
 * (load-on-use.ts, which holds a click that comes first). Until then this
 * keeps only the scroll position at which an article was last being read,
 * so a reader who scrolls back up to the header still switches from there;
 * the browser's own jump to the address's #anchor is not reading
 * (reader-scrolled.ts).
 */
import { loadOnUse } from './load-on-use.ts';
import { readerScrolled } from './reader-scrolled.ts';

let readAt: number | undefined;
const firstArticle = document.querySelector('section.article[data-article]');
if (firstArticle && document.querySelector('version-switcher a[data-by-article]')) {
  addEventListener(
    'scroll',
    () => {
      if (readerScrolled() && firstArticle.getBoundingClientRect().top <= innerHeight / 4) readAt = scrollY;
    },
    { passive: true },
  );
  // A followed #a7 link says which article; a reading position noted during its jump does not.
  addEventListener('hashchange', () => {
    if (!readerScrolled()) readAt = undefined;
  });
}
loadOnUse('version-switcher', () => import('./version-switcher.client.ts').then((m) => m.defineVersionSwitcher(readAt, readerScrolled)));

export {};
