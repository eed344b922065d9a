/**
 * `<plan-map>`: upgrades a server-rendered SVG map into an interactive Leaflet
 * map once it scrolls into view. This eager part only watches for that
 * moment; Leaflet, its CSS and the drawing code (plan-map-interactive.ts) are
 * imported then, so no page pays for them up front and pages without a map
 * never reference them.
 */
class PlanMapElement extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!('IntersectionObserver' in window)) return; // the static SVG stays
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#observer?.disconnect();
        void import('./plan-map-interactive').then((m) => m.upgradePlanMap(this));
      },
      { rootMargin: '100px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }
}

if (!customElements.get('plan-map')) customElements.define('plan-map', PlanMapElement);
