/**
 * <vp-module>: shows a teacher's module, read from the URL fragment
 * (module-state.ts), on the student's module page and on the module's
 * worksheet and answer key. The server HTML is the whole course; this
 * element only hides what the module leaves out (`hidden` on chapters
 * marked data-mod-chapter and on questions), writes the module's name and a
 * summary, and numbers the sheet's questions 1, 2… through the module.
 *
 * A damaged, stale or foreign link shows a message (role="alert", focused)
 * and leaves the whole course in place; without a fragment, the server's
 * short note (data-mod-none, hidden without JavaScript) stays.
 * Another fragment (hashchange) reloads the page: the quizzes then start
 * from a clean slate for the new module, as on a first visit.
 *
 * The element's script runs before the quizzes' (it comes first in the
 * page), so <vp-quiz> already sees the hidden questions when it starts.
 */
import type { Catalogue } from '../../lib/share/catalogue';
import { decodeModule } from '../../lib/share/module-state';

const fill = (text = '', vars: Record<string, string | number> = {}) => text.replace(/\{([\w-]+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

class VpModule extends HTMLElement {
  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    this.setAttribute('data-ready', '');
    const d = this.dataset;
    const cat = JSON.parse(d.catalogue ?? '{"chapters":[]}') as Catalogue;
    const hash = location.hash.slice(1);
    const got = hash ? decodeModule(hash, cat) : undefined;
    const state = got?.ok ? got.state : undefined;
    // No valid module: the whole course.
    const chapters: string[] = state?.chapters ?? cat.chapters.map((c) => c.id);
    const questions: Record<string, string[]> = state?.questions ?? Object.fromEntries(cat.chapters.map((c) => [c.id, c.questions.map((q) => q.id)]));
    const shown = new Set(Object.values(questions).flat());

    for (const el of this.querySelectorAll<HTMLElement>('[data-mod-chapter]')) {
      const id = el.dataset.modChapter ?? '';
      el.hidden = !chapters.includes(id) || (el.hasAttribute('data-mod-quiz') && !questions[id]?.length);
    }
    let n = 0;
    for (const q of this.querySelectorAll<HTMLElement>('.q[data-id], .sheet-q[id^="q-"]')) {
      const id = q.dataset.id ?? q.id.slice(2);
      q.hidden = !shown.has(id);
      const title = q.querySelector('.sheet-q__title');
      if (!q.hidden && title) title.textContent = fill(d.qlabel, { n: ++n });
    }

    // Without a module the server's summary (the whole course) stands: no
    // plural rules to load (a page's first Intl object costs tens of ms).
    const summary = this.querySelector('.mod-summary');
    if (summary && state) {
      const plural = new Intl.PluralRules(document.documentElement.lang || undefined);
      const count = (key: 'chapters' | 'questions', k: number) => fill(d[`${key}${plural.select(k) === 'one' ? 'One' : 'Other'}`], { n: k });
      summary.textContent = fill(d.summary, { chapters: count('chapters', chapters.length), questions: count('questions', shown.size) });
    }

    if (state) {
      const h1 = this.querySelector('h1');
      if (h1 && state.name) {
        const bdi = document.createElement('bdi');
        bdi.textContent = state.name;
        h1.replaceChildren(`${h1.textContent ?? ''}${d.sep ?? ''}`, bdi);
      }
      document.title = `${h1?.textContent ?? ''} · ${document.title.split(' · ').pop() ?? ''}`;
      // Links between the module's pages carry the module.
      for (const a of this.querySelectorAll<HTMLAnchorElement>('a[data-mod-link]')) a.hash = hash;
    }
    // The server HTML says what the page shows without a module link (a js-only
    // note, there from the first paint so nothing moves): a link replaces it.
    if (hash) this.querySelector('[data-mod-none]')?.remove();
    // data-stale, data-version, data-checksum; any other reason reads as damaged.
    if (got && !got.ok) this.#alert(d[got.reason] ?? d.malformed);

    const code = this.querySelector<HTMLElement>('vp-result-code');
    if (code) {
      code.dataset.selection = JSON.stringify({ chapters, questions });
      code.dataset.name = state?.name ?? '';
    }
    addEventListener('hashchange', () => location.reload());
  }

  #alert(text = '') {
    const p = document.createElement('p');
    p.className = 'notice mod-note no-print';
    p.textContent = text;
    p.setAttribute('role', 'alert');
    p.tabIndex = -1;
    this.querySelector('.mod-notes')?.append(p);
    p.focus();
  }
}

if (!customElements.get('vp-module')) customElements.define('vp-module', VpModule);
