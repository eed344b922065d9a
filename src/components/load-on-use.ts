/**
 * Loads a custom element's module when the reader first reaches for one of
 * its elements, not with the page (issue #17: a page weighs what it fetches at
 * load). Coming near it (pointer, focus, touch) starts the load; a click
 * that arrives before the element is defined is held and given again to the
 * upgraded element, so nothing the reader does is lost.
 */

/** Returns the loader, so a caller can also start it for reasons of its own. */
export function loadOnUse(tag: string, load: () => Promise<unknown>): () => Promise<unknown> {
  let loading: Promise<unknown> | undefined;
  const start = (): Promise<unknown> => (loading ??= load());
  const near = (event: Event): void => {
    if ((event.target as Element | null)?.closest?.(tag)) void start();
  };
  for (const type of ['pointerover', 'focusin', 'touchstart']) document.addEventListener(type, near, { capture: true, passive: true });
  document.addEventListener(
    'click',
    (event) => {
      const control = (event.target as Element | null)?.closest?.<HTMLElement>('button, a');
      if (!control?.closest(tag) || customElements.get(tag)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void start().then(() => control.click());
    },
    true,
  );
  return start;
}
