/**
 * <reader-settings>: steps the font size (normal → large → xlarge) and toggles
 * the colour scheme; both persist in localStorage ('plan-size', 'plan-theme').
 */
const SIZES = ['normal', 'large', 'xlarge'] as const;
/** What the control shows between A− and A+ (issue 14: say the current size). */
const SIZE_NAMES: Record<(typeof SIZES)[number], string> = { normal: '标准', large: '大', xlarge: '特大' };

class ReaderSettings extends HTMLElement {
  connectedCallback(): void {
    const root = document.documentElement;
    for (const el of this.querySelectorAll<HTMLElement>('button, [data-size-now]')) el.hidden = false;
    this.showSize();
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      if (button.dataset.sizeStep) {
        const now = SIZES.indexOf((root.dataset.size ?? 'normal') as (typeof SIZES)[number]);
        const next = SIZES[Math.min(SIZES.length - 1, Math.max(0, now + Number(button.dataset.sizeStep)))]!;
        root.dataset.size = next;
        localStorage.setItem('plan-size', next);
        this.showSize();
      } else if (button.hasAttribute('data-theme-toggle')) {
        const dark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
        root.dataset.theme = dark ? 'light' : 'dark';
        localStorage.setItem('plan-theme', root.dataset.theme);
      }
    });
  }

  /** Name the current size, and disable the step that has nowhere to go. */
  private showSize(): void {
    const size = (SIZES as readonly string[]).includes(document.documentElement.dataset.size ?? '') ? (document.documentElement.dataset.size as (typeof SIZES)[number]) : 'normal';
    const now = this.querySelector<HTMLOutputElement>('[data-size-now]');
    if (now) now.textContent = SIZE_NAMES[size];
    const at = SIZES.indexOf(size);
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-size-step]')) {
      const edge = Number(b.dataset.sizeStep) < 0 ? at === 0 : at === SIZES.length - 1;
      b.setAttribute('aria-disabled', String(edge));
      b.setAttribute('aria-label', `${b.textContent} ${Number(b.dataset.sizeStep) < 0 ? '缩小' : '放大'}字号（当前：${SIZE_NAMES[size]}）`);
    }
  }
}

customElements.define('reader-settings', ReaderSettings);


export {};
