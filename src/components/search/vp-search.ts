/**
 * <vp-search>: the search form and its results, on Pagefind's low-level API
 * rather than its ready-made UI (which builds markup with inline styles the
 * CSP forbids, and ships far more script).
 *
 * The form is in the server HTML, hidden (class js-only) from a reader
 * without JavaScript, who never sees a control that cannot work, and shown
 * from the first paint otherwise, so nothing moves when this script starts. pagefind.js is imported
 * from the site (data-bundle) on first use; it loads the index of this page's
 * <html lang>, hence French results on the French page only. Typing searches
 * after a short pause; the count is announced once in the role="status"
 * region; results are plain links, reached with Tab. The query is mirrored in
 * `?q=` (replaceState), so a search can be shared and survives a reload.
 *
 * Pagefind's excerpts are HTML with <mark> around the hits. They are never
 * injected: they are parsed inertly and rebuilt from text nodes, keeping only
 * <mark> elements.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?: unknown;
}

const MAX_RESULTS = 20;
const MAX_SUBS = 3;

/** Text of an excerpt as DOM: text nodes kept, <mark> kept, every other tag dropped. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: Node[] = [];
  const walk = (node: Node, into: Node[] | Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = document.createTextNode(child.textContent ?? '');
        Array.isArray(into) ? into.push(text) : into.appendChild(text);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if ((child as Element).tagName === 'MARK') {
          const mark = document.createElement('mark');
          mark.textContent = child.textContent ?? '';
          Array.isArray(into) ? into.push(mark) : into.appendChild(mark);
        } else walk(child, into);
      }
    }
  };
  walk(doc.body, out);
  return out;
}

class VpSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #input?: HTMLInputElement;
  #status?: HTMLElement;
  #list?: HTMLOListElement;
  #timer = 0;
  #seq = 0;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('.search-form');
    if (!form || this.#input) return;
    this.setAttribute('data-ready', '');
    this.#input = form.querySelector('input')!;
    this.#status = this.querySelector<HTMLElement>('.search-status')!;
    this.#list = this.querySelector<HTMLOListElement>('.search-results')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      window.clearTimeout(this.#timer);
      void this.#run();
    });
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#run(), 250);
    });
    const q = new URL(location.href).searchParams.get('q');
    if (q) {
      this.#input.value = q;
      void this.#run();
    }
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
      return pf;
    })();
    return this.#pagefind;
  }

  #say(text: string) {
    this.#status!.textContent = text;
  }

  #format(key: 'one' | 'other' | 'none', q: string, n = 0) {
    return (this.dataset[key] ?? '').replace('{q}', q).replace('{n}', String(n));
  }

  async #run() {
    const q = this.#input!.value.trim();
    const seq = ++this.#seq;
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!q) {
      this.#list!.replaceChildren();
      this.#say('');
      return;
    }
    this.#say(this.dataset.loading ?? '');
    try {
      const pf = await this.#load();
      const found = await pf.search(q);
      const results = found?.results ?? [];
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (seq !== this.#seq) return; // a newer search has started
      this.#list!.replaceChildren(...data.map((d) => this.#item(d)));
      const n = results.length;
      this.#say(n === 0 ? this.#format('none', q) : this.#format(n === 1 ? 'one' : 'other', q, n));
    } catch {
      if (seq !== this.#seq) return;
      this.#list!.replaceChildren();
      this.#say(this.dataset.error ?? '');
    }
  }

  #item(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'search-result-title';
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const where = document.createElement('span');
    where.className = 'search-result-url';
    // Glossary terms and timeline events carry their section (scripts/pagefind-index.mjs).
    where.textContent = [d.meta.section, decodeURI(d.url)].filter(Boolean).join(' · ');
    const p = document.createElement('p');
    p.className = 'search-excerpt';
    p.append(...excerptNodes(d.excerpt));
    li.append(a, where, p);
    const subs = (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, MAX_SUBS);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'search-subs';
      for (const s of subs) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = s.url;
        link.textContent = s.title;
        item.append(link);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }
}

customElements.define('vp-search', VpSearch);
