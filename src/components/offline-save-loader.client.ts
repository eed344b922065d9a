/**
 * The eager part of <offline-save> (a version's contents page): shows the
 * button where the browser can save (service workers and Cache Storage), and
 * loads offline-save.client.ts when the reader reaches for it
 * (load-on-use.ts, holding a press that comes first), or at once when the
 * site has a saved copy (the box then says whether it is this version's and
 * whether it is up to date).
 * Without JavaScript the box stays hidden.
 */
import { loadOnUse } from './load-on-use.ts';

const box = document.querySelector<HTMLElement>('offline-save');
if (box && 'serviceWorker' in navigator && 'caches' in window) {
  const load = loadOnUse('offline-save', () => import('./offline-save.client.ts'));
  box.querySelector<HTMLElement>('[data-part="box"]')!.hidden = false;
  // The site keeps Cache Storage only for saved copies: any copy at all, and the module says whether this version's is one.
  void caches.keys().then((names) => names.length && load());
}

export {};
