/**
 * A stylesheet added to the page on first use, for code that is itself
 * loaded on first use (the live search popup, Leaflet). Imported as a URL
 * (`./x.css?url`) rather than as a style module, because Astro hoists style
 * modules into every page's <head> even when only a lazy chunk imports them.
 */

/**
 * Link `href` once; resolves when the sheet has loaded (or failed: the
 * caller goes on unstyled rather than hanging). Leaflet measures tooltips
 * when it places them, so the map waits for its sheet.
 */
export function addStylesheet(href: string): Promise<void> {
  const existing = [...document.querySelectorAll<HTMLLinkElement>('link[data-lazy-css]')].find((l) => l.getAttribute('href') === href);
  if (existing?.sheet) return Promise.resolve();
  const link = existing ?? document.createElement('link');
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  if (!existing) {
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.lazyCss = '';
    document.head.append(link);
  }
  return loaded;
}
