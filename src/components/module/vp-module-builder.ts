/**
 * <vp-module-builder>: turns the ticked chapters and questions of the
 * builder's form into a module link (module-state.ts), with its worksheet,
 * answer key, a GIFT download and a SCORM package (made on request in
 * module-zip-worker.ts from /downloads/scorm/<lang>/module.json). The server HTML (BuilderPage.astro) is the
 * list of chapters and questions; without JavaScript its checkboxes are
 * hidden by CSS (they would do nothing) and a sentence says why, as are
 * "include this chapter" and "all / none" (class js-only: in the HTML, so
 * they do not push the list down when this script runs). This element puts
 * in place the controls waiting in <template class="mb-js"> (name, language,
 * "Make the link", the result), so no dead control is ever shown.
 *
 * Ticking a question ticks its chapter; unticking a chapter unticks its
 * questions; a chapter ticked with no question is "read only" ([] in the
 * link). Labels come from data-* attributes, the catalogue from JSON in a
 * data attribute, the GIFT pieces from /downloads/builder/<lang>.json
 * (data-gift-url, fetched once the page is idle), all made at build time.
 */
import type { Catalogue } from '../../lib/share/catalogue';
import { encodeModule, type ModuleInput } from '../../lib/share/module-state';
import { giftFileName, moduleGift, type ModuleGiftData } from '../../lib/module-gift';

type Paths = Record<string, Record<'module' | 'worksheet' | 'answer-key', string>>;

const fill = (text = '', vars: Record<string, string | number> = {}) => text.replace(/\{([\w-]+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

class VpModuleBuilder extends HTMLElement {
  #cat!: Catalogue;
  #blobs: string[] = [];
  #gift!: Promise<ModuleGiftData | null>;
  /** The worker that makes SCORM packages, once asked for one. */
  #zipper: Worker | undefined;
  #zipUrl = '';
  #busy = false;
  #plural = new Intl.PluralRules(document.documentElement.lang || undefined);

  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    this.#cat = JSON.parse(this.dataset.catalogue ?? '{"chapters":[]}') as Catalogue;
    for (const tpl of this.querySelectorAll<HTMLTemplateElement>('template.mb-js')) tpl.replaceWith(tpl.content.cloneNode(true));
    this.addEventListener('change', (e) => this.#changed(e.target as HTMLInputElement));
    this.addEventListener('input', (e) => {
      if ((e.target as Element).matches('.mb-name')) this.#stale();
    });
    this.addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      const bulk = target.closest<HTMLButtonElement>('.mb-bulk button');
      if (bulk) this.#bulk(bulk);
      if (target.closest('.mb-copy')) void this.#copy();
      if (target.closest('.mb-scorm-make')) void this.#scorm();
    });
    this.querySelector('.mb-form')?.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#generate();
    });
    this.setAttribute('data-ready', '');
    this.#count();
    // The GIFT pieces arrive while the teacher ticks, not with the page;
    // null if they cannot be had (offline before any visit).
    this.#gift = fetch(this.dataset.giftUrl!).then((r) => r.json() as Promise<ModuleGiftData>).catch(() => null);
  }

  #$<T extends Element = HTMLElement>(selector: string) {
    return this.querySelector<T>(selector);
  }

  #boxes(chapter: Element | null, which: 'mb-take' | 'mb-q') {
    return [...(chapter?.querySelectorAll<HTMLInputElement>(`.${which}`) ?? [])];
  }

  #changed(input: HTMLInputElement) {
    const chapter = input.closest('.mb-chapter');
    if (input.matches('.mb-take')) {
      const qs = this.#boxes(chapter, 'mb-q');
      if (!input.checked) for (const q of qs) q.checked = false;
      else if (!qs.some((q) => q.checked)) for (const q of qs) q.checked = true;
    } else if (input.matches('.mb-q') && input.checked) {
      for (const c of this.#boxes(chapter, 'mb-take')) c.checked = true;
    }
    this.#count();
    this.#stale();
  }

  /** "All" ticks the chapter and its questions; "None" leaves the chapter for reading only. */
  #bulk(button: HTMLButtonElement) {
    const chapter = button.closest('.mb-chapter');
    const all = button.value === 'all';
    for (const q of this.#boxes(chapter, 'mb-q')) q.checked = all;
    if (all) for (const c of this.#boxes(chapter, 'mb-take')) c.checked = true;
    this.#count();
    this.#stale();
  }

  /** The current choice, in the shape encodeModule() takes. */
  #choice() {
    const chapters: string[] = [];
    const questions: Record<string, string[]> = {};
    for (const ch of this.querySelectorAll<HTMLElement>('.mb-chapter')) {
      const id = ch.dataset.chapter ?? '';
      if (!this.#boxes(ch, 'mb-take')[0]?.checked) continue;
      chapters.push(id);
      questions[id] = this.#boxes(ch, 'mb-q').filter((q) => q.checked).map((q) => q.value);
    }
    const name = this.#$<HTMLInputElement>('.mb-name')?.value.trim() ?? '';
    const lang = (this.#$<HTMLInputElement>('.mb-lang:checked')?.value ?? document.documentElement.lang) as NonNullable<ModuleInput['lang']>;
    return { chapters, questions, name, lang };
  }

  #plural1(key: 'chapters' | 'questions', n: number) {
    return fill(this.dataset[`${key}${this.#plural.select(n) === 'one' ? 'One' : 'Other'}`], { n });
  }

  #count() {
    const { chapters, questions } = this.#choice();
    const n = Object.values(questions).reduce((s, q) => s + q.length, 0);
    const out = this.#$('.mb-count');
    if (out) out.textContent = fill(this.dataset.count, { chapters: this.#plural1('chapters', chapters.length), questions: this.#plural1('questions', n) });
  }

  /** The choice changed after a link was made: the link no longer matches it. */
  #stale() {
    const out = this.#$('.mb-out');
    if (!out || out.hidden) return;
    out.hidden = true;
    this.#say(this.dataset.stale);
  }

  #say(text = '', error = false, where = '.mb-msg') {
    const msg = this.#$(where);
    if (!msg) return;
    msg.textContent = text;
    msg.classList.toggle('notice', error);
  }

  async #generate() {
    const choice = this.#choice();
    const made = encodeModule(choice, this.#cat);
    const out = this.#$('.mb-out');
    if (!made.ok) {
      if (out) out.hidden = true;
      const key = `error-${made.reason}`.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      this.#say(this.dataset[key] ?? fill(this.dataset.errorOther, { reason: made.reason }), true);
      if (made.reason === 'empty') this.#$<HTMLInputElement>('.mb-take')?.focus();
      else if (made.reason !== 'unknown-chapter' && made.reason !== 'unknown-question') this.#$<HTMLInputElement>('.mb-name')?.focus();
      return;
    }
    const paths = JSON.parse(this.dataset.paths ?? '{}') as Paths;
    const p = paths[choice.lang] ?? paths[document.documentElement.lang]!;
    const url = (path: string) => new URL(`${path}#${made.value}`, location.href).href;
    const link = url(p.module);
    const field = this.#$<HTMLInputElement>('.mb-link');
    if (field) field.value = link;
    const set = (sel: string, href: string) => this.#$<HTMLAnchorElement>(sel)?.setAttribute('href', href);
    set('.mb-open', link);
    set('.mb-sheet', url(p.worksheet));
    set('.mb-key', url(p['answer-key']));
    const gift = await this.#gift;
    const day = new Date().toISOString().slice(0, 10);
    for (const url of this.#blobs) URL.revokeObjectURL(url);
    // Two files, as the build's: for every Moodle, and for Moodle 4.4+ (ordering type);
    // without the pieces (offline before any visit) the two links are left out.
    this.#blobs = (['matching', 'ordering'] as const).map((form) => {
      const dl = this.#$<HTMLAnchorElement>(form === 'ordering' ? '.mb-gift44' : '.mb-gift')!;
      dl.parentElement!.hidden = !gift;
      if (!gift) return '';
      const blob = URL.createObjectURL(new Blob([moduleGift(gift, choice, link, day, form)], { type: 'text/plain;charset=utf-8' }));
      dl.href = blob;
      dl.download = giftFileName(choice.name, this.dataset.file ?? 'module', form);
      return blob;
    });
    this.#scormReset();
    if (out) out.hidden = false;
    this.#say(fill(this.dataset.done, { n: made.value.length }));
    field?.focus();
    field?.select();
  }

  /** A new link: the package made for the previous one is gone. */
  #scormReset() {
    if (this.#zipUrl) URL.revokeObjectURL(this.#zipUrl);
    this.#zipUrl = '';
    const again = this.#$('.mb-scorm-again');
    if (again) again.hidden = true;
    this.#say('', false, '.mb-scorm-msg');
  }

  /**
   * "Make a SCORM package": the module's chapters and questions cut from the
   * language's template and zipped in a worker (module-zip-worker.ts, started
   * on this first click), then downloaded. Nothing is sent: the template is
   * the same file for every teacher.
   */
  async #scorm() {
    if (this.#busy) return;
    const choice = this.#choice();
    const button = this.#$<HTMLButtonElement>('.mb-scorm-make');
    const barLine = this.#$('.mb-scorm-bar');
    const bar = this.#$<HTMLProgressElement>('.mb-scorm-progress');
    this.#scormReset();
    if (!choice.chapters.length) {
      this.#say(this.dataset.errorEmpty, true, '.mb-scorm-msg');
      return;
    }
    this.#busy = true;
    button?.setAttribute('aria-disabled', 'true');
    bar?.removeAttribute('value');
    if (barLine) barLine.hidden = false;
    this.#say(this.dataset.scormLoading, false, '.mb-scorm-msg');
    const urls = JSON.parse(this.dataset.scormUrls ?? '{}') as Record<string, string>;
    this.#zipper ??= new Worker(new URL('./module-zip-worker.ts', import.meta.url));
    const worker = this.#zipper;
    type Out = { kind: 'progress'; got: number; size: number } | { kind: 'done'; ok: true; zip: ArrayBuffer; fileName: string } | { kind: 'done'; ok: false; reason: string };
    const made = await new Promise<Extract<Out, { kind: 'done' }>>((resolve) => {
      worker.onmessage = ({ data }: MessageEvent<Out>) => {
        if (data.kind === 'done') resolve(data);
        else if (bar && data.size && data.got <= data.size) bar.value = data.got / data.size;
      };
      worker.onerror = () => resolve({ kind: 'done', ok: false, reason: 'fetch' });
      worker.postMessage({ url: new URL(urls[choice.lang] ?? '', location.href).href, sel: { chapters: choice.chapters, questions: choice.questions, name: choice.name }, fallback: this.dataset.file ?? 'module' });
    });
    this.#busy = false;
    button?.removeAttribute('aria-disabled');
    if (barLine) barLine.hidden = true;
    if (!made.ok) {
      const words = { fetch: this.dataset.scormErrorFetch, 'too-large': this.dataset.scormErrorTooLarge, empty: this.dataset.errorEmpty }[made.reason] ?? this.dataset.scormErrorStale;
      this.#say(words, true, '.mb-scorm-msg');
      return;
    }
    this.#zipUrl = URL.createObjectURL(new Blob([made.zip], { type: 'application/zip' }));
    const link = this.#$<HTMLAnchorElement>('.mb-scorm-file');
    if (link) {
      link.href = this.#zipUrl;
      link.download = made.fileName;
      link.textContent = fill(this.dataset.scormFile, { file: made.fileName });
      link.parentElement!.hidden = false;
      link.click();
    }
    this.#say(fill(this.dataset.scormReady, { size: Math.max(1, Math.round(made.zip.byteLength / 1024)) }), false, '.mb-scorm-msg');
  }

  async #copy() {
    const field = this.#$<HTMLInputElement>('.mb-link');
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      this.#say(this.dataset.copied);
    } catch {
      field.focus();
      field.select();
      this.#say(this.dataset.copyFailed, true);
    }
  }
}

if (!customElements.get('vp-module-builder')) customElements.define('vp-module-builder', VpModuleBuilder);
