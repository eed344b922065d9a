/**
 * `<plan-map>`: upgrades a server-rendered SVG map into an interactive Leaflet
 * map once it scrolls into view. This eager part only watches for that
 * moment; Leaflet, its CSS and the drawing code (plan-map-interactive.ts) are
 * imported then, so no page pays for them up front and pages without a map
 * never reference them. It is loaded on every map page, so it is kept to the
 * bare watch (no removal handling: a static page never removes its maps).
 */
customElements.define(
  'plan-map',
  class extends HTMLElement {
    connectedCallback(): void {
      // A browser without IntersectionObserver (none current) throws here and keeps the static SVG.
      const watch = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          watch.disconnect();
          void import('./plan-map-interactive').then((m) => m.upgradePlanMap(this));
        },
        { rootMargin: '100px' },
      );
      watch.observe(this);
    }
  },
);

export {};
