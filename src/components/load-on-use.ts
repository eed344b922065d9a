/**
 * Loads a module when the reader first reaches for one of the elements it
 * serves, not with the page (issue #17: a page weighs what it fetches at
 * load). Coming near such an element (pointer, focus, touch) starts the load;
 * a click on one of its buttons or links that arrives before the module has
 * loaded is held and given again once it has, so nothing the reader does is
 * lost. Every lazy part of the page (search box, version switcher, reader
 * settings, citations, reference previews, offline saving) goes through here.
 */

/** What a caller may add to the plain "load when near". */
export interface LoadOnUseOptions {
  /**
   * Hold an early click on a button or link inside (default true). Off for
   * plain links that work without the module, such as cross-references.
   */
  holdClicks?: boolean;
  /** Runs once the module has loaded, with the event that started the load and the element it reached. */
  afterLoad?: (event: Event, element: Element) => void;
}

/**
 * Load `load` when the reader nears an element matching `selector`. Returns
 * the loader, so a caller can also start it for reasons of its own (an
 * address that names a 款, a `?highlight=`).
 */
export function loadOnUse(selector: string, load: () => Promise<unknown>, options: LoadOnUseOptions = {}): () => Promise<unknown> {
  let loading: Promise<unknown> | undefined;
  let loaded = false;
  const start = (): Promise<unknown> => (loading ??= load().then(() => (loaded = true)));
  const near = (event: Event): void => {
    const element = (event.target as Element | null)?.closest?.(selector);
    if (!element || loading) return;
    const { afterLoad } = options;
    void start().then(() => afterLoad?.(event, element));
  };
  for (const type of ['pointerover', 'focusin', 'touchstart']) document.addEventListener(type, near, { capture: true, passive: true });
  if (options.holdClicks === false) return start;
  document.addEventListener(
    'click',
    (event) => {
      // A click with a modifier (open in a new tab…) cannot be given back as it was: let it through.
      if (loaded || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const control = (event.target as Element | null)?.closest?.<HTMLElement>('button, a');
      if (!control?.closest(selector)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void start().then(() => control.click());
    },
    true,
  );
  return start;
}
