/**
 * Whether a scroll of the page now is the reader's reading, not the browser
 * jumping to an anchor. The browser's jump to the address's #a7 (or to a
 * followed #a7 link) is not reading: at the foot of a short section the page
 * cannot scroll #a7 to the top, and the article then crossing the window's
 * upper quarter is an earlier one (second-plan tester, 2026-12-03: the
 * version switcher led from 第七条 to 第五条). So after an anchor in the
 * address, at load or on hashchange, scrolls count again only once the
 * reader moves through the page (wheel, touch, keys, a press on the
 * scrollbar); a page opened without an anchor, its scroll restored on
 * reload, counts from the start. Part of the page script, through the
 * version switcher's loader, which hands it to the module it loads.
 */
const ANCHOR = /^#a[1-9]\d*(?:-|$)/;
let jumped = ANCHOR.test(location.hash);
for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, () => (jumped = false), { capture: true, passive: true });
addEventListener('hashchange', () => (jumped = ANCHOR.test(location.hash)));

/** False between the browser's jump to an article anchor and the reader's next move through the page. */
export const readerScrolled = (): boolean => !jumped;
