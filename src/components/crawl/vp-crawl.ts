/**
 * <vp-crawl>: makes the crawl explorable live. The server HTML
 * (CrawlExplorer.astro) shows the end of the default crawl; this element
 * clones the controls out of their <template>s, rewinds to step 0 and
 * replays the crawl computed by the same pure module (src/lib/crawl/crawl.ts).
 *
 * Only data-* attributes and text change: no layout is measured and no
 * style is written. The visible status line is not a live region; a
 * separate polite one speaks after Step, Reset, a measure or a search, and
 * when Play stops, so that playing does not talk over the reader. Play
 * changes no geometry, so reduced motion needs nothing more than the CSS
 * that drops the colour fade.
 *
 * Its data come from the server HTML, in the page's language only: the web
 * (data-web, the one CrawlExplorer.astro drew), the sentences it writes
 * (data-strings, the `script` words of src/i18n/<locale>/crawl.json) and
 * the language tag for lists (data-lang).
 */
import { DEFAULTS, LIMITED, crawl, profileOf, type CrawlOptions, type CrawlRun } from '../../lib/crawl/crawl';
import { pageLabel, type PersonId, type Web } from '../../lib/crawl/web';
import type crawlWords from '../../i18n/en/crawl.json';

type Strings = typeof crawlWords.script;
const PLAY_MS = 900;

/** Fills `{key}` slots of `s` from `v`. */
const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

class VpCrawl extends HTMLElement {
  #s = {} as Strings;
  #web = {} as Web;
  #list = new Intl.ListFormat();
  #opts: CrawlOptions = { ...DEFAULTS };
  #run = {} as CrawlRun;
  #i = 0;
  #timer = 0;
  #live = document.createElement('p');

  connectedCallback() {
    const d = this.dataset;
    if (!d.web || !d.strings) return;
    const WEB = (this.#web = JSON.parse(d.web) as Web);
    this.#s = JSON.parse(d.strings) as Strings;
    this.#list = new Intl.ListFormat(d.lang);
    this.#run = crawl(WEB, DEFAULTS);
    const $ = <T extends Element>(sel: string) => this.querySelector<T>(sel);
    const controls = $<HTMLTemplateElement>('template[data-role="controls"]');
    const search = $<HTMLTemplateElement>('template[data-role="search"]');
    if (!controls || !search) return;
    const c = controls.content.cloneNode(true) as DocumentFragment;
    c.querySelector('[data-act="step"]')?.addEventListener('click', () => this.#step(true));
    c.querySelector('[data-act="play"]')?.addEventListener('click', () => (this.#timer ? this.#stop() : this.#play()));
    c.querySelector('[data-act="reset"]')?.addEventListener('click', () => { this.#stop(false); this.#i = 0; this.#render(true); });
    for (const box of c.querySelectorAll<HTMLInputElement>('input[data-opt]')) {
      box.addEventListener('change', () => {
        const o = this.#opts;
        if (box.dataset.opt === 'rateLimit') o.rateLimit = box.checked ? LIMITED : Infinity;
        else o[box.dataset.opt as 'honourRobots' | 'privateAccounts'] = box.checked;
        this.#run = crawl(WEB, o);
        this.#i = Math.min(this.#i, this.#run.states.length - 1);
        this.#render(false);
        this.#say(this.#outcome());
      });
    }
    controls.replaceWith(c);
    const f = search.content.cloneNode(true) as DocumentFragment;
    f.querySelector('select')?.addEventListener('change', () => this.#say(this.#profile()));
    search.replaceWith(f);
    this.#live.className = 'visually-hidden';
    this.#live.setAttribute('aria-live', 'polite');
    this.append(this.#live);
    this.#render(false);
  }

  disconnectedCallback() { this.#stop(false); }

  #text(role: string) { return this.querySelector(`[data-role="${role}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''; }
  #set(role: string, text: string) { const el = this.querySelector(`[data-role="${role}"]`); if (el) el.textContent = text; }
  #say(text: string) { this.#live.textContent = text; }
  get #last() { return this.#run.states.length - 1; }

  #step(speak: boolean) {
    if (this.#i >= this.#last) { if (speak) this.#say(`${this.#status()} ${this.#s.done}`); return false; }
    this.#i++;
    this.#render(speak);
    return true;
  }

  #play() {
    if (this.#i >= this.#last) this.#i = 0;
    this.#render(false);
    this.#button(this.#s.pause);
    this.#timer = window.setInterval(() => { if (!this.#step(false) || this.#i >= this.#last) this.#stop(); }, PLAY_MS);
  }

  #stop(speak = true) {
    if (!this.#timer) return;
    clearInterval(this.#timer);
    this.#timer = 0;
    this.#button(this.#s.play);
    if (speak) this.#say(this.#status() + (this.#i >= this.#last ? ` ${this.#s.done}` : ''));
  }

  #button(label: string) { const b = this.querySelector('[data-act="play"]'); if (b) b.textContent = label; }

  #status() {
    const s = this.#s, st = this.#run.states[this.#i]!, total = this.#last;
    const tail = fill(s.tail, { frontier: st.frontier.length, faces: st.faces });
    if (!st.step) return `${fill(s.start, { total, seed: this.#web.seeds[0]! })} ${tail}`;
    const parts = [fill(s.stepN, { n: st.step, total })];
    if (st.fetched.length) parts.push(fill(s.fetched, { list: this.#list.format(st.fetched) }));
    if (st.skipped.length) parts.push(fill(s.skipped, { list: this.#list.format(st.skipped) }));
    if (st.deferred.length) parts.push(fill(s.deferred, { n: st.deferred.length }));
    return [...parts, tail].join(' ');
  }

  #outcome() {
    const run = this.#run, end = run.states[this.#last]!;
    const n = (x: string) => this.#web.order.filter((u) => end.status[u] === x).length;
    return fill(this.#s.outcome, {
      steps: this.#last, fetched: n('fetched'), pages: this.#web.order.length, robots: n('robots'), private: n('private'),
      faces: run.db.length, people: new Set(run.db.map((r) => r.person)).size, sites: new Set(run.db.map((r) => r.site)).size,
      geotagged: run.db.filter((r) => r.geo).length,
    });
  }

  #render(speak: boolean) {
    const s = this.#s, st = this.#run.states[this.#i]!;
    const before = this.#i ? this.#run.states[this.#i - 1]!.faces : 0;
    for (const g of this.querySelectorAll<SVGGElement>('svg [data-url]')) {
      const url = g.dataset.url!;
      g.dataset.state = st.status[url];
      g.toggleAttribute('data-deferred', st.deferred.includes(url));
    }
    const status = this.#status();
    this.#set('status', status);
    this.#set('outcome', this.#outcome());
    this.#set('db-count', fill(s.table, { n: st.faces }));
    const name = (id: string) => this.#web.people.find((p) => p.id === id)!.name;
    const rows = this.#run.db.slice(0, st.faces).map((r, k) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = name(r.person);
      tr.append(th);
      for (const t of [this.#web.sites.find((x) => x.id === r.site)!.name, this.#web.pages[r.page]!.path, r.geo ?? s.none]) tr.insertCell().textContent = t;
      if (k >= before) tr.toggleAttribute('data-new', true);
      return tr;
    });
    this.querySelector('[data-role="db"]')?.replaceChildren(...rows);
    this.#profile();
    if (speak) this.#say(status);
  }

  /** Fills the face search for the selected person at the current step; returns it as one sentence to speak. */
  #profile() {
    const s = this.#s, st = this.#run.states[this.#i]!;
    const who = (this.querySelector('select')?.value ?? this.#web.people[0]!.id) as PersonId;
    const name = this.#web.people.find((p) => p.id === who)!.name;
    const p = profileOf(who, this.#run.db.slice(0, st.faces));
    this.#set('search-head', p.records.length ? fill(s.searchStatic, { name }) : fill(s.nothing, { name }));
    const dd = this.querySelectorAll('[data-role="profile"] dd');
    const host = (id: string) => this.#web.sites.find((x) => x.id === id)!.host;
    const vals = [String(new Set(p.records.map((r) => r.image)).size), this.#list.format(p.sites.map(host)) || s.none, this.#list.format(p.pages.map((u) => pageLabel(this.#web, u))) || s.none, this.#list.format(p.places) || s.none];
    const said = [this.#text('search-head')];
    dd.forEach((d, k) => {
      d.textContent = vals[k] ?? '';
      said.push(`${d.previousElementSibling?.textContent ?? ''}: ${d.textContent}.`);
    });
    return said.join(' ');
  }
}

if (!customElements.get('vp-crawl')) customElements.define('vp-crawl', VpCrawl);
