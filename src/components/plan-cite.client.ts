/**
 * <plan-cite data-citation data-path>: copies "citation URL" to the clipboard.
 * Where the clipboard is refused (permissions, http, old browsers) it shows the
 * text selected in a field so the reader can copy it by hand.
 */
class PlanCite extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.copy(button));
  }

  /**
   * The text copied: the citation and the absolute URL on the published
   * address the page itself prints (<meta name="plan-site">), so the copy and
   * the page agree wherever the page is browsed.
   */
  get text(): string {
    const site = document.querySelector<HTMLMetaElement>('meta[name="plan-site"]')?.content || location.origin;
    return `${this.dataset.citation ?? ''} ${new URL(this.dataset.path ?? location.pathname, site).href}`;
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
    const original = '复制引用';
    button.textContent = message;
    button.setAttribute('aria-live', 'polite');
    setTimeout(() => (button.textContent = original), 2500);
  }
}

customElements.define('plan-cite', PlanCite);

export {};
