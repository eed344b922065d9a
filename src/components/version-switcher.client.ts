/**
 * <version-switcher>: links to other versions that follow the provision the
 * reader is looking at. The server renders each link to the same section or
 * chapter (computed at build time, so it works without JavaScript); a link
 * with `data-by-article` also carries, per article of this page, the URL of
 * that article in its version. This element swaps the href to the article in
 * view, so switching from 第十八条 lands on 第十八条 (or its new number).
 */
class VersionSwitcher extends HTMLElement {
  private links: { a: HTMLAnchorElement; base: string; byArticle: Record<string, string> }[] = [];
  private frame = 0;
  private readonly update = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.apply());
  };

  connectedCallback(): void {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-by-article]')].map((a) => ({
      a,
      base: a.getAttribute('href') ?? '',
      byArticle: JSON.parse(a.dataset.byArticle ?? '{}') as Record<string, string>,
    }));
    if (!this.links.length) return;
    this.apply();
    window.addEventListener('scroll', this.update, { passive: true });
    window.addEventListener('hashchange', this.update);
    // Just before a link is used: covers keyboard and pointer, and copy-link.
    this.addEventListener('pointerdown', () => this.apply());
    this.addEventListener('focusin', () => this.apply());
  }

  disconnectedCallback(): void {
    window.removeEventListener('scroll', this.update);
    window.removeEventListener('hashchange', this.update);
  }

  /** The article the reader is at: the targeted one if visible, else the one crossing the upper quarter. */
  private currentArticle(): string | null {
    const blocks = [...document.querySelectorAll<HTMLElement>('section.article[data-article]')];
    if (!blocks.length) return null;
    const hash = /^#a([1-9]\d*)$/.exec(location.hash)?.[1];
    if (hash) {
      const target = blocks.find((b) => b.dataset.article === hash);
      const r = target?.getBoundingClientRect();
      if (r && r.top < window.innerHeight && r.bottom > 0) return hash;
    }
    const line = window.innerHeight * 0.25;
    let current: string | null = null;
    for (const b of blocks) {
      if (b.getBoundingClientRect().top <= line) current = b.dataset.article ?? null;
      else break;
    }
    return current;
  }

  private apply(): void {
    const n = this.currentArticle();
    for (const link of this.links) {
      const href = (n && link.byArticle[n]) || link.base;
      if (link.a.getAttribute('href') !== href) link.a.setAttribute('href', href);
    }
  }
}

if (!customElements.get('version-switcher')) customElements.define('version-switcher', VersionSwitcher);
