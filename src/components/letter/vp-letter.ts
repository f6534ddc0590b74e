/**
 * <vp-letter>: the live letter generator. Clones the form and the output
 * out of their <template> (LetterGenerator.astro), then rewrites the letter
 * on every input with the pure letterText (src/lib/letters/letter.ts).
 *
 * Safety: the letter reaches the page through textContent only, and the
 * download and the clipboard get the same string; nothing typed is ever
 * parsed as HTML. Privacy: no storage, no network — the download is a Blob
 * behind a short-lived object URL.
 *
 * Weight: the letter's words, in both letter languages, come from the
 * data-wording attribute (JSON written at build time from
 * src/i18n/<lang>/letter.json), not from this bundle. Status messages come
 * from data-* attributes in the page's language; "Letter updated" is said
 * once the reader pauses, not on every key.
 */
import { letterFileName, letterText, type LetterInput, type LetterLang } from '../../lib/letters/compose';
import type { LetterWording, Right } from '../../lib/letters/wording';

const SAY_AFTER_MS = 1200;
type Field = HTMLInputElement | HTMLTextAreaElement;

/** Today in the reader's time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

class VpLetter extends HTMLElement {
  #out: HTMLElement | null = null;
  #live: HTMLElement | null = null;
  #text = '';
  #input: LetterInput | null = null;
  #timer = 0;
  #words = {} as Record<LetterLang, LetterWording>;

  connectedCallback() {
    const tpl = this.querySelector<HTMLTemplateElement>('template[data-role="form"]');
    if (!tpl || this.#out) return;
    try { this.#words = JSON.parse(this.dataset.wording ?? ''); } catch { return; }
    tpl.replaceWith(tpl.content.cloneNode(true));
    this.#out = this.querySelector('[data-role="letter"]');
    this.#live = this.querySelector('[data-role="live"]');
    this.addEventListener('input', () => {
      this.#update();
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#say(this.dataset.updated), SAY_AFTER_MS);
    });
    const on = (act: string, fn: () => void) =>
      this.querySelector(`[data-act="${act}"]`)?.addEventListener('click', () => { clearTimeout(this.#timer); fn(); });
    on('copy', () => void this.#copy());
    on('print', () => this.#print());
    on('download', () => this.#download());
    this.#update();
    // Only now do the no-JS templates step aside (letter.css).
    this.dataset.ready = '';
  }

  disconnectedCallback() { clearTimeout(this.#timer); }

  #say(text = '') { if (this.#live) this.#live.textContent = text; }

  #value(field: string): string {
    return this.querySelector<Field>(`[data-field="${field}"]`)?.value ?? '';
  }

  #checked(sel: string): boolean {
    return Boolean(this.querySelector<HTMLInputElement>(`${sel}:checked`));
  }

  #update() {
    const party = (who: string) => ({ name: this.#value(`${who}.name`), address: this.#value(`${who}.address`), email: this.#value(`${who}.email`) });
    const input: LetterInput = {
      right: (this.querySelector<HTMLInputElement>('[name="vp-letter-right"]:checked')?.value ?? 'access') as Right,
      letterLang: (this.querySelector<HTMLInputElement>('[name="vp-letter-lang"]:checked')?.value ?? 'en') as LetterLang,
      controller: party('controller'),
      requester: party('requester'),
      details: this.#value('details'),
      date: today(),
      photo: this.#checked('[data-field="photo"]'),
      nonEu: this.#checked('[data-field="nonEu"]'),
    };
    this.#input = input;
    this.#text = letterText(input, this.#words[input.letterLang]);
    if (this.#out) {
      this.#out.textContent = this.#text;
      this.#out.lang = input.letterLang;
    }
    // Soft limits: too long is flagged and explained, never cut.
    for (const el of this.querySelectorAll<Field>('[data-max]')) {
      const over = el.value.length > Number(el.dataset.max);
      const err = `${el.id}-error`;
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== err);
      if (over) ids.push(err);
      el.setAttribute('aria-describedby', ids.join(' '));
      if (over) el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
      const p = this.querySelector<HTMLElement>(`#${err}`);
      if (p) p.hidden = !over;
    }
  }

  async #copy() {
    try {
      await navigator.clipboard.writeText(this.#text);
      this.#say(this.dataset.copied);
    } catch {
      // No clipboard permission (or an old browser): select the letter, so
      // that the reader's own Ctrl+C copies it, and say so.
      if (this.#out) {
        const range = document.createRange();
        range.selectNodeContents(this.#out);
        const sel = getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      }
      this.#say(this.dataset.copyFailed);
    }
  }

  /** Prints the letter alone: a copy in <body> that the print CSS keeps, everything else hidden. */
  #print() {
    const root = document.documentElement;
    const copy = document.createElement('pre');
    copy.className = 'letter-print';
    copy.lang = this.#input?.letterLang ?? '';
    copy.textContent = this.#text;
    document.body.append(copy);
    root.setAttribute('data-letter-print', '');
    const done = () => { copy.remove(); root.removeAttribute('data-letter-print'); };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  #download() {
    const i = this.#input;
    if (!i) return;
    const file = letterFileName(i.right, this.#words[i.letterLang], i.date);
    const url = URL.createObjectURL(new Blob([this.#text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    a.hidden = true;
    this.append(a);
    a.click();
    a.remove();
    // Revoked once the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.#say((this.dataset.downloaded ?? '').replace('{file}', file));
  }
}

if (!customElements.get('vp-letter')) customElements.define('vp-letter', VpLetter);
