/**
 * <vp-term>: turns a glossary link in a chapter into an inline definition.
 *
 * Server HTML (Term.astro): <a class="term" href="…#term-id">word</a> plus a
 * <template> holding the definition. Here the link becomes a real button
 * (aria-expanded, aria-controls) and a panel is added right after it. Why an
 * inline panel and not a floating popover: it needs no positioning (no
 * anchor positioning, nothing to measure, nothing off-screen at 320 px),
 * reading order and tab order go word → definition → "full entry" link, and
 * it behaves the same with a mouse, a finger or a keyboard. The panel is a
 * polite live region that is empty while closed, so filling it is announced.
 * Escape closes it and puts focus back on the word; so do a click outside
 * and a second activation. One panel is open at a time.
 */
let count = 0;
/** The open definitions (at most one); a Set so Escape and outside clicks need no DOM query. */
const shown = new Set<VpTerm>();

class VpTerm extends HTMLElement {
  #button?: HTMLButtonElement;
  #panel?: HTMLElement;

  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a.term');
    if (!link || this.#button) return;
    const button = document.createElement('button');
    const panel = document.createElement('span');
    panel.id = `vp-term-${++count}`;
    panel.className = 'term-pop';
    panel.setAttribute('aria-live', 'polite');
    button.type = 'button';
    button.className = 'term';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);
    button.append(...link.childNodes);
    link.replaceWith(button);
    this.append(panel);
    button.addEventListener('click', () => this.toggle());
    this.#button = button;
    this.#panel = panel;
  }

  toggle(show = !shown.has(this)) {
    const tpl = this.querySelector('template');
    if (!this.#button || !this.#panel || !tpl) return;
    if (show) for (const other of shown) other.toggle(false);
    this.#button.setAttribute('aria-expanded', String(show));
    if (show) {
      this.#panel.replaceChildren(tpl.content.cloneNode(true));
      shown.add(this);
    } else {
      this.#panel.replaceChildren();
      shown.delete(this);
    }
  }

  /** Escape: close, and bring focus back to the word if it was in the panel or on the word. */
  escape() {
    const inside = this.contains(document.activeElement);
    this.toggle(false);
    if (inside) this.#button?.focus();
  }
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') for (const t of shown) { t.escape(); e.preventDefault(); }
});
document.addEventListener('click', (e) => {
  for (const t of shown) if (!t.contains(e.target as Node)) t.toggle(false);
});

if (!customElements.get('vp-term')) customElements.define('vp-term', VpTerm);

export {};
