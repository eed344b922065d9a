/**
 * <plan-cite data-citation data-path>: copies "citation URL" to the clipboard.
 * Where the clipboard is refused (permissions, http, old browsers) it shows the
 * text selected in a field so the reader can copy it by hand. When the address
 * points at one 款 or 项 of its article (`#a18-2-3`, set by the paragraph's ¶
 * link), it copies that provision's citation instead (issue 14).
 */
import fallbackCssUrl from './plan-cite.css?url';
import { addStylesheet } from './lazy-stylesheet.ts';

// The hand-copy field's rules come with this module (issue #17).
void addStylesheet(fallbackCssUrl);

class PlanCite extends HTMLElement {
  /** The 款/项 cited instead of the whole article, if any. */
  private paragraph: HTMLElement | null = null;
  private button: HTMLButtonElement | null = null;

  connectedCallback(): void {
    const button = (this.button = this.querySelector<HTMLButtonElement>('button'));
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.copy(button));
    this.followAddress();
    addEventListener('hashchange', () => this.followAddress());
  }

  /** Cite the 款 or 项 the address points at when it is in this article, else the article. */
  private followAddress(): void {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const article = this.closest('.article');
    this.paragraph = target?.matches('.para[data-cite]') && article?.contains(target) ? target : null;
    if (this.button) this.button.textContent = this.label;
  }

  private get label(): string {
    return this.paragraph ? `复制引用（${this.paragraph.dataset.cite}）` : '复制引用';
  }

  /**
   * The text copied: the citation and the absolute URL on the published
   * address the page itself prints (<meta name="plan-site">), so the copy and
   * the page agree wherever the page is browsed; with `data-text-from`, that
   * element's text (the GB/T 7714 form).
   */
  get text(): string {
    const from = this.dataset.textFrom ? document.getElementById(this.dataset.textFrom) : null;
    if (from) return (from.textContent ?? '').replace(/\s+/g, ' ').trim();
    const site = document.querySelector<HTMLMetaElement>('meta[name="plan-site"]')?.content || location.origin;
    const citation = `${this.dataset.citation ?? ''}${this.paragraph?.dataset.cite ?? ''}`;
    const base = this.dataset.path ?? location.pathname;
    const path = this.paragraph ? `${base.replace(/#.*$/, '')}#${this.paragraph.id}` : base;
    return `${citation} ${new URL(path, site).href}`;
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const text = this.text;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.say(button, '已复制');
    } catch {
      this.showFallback(text);
      this.say(button, '请手动复制');
    }
  }

  private showFallback(text: string): void {
    let field = this.querySelector<HTMLInputElement>('.cite-fallback');
    if (!field) {
      field = document.createElement('input');
      field.className = 'cite-fallback';
      field.readOnly = true;
      field.setAttribute('aria-label', '引用文本');
      this.append(field);
    }
    field.value = text;
    field.focus();
    field.select();
  }

  private say(button: HTMLButtonElement, message: string): void {
    // The shorter 已复制 keeps the button's width, so the § beside it does not move (review of 2026-12-03).
    button.style.minWidth = `${button.getBoundingClientRect().width}px`;
    button.textContent = message;
    button.setAttribute('aria-live', 'polite');
    setTimeout(() => (button.textContent = this.label), 2500);
  }
}

customElements.define('plan-cite', PlanCite);

export {};
