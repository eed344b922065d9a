/**
 * <reading-bar>: the 目录 button opens the sidebar's contents over the page
 * (Esc, the button again or a chosen link closes it); on a page with several
 * chapters (the whole text) the bar follows the 章 and 节 headings scrolled past.
 */
class ReadingBar extends HTMLElement {
  connectedCallback(): void {
    const toc = this.querySelector<HTMLAnchorElement>('.reading-bar-toc');
    const sidebar = document.querySelector<HTMLElement>('sidebar-fold');
    if (toc && sidebar) this.wireContents(toc, sidebar);
    const where = this.querySelector<HTMLElement>('[data-reading-where]');
    const headings = [...document.querySelectorAll<HTMLElement>('main [data-reading-heading]')];
    if (where && headings.length) this.follow(where, headings);
  }

  private wireContents(toc: HTMLAnchorElement, sidebar: HTMLElement): void {
    toc.setAttribute('role', 'button');
    toc.setAttribute('aria-controls', 'plan-nav');
    toc.setAttribute('aria-expanded', 'false');
    const set = (open: boolean) => {
      sidebar.classList.toggle('is-open', open);
      toc.setAttribute('aria-expanded', String(open));
      if (open) sidebar.querySelector<HTMLElement>('[aria-current], a')?.focus();
    };
    toc.addEventListener('click', (e) => {
      e.preventDefault();
      set(!sidebar.classList.contains('is-open'));
    });
    sidebar.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) set(false);
    });
    addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && sidebar.classList.contains('is-open')) {
        set(false);
        toc.focus();
      }
    });
  }

  /** Show the label of the last heading above the bar's bottom edge. */
  private follow(where: HTMLElement, headings: HTMLElement[]): void {
    const initial = where.textContent ?? '';
    let ticking = false;
    const update = () => {
      ticking = false;
      const edge = this.getBoundingClientRect().bottom + 8;
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

if (!customElements.get('reading-bar')) customElements.define('reading-bar', ReadingBar);

export {};
