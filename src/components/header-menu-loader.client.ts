/**
 * The phone's header buttons (header-menu.client.ts, with header-menu.css)
 * need their behaviour only where they show, and only once the reader reaches
 * for them (issue #17: 1.8 KB fetched at load on every phone page): on narrow
 * screens they load on first use through load-on-use.ts, which holds a tap
 * that comes first and gives it back, or at once on a page whose headings the
 * header follows while scrolling (the whole text). Until then the buttons say
 * what they are (a button, closed) and work as their links do without
 * JavaScript. Wide screens fetch nothing. 搜索 is the exception to holding
 * the tap: it opens the search box within the tap itself, because a phone
 * raises its keyboard only for a focus made in answer to the reader's touch,
 * not for one made after a module has loaded.
 */
import { loadOnUse } from './load-on-use.ts';
import { NARROW_SCREEN } from './narrow-screen.ts';

const narrow = matchMedia(NARROW_SCREEN);
let load: (() => Promise<unknown>) | undefined;

/** 搜索 tapped before header-menu.client.ts is here: open the box and focus it now (its rules are in the eager CSS). */
function openSearchNow(event: MouseEvent): void {
  if (customElements.get('header-menu') || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const button = (event.target as Element | null)?.closest?.<HTMLElement>('header-menu a[data-open="search"]');
  const header = button?.closest<HTMLElement>('.site-header');
  const input = header?.querySelector<HTMLInputElement>('.header-tools input[type="search"]');
  if (!button || !header || !input) return;
  // Before load-on-use's listener: this tap is answered here, not held and given back (which would close the box again).
  event.preventDefault();
  event.stopImmediatePropagation();
  document.documentElement.style.setProperty('--header-bottom', `${Math.round(header.getBoundingClientRect().bottom)}px`);
  header.dataset.open = 'search';
  button.setAttribute('aria-expanded', 'true');
  input.focus();
  void load?.();
}

function onNarrow(): void {
  if (!load) document.addEventListener('click', openSearchNow, true);
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
