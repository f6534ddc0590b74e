/**
 * <vp-facelab>: the live face lab's light half (issue 15), the only script
 * the lab page runs before the reader presses "Start" (budget 12 KB gzip).
 * It swaps the no-JavaScript note for the controls (cloned from the
 * server's <template>), keeps the live list of every request the page has
 * made since it loaded (Resource Timing: a PerformanceObserver, plus the
 * entries buffered before it), and on "Start" imports facelab-lab.ts, the
 * chunk that holds everything else (face-api, TensorFlow.js, the drawing).
 * Nothing in this file reads or writes any storage.
 */
import { describeRequest, summarise, type DescribedRequest, type RequestEntry } from '../../lib/facelab/requests';
import type liveStrings from '../../i18n/en/facelab.json';

export type LiveStrings = (typeof liveStrings)['live'];

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in v ? String(v[k]) : m));

class VpFacelab extends HTMLElement {
  #requests: DescribedRequest[] = [];
  #observer: PerformanceObserver | undefined;

  connectedCallback() {
    const tpl = this.querySelector<HTMLTemplateElement>('template[data-role="ui"]');
    if (!tpl) return;
    const s = JSON.parse(this.dataset.strings ?? '{}') as LiveStrings;
    this.querySelector('[data-role="nojs"]')?.remove();
    tpl.replaceWith(tpl.content.cloneNode(true));
    this.#watchRequests(s);
    const start = this.querySelector<HTMLButtonElement>('[data-action="start"]');
    start?.addEventListener('click', async () => {
      const clickedAt = performance.now();
      start.disabled = true;
      const status = this.querySelector<HTMLElement>('[data-role="status"]');
      if (status) status.textContent = s.loadingLibrary;
      try {
        const { runLab } = await import('./facelab-lab');
        await runLab(this, s, clickedAt);
      } catch (e) {
        // The chunk itself did not come (offline, a server error): say so, and let the reader try again.
        const alert = this.querySelector<HTMLElement>('[data-role="alert"]');
        if (status) status.textContent = '';
        if (alert) {
          alert.replaceChildren();
          const p = document.createElement('p');
          p.textContent = fill(s.libraryFailed, { reason: e instanceof Error ? e.message : String(e) });
          alert.append(p);
        }
        start.disabled = false;
      }
    });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  #watchRequests(s: LiveStrings) {
    const body = this.querySelector('[data-role="requests"]');
    const summary = this.querySelector('[data-role="requests-summary"]');
    if (!body || !summary) return;
    const intl = this.dataset.intl;
    const count = new Intl.NumberFormat(intl);
    const add = (entries: readonly PerformanceEntry[]) => {
      for (const e of entries) {
        const r = describeRequest(e as unknown as RequestEntry, location.origin);
        this.#requests.push(r);
        const tr = document.createElement('tr');
        const cell = (text: string, tag: 'th' | 'td' = 'td', cls?: string) => {
          const c = document.createElement(tag);
          c.textContent = text;
          if (tag === 'th') c.setAttribute('scope', 'row');
          if (cls) c.className = cls;
          tr.append(c);
        };
        cell(count.format(this.#requests.length), 'th');
        cell(s.requests.kinds[r.kind]);
        cell(r.sameOrigin ? s.requests.thisSite : r.origin);
        // The address is what it is, code, in every language (and wraps anywhere on a phone).
        const path = document.createElement('td');
        const code = document.createElement('code');
        code.textContent = r.path;
        path.append(code);
        tr.append(path);
        cell(r.cached && r.bytes === 0 ? s.requests.cached : count.format(r.bytes), 'td', 'fl-num');
        tr.dataset.origin = r.sameOrigin ? 'same' : 'other';
        body.append(tr);
      }
      const sum = summarise(this.#requests);
      summary.textContent = fill(s.requests.summary, { total: count.format(sum.total), other: count.format(sum.otherOrigin) });
    };
    add(performance.getEntriesByType('navigation'));
    add(performance.getEntriesByType('resource'));
    if (typeof PerformanceObserver === 'function') {
      this.#observer = new PerformanceObserver((list) => add(list.getEntries()));
      this.#observer.observe({ type: 'resource' });
    }
  }
}

customElements.define('vp-facelab', VpFacelab);
