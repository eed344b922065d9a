/**
 * The eager part of the header search: the `/` shortcut, and loading the live
 * search (search-box.client.ts, with its result rendering and citation
 * parsing) only when the reader first reaches for the box (load-on-use.ts: a
 * press of 搜索 that comes first is held and given back). Reading pages so
 * stay within their JavaScript budget; the form works without it.
 */
import { loadOnUse } from './load-on-use.ts';

const loadLiveSearch = loadOnUse('plan-search', () => import('./search-box.client.ts'));

/** Whether a keyboard event comes from somewhere the reader types. */
function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

// `/` focuses the page's main search input (the /search/ page's) or else the header box.
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e)) return;
  const input =
    document.querySelector<HTMLInputElement>('[data-search-primary]') ??
    document.querySelector<HTMLInputElement>('plan-search input[type="search"]');
  if (!input) return;
  e.preventDefault();
  input.focus();
  input.select();
});

// A page opened from a result carries `?highlight=`: the live module marks the phrases.
if (new URLSearchParams(location.search).has('highlight')) void loadLiveSearch();

export {};
