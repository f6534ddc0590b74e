/**
 * <vp-sources>: filters the sources page by kind, country and text.
 *
 * Server HTML (SourcesPage.astro) is the complete list, grouped in
 * <section data-group>, after the filter controls: they are in the HTML so
 * that nothing moves when this script runs, and hidden (class js-only) from
 * a reader without JavaScript, who sees every entry and no control that would
 * do nothing. They sit in a role="search" <div>, not a <form>: there is
 * nothing to submit. Here each change hides the entries that do not
 * match (the `hidden` attribute, so they leave the accessibility tree too)
 * and any group left empty. The count sits in a role="status" region; while
 * typing it is updated after a short pause, so a screen reader hears the
 * result once rather than at every key. Text matching ignores case and
 * accents ("donnees" finds "données"). Labels come from data-* attributes.
 */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

class VpSources extends HTMLElement {
  #form?: HTMLElement;
  #entries: { el: HTMLElement; text: string }[] = [];
  #timer = 0;

  connectedCallback() {
    const form = this.querySelector<HTMLElement>('.src-filter');
    if (!form || this.#form) return;
    this.#form = form;
    this.#entries = [...this.querySelectorAll<HTMLElement>('.src-entry')].map((el) => ({ el, text: fold(el.textContent ?? '') }));
    form.addEventListener('input', (e) => this.#update((e.target as HTMLElement).tagName === 'INPUT'));
    form.querySelector('button')!.addEventListener('click', () => {
      for (const f of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')) f.value = '';
      this.#update(false);
    });
  }

  #update(typing: boolean) {
    const f = this.#form!;
    const value = (name: string) => f.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value;
    const kind = value('kind');
    const j = value('j');
    const q = fold(value('q').trim());
    let n = 0;
    for (const { el, text } of this.#entries) {
      const show = (!kind || el.dataset.kind === kind) && (!j || el.dataset.j === j) && (!q || text.includes(q));
      el.hidden = !show;
      if (show) n++;
    }
    // Inner groups first (document order puts them after their parent), so a kind empties after its countries.
    for (const g of [...this.querySelectorAll<HTMLElement>('section[data-group]')].reverse()) {
      g.hidden = !g.querySelector('.src-entry:not([hidden])');
    }
    const status = f.querySelector('[role="status"]')!;
    const say = () => {
      status.textContent = n
        ? this.dataset.count!.replace('{n}', String(n)).replace('{total}', String(this.#entries.length))
        : this.dataset.none!;
    };
    clearTimeout(this.#timer);
    if (typing) this.#timer = window.setTimeout(say, 400);
    else say();
  }
}

customElements.define('vp-sources', VpSources);
