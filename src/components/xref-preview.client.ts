/**
 * <xref-preview>: shows the opening of a cross-reference's target while the
 * reader hovers or focuses the link, so a reference can be checked without
 * leaving the article. The text is the version's preview for the link's
 * `data-xref` id, from the JSON file the element names in `data-previews`
 * (made at build time, fetched once, on the first hover or focus: pages
 * carry only the ids, issue #17); links stay plain links without this script.
 *
 * Accessibility (WCAG 1.4.13, ARIA tooltip pattern): shown on keyboard focus as
 * well as on hover, tied to the link with `aria-describedby` while shown,
 * dismissed with Esc, and it stays while the pointer moves onto it.
 */
import tipCssUrl from './xref-preview.css?url';
import { addStylesheet } from './lazy-stylesheet.ts';

// The tooltip's rules come with this module (issue #17); the first preview waits for them
// (the loader replays the first hover once this module has run), so it never shows unplaced.
await addStylesheet(tipCssUrl);

const LINKS = 'a.xref[data-xref]';
const SHOW_DELAY_MS = 150;
const HIDE_DELAY_MS = 200;

/**
 * The previews of a version by link id, fetched once; an empty map when they
 * cannot be had (no tooltip, the links still work), and a later hover tries
 * again, once the browser is online.
 */
const previews = new Map<string, Promise<Record<string, string>>>();
function previewsAt(url: string): Promise<Record<string, string>> {
  let loading = previews.get(url);
  // Offline, a request would only fail again (and log an error): wait for the connection.
  if (!loading && !navigator.onLine) return Promise.resolve({});
  if (!loading) {
    loading = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return r.json() as Promise<Record<string, string>>;
      })
      .catch(() => {
        previews.delete(url);
        return {};
      });
    previews.set(url, loading);
  }
  return loading;
}

class XrefPreview extends HTMLElement {
  private tip!: HTMLElement;
  private link: HTMLAnchorElement | null = null;
  /** The link the reader is on (pointer or focus), whose preview shows after the delay and once the previews have arrived. */
  private wanted: HTMLAnchorElement | null = null;
  private timer: number | undefined;

  connectedCallback(): void {
    const tip = this.querySelector<HTMLElement>('.xref-tip');
    if (!tip) return;
    this.tip = tip;
    // The reader has reached for a link: fetch the previews while the show delay runs.
    if (this.dataset.previews) void previewsAt(this.dataset.previews);
    // Inside the main landmark, so assistive technology finds it with the text it describes.
    (document.querySelector('main') ?? document.body).append(tip);
    document.addEventListener('focusin', this.onFocusIn);
    document.addEventListener('focusout', this.onFocusOut);
    document.addEventListener('pointerover', this.onPointerOver);
    document.addEventListener('pointerout', this.onPointerOut);
    document.addEventListener('keydown', this.onKeyDown);
  }

  disconnectedCallback(): void {
    document.removeEventListener('focusin', this.onFocusIn);
    document.removeEventListener('focusout', this.onFocusOut);
    document.removeEventListener('pointerover', this.onPointerOver);
    document.removeEventListener('pointerout', this.onPointerOut);
    document.removeEventListener('keydown', this.onKeyDown);
    this.hide();
    this.tip?.remove();
  }

  private linkOf(target: EventTarget | null): HTMLAnchorElement | null {
    return target instanceof Element ? target.closest<HTMLAnchorElement>(LINKS) : null;
  }

  private onFocusIn = (e: FocusEvent): void => {
    const link = this.linkOf(e.target);
    if (!link) return;
    this.wanted = link;
    this.show(link);
  };

  private onFocusOut = (e: FocusEvent): void => {
    const link = this.linkOf(e.target);
    if (link && (link === this.link || link === this.wanted)) this.hide();
  };

  private onPointerOver = (e: PointerEvent): void => {
    const link = this.linkOf(e.target);
    if (link) {
      this.wanted = link;
      this.later(() => this.show(link), link === this.link ? 0 : SHOW_DELAY_MS);
    } else if (this.tip.contains(e.target as Node)) window.clearTimeout(this.timer); // keep it while over the tip
  };

  private onPointerOut = (e: PointerEvent): void => {
    const current = this.link ?? this.wanted;
    if (!current) return;
    const to = e.relatedTarget as Node | null;
    if (to && (current.contains(to) || this.tip.contains(to))) return;
    if (document.activeElement === current) return; // focus keeps it
    // Left before it showed (the delay, or the previews still on their way): it never shows.
    if (!this.link) return this.hide();
    this.later(() => this.hide(), HIDE_DELAY_MS);
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && (this.link || this.wanted)) this.hide();
  };

  /** Run `fn` after `ms`, cancelling whatever was pending. */
  private later(fn: () => void, ms: number): void {
    window.clearTimeout(this.timer);
    this.timer = ms > 0 ? window.setTimeout(fn, ms) : (fn(), undefined);
  }

  private show(link: HTMLAnchorElement): void {
    window.clearTimeout(this.timer);
    const url = this.dataset.previews;
    if (!url || this.wanted !== link) return;
    void previewsAt(url).then((byId) => {
      // Only if the reader is still on the link (not gone, not dismissed with Esc) when the previews arrive.
      const still = this.wanted === link && (link.matches(':hover') || document.activeElement === link);
      if (still) this.showText(link, byId[link.dataset.xref ?? '']?.trim() ?? '');
    });
  }

  private showText(link: HTMLAnchorElement, text: string): void {
    if (!text) return;
    if (this.link && this.link !== link) this.unlink(this.link);
    this.link = link;
    this.tip.textContent = text;
    const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!ids.includes(this.tip.id)) link.setAttribute('aria-describedby', [...ids, this.tip.id].join(' '));
    this.tip.hidden = false;
    this.place(link);
  }

  private hide(): void {
    window.clearTimeout(this.timer);
    this.wanted = null;
    if (this.link) this.unlink(this.link);
    this.link = null;
    if (this.tip) this.tip.hidden = true;
  }

  /** Remove the tooltip from the link's description, keeping any other ids. */
  private unlink(link: HTMLAnchorElement): void {
    const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== this.tip.id);
    if (ids.length) link.setAttribute('aria-describedby', ids.join(' '));
    else link.removeAttribute('aria-describedby');
  }

  /** Below the link, or above it when there is no room below; kept inside the viewport's width. */
  private place(link: HTMLAnchorElement): void {
    const r = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const tip = this.tip.getBoundingClientRect();
    const gap = 6;
    const below = r.bottom + gap + tip.height <= window.innerHeight || r.top - gap - tip.height < 0;
    const top = below ? r.bottom + gap : r.top - gap - tip.height;
    const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - tip.width - 8));
    // Absolute coordinates are relative to the positioned ancestor, if the layout has one, else the document.
    const parent = this.tip.offsetParent;
    const origin =
      parent && parent !== document.body && parent !== document.documentElement
        ? { top: parent.getBoundingClientRect().top - parent.scrollTop, left: parent.getBoundingClientRect().left - parent.scrollLeft }
        : { top: -window.scrollY, left: -window.scrollX };
    this.tip.style.top = `${top - origin.top}px`;
    this.tip.style.left = `${left - origin.left}px`;
  }
}

customElements.define('xref-preview', XrefPreview);

export {};
