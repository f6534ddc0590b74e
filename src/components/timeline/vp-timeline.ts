/**
 * <vp-timeline>: filters, period focus, keyboard navigation and a details
 * panel for a timeline whose server HTML is already complete (Timeline.astro
 * draws the SVG and the list at build time).
 *
 * Why a custom element and so little code: everything that needs
 * computing — positions, rows, the layout of each era — was computed at
 * build time, so this only toggles classes, moves focus and copies a list
 * item into the panel. It measures nothing, so nothing shifts. Its state (filters,
 * period, current event) lives on the element and every lookup is scoped to
 * it; labels come from its data-* attributes, rendered from the UI
 * dictionary, so no string is written here.
 *
 * Keyboard: one tab stop in the chart (roving tabindex over the SVG event
 * links of the view on screen, in time order); arrows step, Home/End jump,
 * Enter opens the details, Escape closes them and returns to the event.
 * The address follows the reader (#<event id>, replaceState), and a link to
 * #<event id> opens that event. Announcements go to a polite live region.
 */

const OFF = 'tl-off';
const EVENTS = 'a.tl-ev';
type El = HTMLElement | SVGElement;

const fill = (text = '', vars: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
const idOf = (el: Element) => el.getAttribute('data-id') ?? '';

class VpTimeline extends HTMLElement {
  #focus = 'all';
  #current = '';
  #onHash = () => this.#hash();

  connectedCallback() {
    addEventListener('hashchange', this.#onHash);
    if (this.hasAttribute('data-ready')) return;
    for (const tpl of this.querySelectorAll<HTMLTemplateElement>('template[data-ui]')) tpl.replaceWith(tpl.content.cloneNode(true));
    this.addEventListener('change', () => this.#apply(true));
    this.addEventListener('click', (e) => this.#click(e));
    this.addEventListener('keydown', (e) => this.#key(e));
    this.#apply(false);
    // The browser scrolls to the list item of a #<event id> (and takes focus
    // away) until the page has loaded: open the event after that.
    if (document.readyState === 'complete') this.#hash();
    else addEventListener('load', () => requestAnimationFrame(() => this.#hash()), { once: true });
    this.setAttribute('data-ready', '');
  }

  disconnectedCallback() {
    removeEventListener('hashchange', this.#onHash);
  }

  get #panel() {
    return this.querySelector<HTMLElement>('.tl-details');
  }

  #say(text: string) {
    const status = this.querySelector('.tl-status');
    if (status) status.textContent = text;
  }

  /** Event links of the view on screen that pass the filters, in time order. */
  #events(): El[] {
    return [...this.querySelectorAll<El>(`svg[data-focus="${this.#focus}"] ${EVENTS}:not(.${OFF})`)];
  }

  #apply(announce: boolean) {
    const boxes = (f: string) => [...this.querySelectorAll<HTMLInputElement>(`input[data-filter="${f}"]`)];
    const lanes = boxes('lane');
    const kinds = boxes('kind');
    const pass = (list: HTMLInputElement[], v: string | undefined) => !list.length || list.some((b) => b.checked && b.value === v);
    let shown = 0;
    let total = 0;
    for (const el of this.querySelectorAll<El>(`.tl-item, ${EVENTS}`)) {
      const d = el.dataset;
      const on = pass(lanes, d.lane) && pass(kinds, d.kind) && (this.#focus === 'all' || d.era === this.#focus);
      el.classList.toggle(OFF, !on);
      if (el.localName === 'li') {
        total++;
        if (on) shown++;
      }
    }
    for (const v of this.querySelectorAll<SVGElement>('svg[data-focus]')) v.classList.toggle(OFF, v.dataset.focus !== this.#focus);
    const list = this.#events();
    const current = list.find((a) => idOf(a) === this.#current);
    if (!current && this.#panel?.classList.contains('is-open')) this.#panel.classList.remove('is-open');
    this.#rove(current ?? list[0]);
    if (!announce) return;
    const period = this.querySelector(`[data-period="${this.#focus}"]`)?.textContent?.trim() ?? '';
    this.#say(fill(this.#focus === 'all' ? this.dataset.shown : this.dataset.focused, { shown, total, period }));
  }

  /** One tab stop: `node`; every other event link is reachable by arrows only. */
  #rove(node: El | undefined) {
    for (const a of this.querySelectorAll<El>(EVENTS)) {
      a.setAttribute('tabindex', a === node ? '0' : '-1');
      a.classList.toggle('is-current', idOf(a) === this.#current);
    }
    for (const li of this.querySelectorAll('.tl-item')) li.classList.toggle('is-current', idOf(li) === this.#current);
  }

  #select(id: string, open: boolean, scroll = false) {
    const node = this.#events().find((a) => idOf(a) === id);
    if (!node) return;
    this.#current = id;
    this.#rove(node);
    node.focus({ preventScroll: scroll });
    if (scroll) node.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    if (open || this.#panel?.classList.contains('is-open')) this.#show(id);
    history.replaceState(history.state, '', `#${id}`);
  }

  #show(id: string) {
    const li = this.querySelector(`.tl-item[data-id="${id}"]`);
    const panel = this.#panel;
    const body = panel?.querySelector('.tl-details-body');
    if (!li || !panel || !body) return;
    body.replaceChildren(...li.cloneNode(true).childNodes);
    panel.classList.add('is-open');
    this.#say(fill(this.dataset.opened, { title: li.querySelector('.tl-item-title')?.textContent ?? id }));
  }

  #close() {
    this.#panel?.classList.remove('is-open');
    this.#say(this.dataset.closed ?? '');
    this.#events().find((a) => idOf(a) === this.#current)?.focus();
  }

  #setFocus(period: string) {
    this.#focus = period;
    const tpl = this.querySelector<HTMLTemplateElement>(`template[data-view="${period}"]`);
    const view = tpl?.content.firstElementChild;
    if (tpl && view) tpl.replaceWith(view.cloneNode(true));
    for (const b of this.querySelectorAll('[data-period]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-period') === period));
    this.#apply(true);
  }

  #click(e: MouseEvent) {
    const target = e.target as Element;
    const ev = target.closest(EVENTS);
    const period = target.closest('[data-period]');
    if (ev) {
      e.preventDefault();
      this.#select(idOf(ev), true);
    } else if (period) this.#setFocus(period.getAttribute('data-period') ?? 'all');
    else if (target.closest('.tl-close')) this.#close();
  }

  #key(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.#panel?.classList.contains('is-open')) {
      this.#close();
      return;
    }
    const ev = (e.target as Element).closest(EVENTS);
    if (!ev) return;
    const list = this.#events();
    const i = list.findIndex((a) => a === ev);
    const steps: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: list.length - 1 };
    const to = steps[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = list[Math.max(0, Math.min(list.length - 1, to))];
    if (next) this.#select(idOf(next), false);
  }

  /** #<event id> opens that event; an unknown id on the full page gets a notice, not an error. */
  #hash() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const li = this.querySelector(`.tl-item[data-id="${CSS.escape(id)}"]`);
    const reset = () => {
      for (const b of this.querySelectorAll<HTMLInputElement>('input[data-filter]')) b.checked = true;
      this.#setFocus('all');
    };
    if (!li) {
      if (this.dataset.unknown === undefined || document.getElementById(id)) return;
      reset();
      this.#say(fill(this.dataset.unknown, { id }));
      return;
    }
    if (li.classList.contains(OFF)) reset();
    if (this.querySelector('.tl-chart')?.getClientRects().length) this.#select(id, true, true);
    else {
      this.#current = id;
      this.#rove(this.#events()[0]);
    }
  }
}

if (!customElements.get('vp-timeline')) customElements.define('vp-timeline', VpTimeline);
