/**
 * <header-menu>: the phone's one-row header (SiteHeader.astro, issue 14).
 * 搜索 opens the search box under the header and focuses it; 目录 (菜单 on
 * pages without contents) opens the version switcher and reader settings
 * under the header with the sidebar's contents below them. Esc, the button
 * again or a chosen link closes the panel. On a page with several chapters
 * (the whole text) the header follows the 章 and 节 headings scrolled past.
 * Loaded by header-menu-loader.client.ts on narrow screens only, when the
 * reader first reaches for a button; the panels' styles (header-menu.css)
 * come with it.
 */
import menuCssUrl from './header-menu.css?url';
import { addStylesheet } from './lazy-stylesheet.ts';
import { NARROW_SCREEN } from './narrow-screen.ts';

// The panels' rules first: this module loads when the reader taps a button (header-menu-loader.client.ts),
// and the held tap opens its panel as soon as the element is defined.
await addStylesheet(menuCssUrl);

type Panel = 'search' | 'menu';

class HeaderMenu extends HTMLElement {
  private header!: HTMLElement;
  private tools!: HTMLElement;
  private sidebar: HTMLElement | null = null;
  private resize: ResizeObserver | null = null;

  connectedCallback(): void {
    const header = this.closest<HTMLElement>('.site-header');
    const tools = header?.querySelector<HTMLElement>('.header-tools');
    if (!header || !tools) return;
    this.header = header;
    this.tools = tools;
    this.sidebar = document.querySelector<HTMLElement>('sidebar-fold');
    for (const button of this.buttons()) {
      button.setAttribute('role', 'button');
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', button.dataset.open === 'menu' && this.sidebar ? 'site-menu plan-nav' : 'site-menu');
      button.addEventListener('click', (e) => {
        e.preventDefault();
        const panel = button.dataset.open as Panel;
        this.open(this.header.dataset.open === panel ? null : panel);
      });
    }
    this.closeOnChoice();
    // 搜索 may have opened the search box before this module arrived (header-menu-loader.client.ts): take it over.
    if (header.dataset.open) this.open(header.dataset.open as Panel);
    const where = header.querySelector<HTMLElement>('[data-reading-where]');
    const headings = [...document.querySelectorAll<HTMLElement>('main [data-reading-heading]')];
    if (where && headings.length) this.follow(where, headings);
  }

  private buttons(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[data-open]')];
  }

  /** Open one panel (or none), placing it under the header and the contents under the tools. */
  private open(panel: Panel | null): void {
    if (panel) this.header.dataset.open = panel;
    else delete this.header.dataset.open;
    for (const b of this.buttons()) b.setAttribute('aria-expanded', String(b.dataset.open === panel));
    this.sidebar?.classList.toggle('is-open', panel === 'menu');
    this.resize?.disconnect();
    this.resize = null;
    if (!panel) return;
    this.place();
    // The tools grow when the version list opens: keep the contents below them.
    this.resize = new ResizeObserver(() => this.place());
    this.resize.observe(this.tools);
    if (panel === 'search') this.tools.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    else (this.sidebar?.querySelector<HTMLElement>('[aria-current], a') ?? this.tools.querySelector<HTMLElement>('summary, button:not([hidden])'))?.focus();
  }

  private place(): void {
    const bottom = Math.round(this.header.getBoundingClientRect().bottom);
    const root = document.documentElement.style;
    root.setProperty('--header-bottom', `${bottom}px`);
    root.setProperty('--menu-top', `${Math.round(this.tools.getBoundingClientRect().bottom)}px`);
  }

  /** Esc, a chosen link or a wide screen closes the panel. */
  private closeOnChoice(): void {
    addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.header.dataset.open) return;
      const button = this.querySelector<HTMLElement>(`a[data-open="${this.header.dataset.open}"]`);
      this.open(null);
      button?.focus();
    });
    const chosen = (e: Event) => {
      if ((e.target as Element).closest('a[href]') && this.header.dataset.open) this.open(null);
    };
    this.sidebar?.addEventListener('click', chosen);
    this.tools.addEventListener('click', chosen);
    matchMedia(NARROW_SCREEN).addEventListener('change', () => this.open(null));
  }

  /** Show the label of the last 章/节 heading above the header's bottom edge. */
  private follow(where: HTMLElement, headings: HTMLElement[]): void {
    const initial = where.textContent ?? '';
    let ticking = false;
    const update = () => {
      ticking = false;
      const edge = this.header.getBoundingClientRect().bottom + 8;
      let chapter = '';
      let section = '';
      for (const h of headings) {
        if (h.getBoundingClientRect().top > edge) break;
        if (h.dataset.readingHeading === 'chapter') {
          chapter = h.textContent?.trim() ?? '';
          section = '';
        } else section = h.textContent?.trim() ?? '';
      }
      where.textContent = chapter ? [chapter, section].filter(Boolean).join(' › ') : initial;
    };
    addEventListener('scroll', () => {
      if (!ticking) requestAnimationFrame(update);
      ticking = true;
    }, { passive: true });
    update();
  }
}

if (!customElements.get('header-menu')) customElements.define('header-menu', HeaderMenu);

export {};
