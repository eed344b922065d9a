/**
 * Whether the reader has moved through the page themselves (wheel, touch,
 * keys, the scrollbar) since it opened or since the last jump to an anchor.
 * The browser's own scrolling, to the #a7 of the address or a followed link,
 * is not reading: at the foot of a short section the page cannot scroll #a7
 * to the top, and the article then crossing the window's upper quarter is an
 * earlier one (second-plan tester, 2026-12-03: the version switcher led from
 * 第七条 to 第五条). Part of the page script, through the version switcher's
 * loader, which hands it to the module it loads.
 */
let own = false;
for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, () => (own = true), { capture: true, passive: true });
addEventListener('hashchange', () => (own = false));

/** True once the reader has scrolled or pressed a key since the page opened or its last #anchor jump. */
export const readerScrolled = (): boolean => own;
