/**
 * `<plan-map>`: upgrades a server-rendered SVG map into an interactive Leaflet
 * map when the reader asks for it — a tap or click on the map, or its
 * "交互地图" button — never merely because it scrolled into view (issue #17:
 * a map in the first screen made Leaflet part of every page load). Leaflet,
 * its CSS and the drawing code (plan-map-interactive.ts) are imported then.
 * This eager part is loaded on every map page, so it stays a bare listener.
 */
customElements.define(
  'plan-map',
  class extends HTMLElement {
    connectedCallback(): void {
      const button = this.querySelector<HTMLButtonElement>('.plan-map__activate');
      const svg = this.querySelector('svg');
      if (!button || !svg) return;
      // Server-rendered hidden: without JavaScript the button would do nothing.
      button.hidden = false;
      const upgrade = (): void => {
        button.disabled = true;
        button.textContent = '正在载入交互地图…';
        void import('./plan-map-interactive').then((m) => m.upgradePlanMap(this, button));
      };
      button.addEventListener('click', upgrade, { once: true });
      // A tap on the static map is a click; a one-finger scroll over it is not, so the page still scrolls.
      svg.addEventListener('click', () => button.click(), { once: true });
    }
  },
);

export {};
