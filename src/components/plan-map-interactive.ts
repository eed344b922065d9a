/**
 * The interactive half of `<plan-map>`, loaded only when a map scrolls into
 * view (plan-map.client.ts imports it dynamically): Leaflet, its CSS, and the
 * upgrade of the static SVG into a Leaflet map. No tile layer unless the site
 * was built with PUBLIC_MAP_TILE_URL: the map works offline.
 */
import type * as Leaflet from 'leaflet';
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import type { GoverningArticle, PlanMapPayload } from '../lib/geo/governing';
import { governingFor } from '../lib/geo/governing';
import { invertPoint, parseSvgPath } from '../lib/geo/svg-path';
import { LAYER_STYLES, SEAT_RADIUS } from '../lib/geo/styles';

/** Leaflet, imported when the first map upgrades (its own chunk, so a request for it is visible). */
let L: typeof Leaflet;

/** Popup body: what was clicked and the articles that govern it, built as DOM (no HTML strings). */
function popupContent(title: string, schematic: boolean, articles: GoverningArticle[]): HTMLElement {
  const box = document.createElement('div');
  const head = document.createElement('strong');
  head.textContent = schematic ? `${title}（示意，非界线）` : title;
  box.append(head);
  const p = document.createElement('p');
  p.textContent = articles.length > 0 ? '相关条文：' : '本节未列出相关条文。';
  box.append(p);
  if (articles.length > 0) {
    const ul = document.createElement('ul');
    for (const g of articles) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = g.href;
      a.textContent = g.label;
      li.append(a);
      ul.append(li);
    }
    box.append(ul);
  }
  return box;
}

/**
 * The features of one layer, read back from the static SVG: each path's
 * subpaths become a LineString (open) or the rings of a Polygon (closed; the
 * SVG's even-odd fill is Leaflet's default too), each circle a Point.
 */
function featuresFromSvg(group: Element, data: PlanMapPayload): GeoJSON.Feature[] {
  const invert = (pt: [number, number]) => invertPoint(data.projection, pt);
  const features: GeoJSON.Feature[] = [];
  for (const el of group.querySelectorAll('path[data-role], circle[data-role]')) {
    const properties = { role: el.getAttribute('data-role') ?? 'area', label: el.getAttribute('data-label') ?? undefined };
    if (el.tagName.toLowerCase() === 'circle') {
      const at = invert([Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))]);
      features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } });
      continue;
    }
    const subpaths = parseSvgPath(el.getAttribute('d') ?? '');
    if (properties.role === 'line') {
      for (const sp of subpaths) features.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: sp.points.map(invert) } });
      continue;
    }
    const rings = subpaths.filter((sp) => sp.points.length >= 3).map((sp) => {
      const ring = sp.points.map(invert);
      return [...ring, ring[0]!];
    });
    if (rings.length > 0) features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: rings } });
  }
  return features;
}

function drawLayer(map: Leaflet.Map, data: PlanMapPayload, layer: PlanMapPayload['layers'][number], group: Element): void {
  const style = LAYER_STYLES[layer.kind];
  const articles = governingFor(layer.kind, data.governing);
  L.geoJSON(featuresFromSvg(group, data), {
    style: (f) => {
      const role = f?.properties?.role;
      return {
        ...style,
        stroke: style.stroke !== false,
        fill: role !== 'line',
        fillOpacity: role === 'line' ? 0 : style.fillOpacity,
        dashArray: role === 'head' ? undefined : style.dashArray,
      };
    },
    pointToLayer: (_f, latlng) => L.circleMarker(latlng, { ...style, radius: SEAT_RADIUS }),
    onEachFeature: (f, lyr) => {
      const title = (f.properties?.label as string | undefined) ?? layer.legend;
      lyr.bindPopup(() => popupContent(title, layer.schematic, articles));
      // Keyboard access: every feature is a focusable button that opens its popup.
      lyr.on('add', () => {
        const el = (lyr as Leaflet.Path).getElement?.();
        if (!el) return;
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', `${title}${layer.schematic ? '（示意）' : ''}：查看相关条文`);
        el.addEventListener('keydown', (e) => {
          const key = (e as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            e.preventDefault();
            const center = 'getBounds' in lyr ? (lyr as Leaflet.Polygon).getBounds().getCenter() : (lyr as Leaflet.CircleMarker).getLatLng();
            lyr.openPopup(center);
          }
        });
      });
    },
  }).addTo(map);
}

/** Names on the map as permanent tooltips: points to the right, lines above, areas centred. */
function drawLabels(map: Leaflet.Map, data: PlanMapPayload): void {
  for (const label of data.labels) {
    const direction = label.role === 'point' ? 'right' : label.role === 'line' ? 'top' : 'center';
    const offset: [number, number] = label.role === 'point' ? [6, 0] : label.role === 'line' ? [0, -4] : [0, 0];
    L.tooltip({ permanent: true, direction, offset, className: 'plan-map__label' })
      .setLatLng([label.at[1], label.at[0]])
      .setContent(label.text)
      .addTo(map);
  }
}

/**
 * Leaflet's CSS as a <link> added on upgrade: imported as a URL rather than a
 * style module, because Astro hoists style modules into the page's <head>.
 * Resolves once the sheet has loaded: Leaflet measures tooltips when it
 * places them, and unstyled they measure the full width of the map.
 */
function addStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>('link[data-plan-map-css]');
  if (existing?.sheet) return Promise.resolve();
  const link = existing ?? document.createElement('link');
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  if (!existing) {
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.planMapCss = '';
    document.head.append(link);
  }
  return loaded;
}

/**
 * Replace the static SVG of `element` by a Leaflet map drawn from the same
 * paths, with the labels, scale, 示意 stamp and governing articles of its payload.
 */
export async function upgradePlanMap(element: HTMLElement): Promise<void> {
  const json = element.querySelector('script.plan-map__data')?.textContent;
  const svg = element.querySelector('svg');
  if (!json || !svg) return;
  const data = JSON.parse(json) as PlanMapPayload;
  const [leaflet] = await Promise.all([import('leaflet'), addStylesheet(leafletCssUrl)]);
  L = leaflet;
  const box = svg.viewBox.baseVal;
  const container = document.createElement('div');
  container.className = 'plan-map__live';
  container.style.aspectRatio = `${box.width} / ${box.height}`;
  // Inline, so that the page's CSS never needs to name Leaflet's own classes.
  container.style.background = '#eef3f7';
  container.setAttribute('aria-label', `附图${data.figure} ${data.title}（交互地图：方向键平移，+/− 缩放，Tab 选择要素）`);
  svg.after(container);
  const map = L.map(container, { zoomSnap: 0.25, scrollWheelZoom: false, keyboard: true, attributionControl: true });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution(data.attribution);
  const [w, s, e, n] = data.projection.bbox;
  map.fitBounds([[s, w], [n, e]]);
  if (element.dataset.tileUrl) L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.tileAttribution ?? '' }).addTo(map);
  for (const layer of data.layers) {
    const group = svg.querySelector(`g[data-layer="${layer.kind}"]`);
    if (group) drawLayer(map, data, layer, group);
  }
  drawLabels(map, data);
  L.control.scale({ metric: true, imperial: false }).addTo(map);
  if (data.layers.some((l) => l.schematic)) {
    // The same 示意 stamp as the static map: schematic layers are never boundaries.
    const stamp = new L.Control({ position: 'topright' });
    stamp.onAdd = () => Object.assign(document.createElement('div'), { className: 'plan-map__stamp', textContent: '示意' });
    stamp.addTo(map);
  }
  element.classList.add('is-interactive');
  element.dispatchEvent(new CustomEvent('plan-map:ready', { bubbles: true }));
}
