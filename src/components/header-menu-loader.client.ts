/**
 * The phone's header buttons (header-menu.client.ts, with header-menu.css)
 * need their behaviour only where they show, and only once the reader reaches
 * for them (issue #17: 1.8 KB fetched at load on every phone page): on narrow
 * screens they load on first use through load-on-use.ts, which holds a tap
 * that comes first and gives it back, or at once on a page whose headings the
 * header follows while scrolling (the whole text). Until then the buttons say
 * what they are (a button, closed) and work as their links do without
 * JavaScript. Wide screens fetch nothing.
 */
import { loadOnUse } from './load-on-use.ts';
import { NARROW_SCREEN } from './narrow-screen.ts';

const narrow = matchMedia(NARROW_SCREEN);
let load: (() => Promise<unknown>) | undefined;

function onNarrow(): void {
  load ??= loadOnUse('header-menu', () => import('./header-menu.client.ts'));
  for (const button of document.querySelectorAll<HTMLElement>('header-menu a[data-open]')) {
    button.setAttribute('role', 'button');
    button.setAttribute('aria-expanded', 'false');
  }
  if (document.querySelector('main [data-reading-heading]')) void load();
}

if (narrow.matches) onNarrow();
else narrow.addEventListener('change', onNarrow, { once: true });

export {};
