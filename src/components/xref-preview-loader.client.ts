/**
 * The eager part of the reference previews: load xref-preview.client.ts on the
 * first hover or focus of a cross-reference link (load-on-use.ts), then give
 * that event again so the first preview still shows. The links are plain
 * links, so a click is never held.
 */
import { loadOnUse } from './load-on-use.ts';

loadOnUse('a.xref[data-xref]', () => import('./xref-preview.client.ts'), {
  holdClicks: false,
  afterLoad(event, link) {
    if (event.type === 'focusin' && document.activeElement !== link) return;
    link.dispatchEvent(event.type === 'focusin' ? new FocusEvent('focusin', { bubbles: true }) : new PointerEvent('pointerover', { bubbles: true }));
  },
});

export {};
