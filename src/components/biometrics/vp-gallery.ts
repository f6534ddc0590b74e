/**
 * <vp-gallery>: makes the gallery calculator live. The server HTML
 * (GalleryCalculator.astro) already shows the default state and a table of
 * the claimed sizes; this element recomputes N × FMR and 1 − (1 − FMR)^N
 * with the same pure module (src/lib/biometrics/gallery.ts) whenever the
 * range input (log10 N) or the select changes, and adds one button per
 * size claimed by Clearview AI (cloned from a <template>, so readers
 * without JavaScript never see a dead button).
 *
 * The exact N is kept here, not read back from the slider: a claimed size
 * such as 3 billion falls between two slider steps. The range input's
 * aria-valuetext says "60 billion faces", not "10.78". Labels come from
 * data-* attributes (data-intl: the page's Intl locale); nothing animates;
 * keyboard is native.
 */
import { expectedFalseMatches, galleryFromLog, probAtLeastOne } from '../../lib/biometrics/gallery';
import { formatCount, formatGallery, formatOdds, formatPercent } from '../../lib/biometrics/bio-format';

const fill = (s = '', v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

class VpGallery extends HTMLElement {
  #n = 1;

  connectedCallback() {
    // The controls do nothing without this script, so they ship in <template>.
    for (const t of this.querySelectorAll<HTMLTemplateElement>('template[data-role="control"]')) t.replaceWith(t.content.cloneNode(true));
    const range = this.querySelector<HTMLInputElement>('input[type=range]');
    const select = this.querySelector('select');
    const tpl = this.querySelector<HTMLTemplateElement>('template[data-role="claims"]');
    if (!range || !select) return;
    const max = Number(this.dataset.max);
    this.#n = Number(this.dataset.n);
    range.addEventListener('input', () => {
      this.#n = Math.min(max, galleryFromLog(Number(range.value)));
      this.#update();
    });
    select.addEventListener('change', () => this.#update());
    if (tpl) {
      const claims = tpl.content.cloneNode(true) as DocumentFragment;
      for (const b of claims.querySelectorAll<HTMLButtonElement>('button[data-n]')) {
        b.setAttribute('aria-pressed', String(Number(b.dataset.n) === this.#n));
        b.addEventListener('click', () => {
          this.#n = Number(b.dataset.n);
          range.value = String(Math.log10(this.#n));
          this.#update();
        });
      }
      tpl.replaceWith(claims);
    }
  }

  #update() {
    const d = this.dataset;
    const intl = d.intl;
    const n = this.#n;
    const fmr = Number(this.querySelector('select')?.value);
    const exp = formatCount(expectedFalseMatches(n, fmr), intl);
    const p = formatPercent(probAtLeastOne(n, fmr), intl, d.above);
    const size = formatGallery(n, intl);
    const set = (r: string, text: string) => { const el = this.querySelector(`[data-role="${r}"]`); if (el) el.textContent = text; };
    set('n', size);
    set('expected', exp);
    set('prob', p);
    set('sentence', fill(d.sentence, { n: size, odds: formatOdds(fmr, intl), expected: exp, p }));
    this.querySelector('input[type=range]')?.setAttribute('aria-valuetext', fill(d.faces, { n: size }));
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-n]')) b.setAttribute('aria-pressed', String(Number(b.dataset.n) === n));
  }
}

if (!customElements.get('vp-gallery')) customElements.define('vp-gallery', VpGallery);
