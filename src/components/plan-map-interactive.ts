/**
 * The interactive half of `<plan-map>`, loaded only when a map scrolls into
 * view (plan-map.client.ts imports it dynamically): Leaflet, its CSS, and the
 * upgrade of the static SVG into a Leaflet map. No tile layer unless the site
 * was built with PUBLIC_MAP_TILE_URL: the map works offline.
 */
import type * as Leaflet from 'leaflet';
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import liveCssUrl from './plan-map-live.css?url';
import type { GoverningArticle, PlanMapPayload } from '../lib/geo/governing';
import { governingFor } from '../lib/geo/governing';
import { invertPoint, parseSvgPath } from '../lib/geo/svg-path';
import { LAYER_STYLES, SEAT_RADIUS } from '../lib/geo/styles';
import { addStylesheet } from './lazy-stylesheet';
import { placeLabels, type LabelBox } from '../lib/geo/label-placement';

/** Leaflet, imported when the first map upgrades (its own chunk, so a request for it is visible). */
let L: typeof Leaflet;

/** A label without its own trailing 示意 mark, so the popup never reads "南翼（示意）（示意，非界线）". */
export function bareTitle(title: string): string {
  return title.replace(/（示意）$/, '');
}

/** Popup body: what was clicked and the articles that govern it, built as DOM (no HTML strings). */
function popupContent(title: string, schematic: boolean, articles: GoverningArticle[]): HTMLElement {
  const box = document.createElement('div');
  const head = document.createElement('strong');
  head.textContent = schematic ? `${bareTitle(title)}（示意，非界线）` : title;
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
  const geo = L.geoJSON(featuresFromSvg(group, data), {
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
    },
  }).addTo(map);
  focusLayerOnce(geo, layer);
}

/**
 * Keyboard access: one tab stop per feature kind (the first feature of the
 * layer), which opens the layer's popup; the features themselves are listed
 * in the figure's text alternative. Eight arrows of one layer were eight stops.
 */
function focusLayerOnce(geo: Leaflet.GeoJSON, layer: PlanMapPayload['layers'][number]): void {
  const first = geo.getLayers()[0] as Leaflet.Path | undefined;
  const el = first?.getElement?.();
  if (!first || !el) return;
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', `${bareTitle(layer.legend)}${layer.schematic ? '（示意）' : ''}：查看相关条文`);
  el.addEventListener('keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    e.preventDefault();
    const center = 'getBounds' in first ? (first as Leaflet.Polygon).getBounds().getCenter() : (first as unknown as Leaflet.CircleMarker).getLatLng();
    first.openPopup(center);
  });
}

/**
 * Names on the map as permanent tooltips: points to the right, lines above,
 * areas centred, moved apart at the live map's own size (a phone draws the
 * map at half the SVG's width with the same 12 px text, so the static
 * placement is not enough), clear of the controls in the corners.
 */
function drawLabels(map: Leaflet.Map, data: PlanMapPayload): void {
  const size = map.getSize();
  const natural = data.labels.map((label) => {
    const p = map.latLngToContainerPoint([label.at[1], label.at[0]]);
    const anchor: LabelBox['anchor'] = label.role === 'point' ? 'start' : 'middle';
    // Baselines of the tooltips as Leaflet hangs them (12 px text, line-height 1.3 in plan-map-live.css): right of a point, above a line, centred on an area.
    const [dx, dy] = label.role === 'point' ? [12, 4] : label.role === 'line' ? [0, -15] : [0, 4];
    return { text: label.text, x: p.x + dx, y: p.y + dy, anchor, priority: label.layer === 'county' || label.layer === 'seat' ? 0 : label.layer === 'neighbours' ? 2 : 1 };
  });
  // The column of 放大, 缩小 and 全图 (44 px targets on touch screens, plan-map-live.css).
  const controls = touchFirst() ? { right: 60, bottom: 170 } : { right: 48, bottom: 130 };
  const keepOut = [
    { left: 0, top: 0, ...controls },
    { left: size.x - 60, top: 0, right: size.x, bottom: 70 },
    { left: 0, top: size.y - 30, right: 110, bottom: size.y },
  ];
  // Leaflet's tooltip boxes are only estimated here: keep 4 px of air round each.
  const placed = placeLabels(natural, size.x, size.y, keepOut, 4);
  data.labels.forEach((label, i) => {
    const direction = label.role === 'point' ? 'right' : label.role === 'line' ? 'top' : 'center';
    const base: [number, number] = label.role === 'point' ? [6, 0] : label.role === 'line' ? [0, -4] : [0, 0];
    const offset: [number, number] = [base[0] + placed[i]!.x - natural[i]!.x, base[1] + placed[i]!.y - natural[i]!.y];
    L.tooltip({ permanent: true, direction, offset, className: 'plan-map__label' })
      .setLatLng([label.at[1], label.at[0]])
      .setContent(label.text)
      .addTo(map);
  });
}

/** A small control holding one element, at `position`. */
function control(position: Leaflet.ControlPosition, make: () => HTMLElement): Leaflet.Control {
  const c = new L.Control({ position });
  c.onAdd = () => {
    const el = make();
    L.DomEvent.disableClickPropagation(el);
    return el;
  };
  return c;
}

/** A `<div>` with a class and text, for the north arrow and the 示意 stamp. */
function plate(className: string, text: string): HTMLElement {
  return Object.assign(document.createElement('div'), { className, textContent: text });
}

/** Width kept clear at the bottom left for the scale bar (Leaflet's default maximum of 100 px) and the margins. */
const SCALE_ROOM = 130;

/** Zoom in Chinese, a reset-view button, the scale bar, the north arrow and the 示意 stamp. */
function addControls(map: Leaflet.Map, data: PlanMapPayload, reset: () => void): void {
  L.control.zoom({ position: 'topleft', zoomInTitle: '放大', zoomOutTitle: '缩小' }).addTo(map);
  control('topleft', () => {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'plan-map__reset', textContent: '全图', title: '回到全图' });
    b.setAttribute('aria-label', '回到全图');
    b.addEventListener('click', reset);
    return b;
  }).addTo(map);
  control('topright', () => plate('plan-map__north', '北 ↑')).addTo(map);
  // The same 示意 stamp as the static map: schematic layers are never boundaries.
  if (data.layers.some((l) => l.schematic)) control('topright', () => plate('plan-map__stamp', '示意')).addTo(map);
  L.control.scale({ position: 'bottomleft', metric: true, imperial: false }).addTo(map);
  // Bottom right, beside the scale bar (at most 100 px wide, bottom left), never over it.
  const attribution = L.control.attribution({ position: 'bottomright', prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
  // On a phone the full credit would cover a third of the map; the caption below the map gives it in full.
  attribution.addAttribution(map.getSize().x < 480 ? '县域轮廓：见图注' : data.attribution);
  // A percentage would be of the shrink-to-fit corner, not the map: a 375 px phone wrapped the credit to three lines.
  const room = Math.max(120, map.getSize().x - SCALE_ROOM);
  Object.assign(attribution.getContainer()!.style, { maxWidth: `${room}px`, whiteSpace: 'normal', textAlign: 'right' });
}

/**
 * Cooperative gestures on touch screens: one finger scrolls the page (Leaflet's
 * dragging is off, so its CSS leaves `touch-action: pan-x pan-y`), two fingers
 * pan and zoom the map; a one-finger swipe over the map says so briefly.
 */
function cooperativeGestures(map: Leaflet.Map, container: HTMLElement): void {
  map.dragging.disable();
  const hint = plate('plan-map__hint', '双指移动或缩放地图');
  hint.setAttribute('aria-hidden', 'true');
  container.append(hint);
  let timer = 0;
  container.addEventListener('touchmove', (e) => {
    if (e.touches.length !== 1) return;
    hint.classList.add('is-shown');
    clearTimeout(timer);
    timer = window.setTimeout(() => hint.classList.remove('is-shown'), 1500);
  }, { passive: true });
}

/** Whether the reader's main pointer is a finger. */
function touchFirst(): boolean {
  return matchMedia('(pointer: coarse)').matches;
}

/**
 * Replace the static SVG of `element` by a Leaflet map drawn from the same
 * paths, with the labels, controls, 示意 stamp and governing articles of its
 * payload. `button` (the 交互地图 control) is hidden once the map is live.
 */
export async function upgradePlanMap(element: HTMLElement, button?: HTMLButtonElement): Promise<void> {
  const json = element.querySelector('script.plan-map__data')?.textContent;
  const svg = element.querySelector('svg');
  if (!json || !svg) return;
  const data = JSON.parse(json) as PlanMapPayload;
  // The map's own sheet after Leaflet's, so that it wins where both set a rule.
  const [leaflet] = await Promise.all([import('leaflet'), addStylesheet(leafletCssUrl), addStylesheet(liveCssUrl)]);
  L = leaflet;
  const container = liveContainer(svg, data);
  const map = L.map(container, { zoomSnap: 0.25, scrollWheelZoom: false, keyboard: true, zoomControl: false, attributionControl: false });
  const [w, s, e, n] = data.projection.bbox;
  // Padding keeps features clear of the zoom buttons (top left; 44 px targets on touch screens) and the scale bar (bottom left).
  const reset = (): void => void map.fitBounds([[s, w], [n, e]], { paddingTopLeft: [touchFirst() ? 58 : 44, 8], paddingBottomRight: [8, 24] });
  reset();
  if (element.dataset.tileUrl) L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.tileAttribution ?? '' }).addTo(map);
  for (const layer of data.layers) {
    const group = svg.querySelector(`g[data-layer="${layer.kind}"]`);
    if (group) drawLayer(map, data, layer, group);
  }
  drawLabels(map, data);
  addControls(map, data, reset);
  if (touchFirst()) cooperativeGestures(map, container);
  element.classList.add('is-interactive');
  if (button) button.hidden = true;
  // The reader asked for the map: keep their focus on it rather than on a vanished button.
  if (button && document.activeElement === button) container.focus();
  element.dispatchEvent(new CustomEvent('plan-map:ready', { bubbles: true }));
}

/** The Leaflet container, placed after the static SVG with its aspect ratio. */
function liveContainer(svg: SVGSVGElement, data: PlanMapPayload): HTMLElement {
  const box = svg.viewBox.baseVal;
  const container = document.createElement('div');
  container.className = 'plan-map__live';
  container.style.aspectRatio = `${box.width} / ${box.height}`;
  // Inline, so that the page's CSS never needs to name Leaflet's own classes; light paper in either scheme (plan-map.css).
  container.style.background = 'var(--map-bg, #eef3f7)';
  container.setAttribute('aria-label', `附图${data.figure} ${data.title}（交互地图：方向键平移，+/− 缩放，Tab 选择要素）`);
  svg.after(container);
  return container;
}
