/**
 * <vp-threshold>: makes the threshold explorer's range input live. The
 * server HTML (ThresholdExplorer.astro) already shows the default state in
 * full; this element only moves the threshold line, the shaded error areas
 * and the DET dot, and rewrites the state sentence (a polite live region),
 * the output and the two chart descriptions.
 *
 * Why so little code: the rates and the chart geometry are the same pure
 * modules the build used (src/lib/biometrics/), so the live chart cannot
 * drift from the server one. Geometry goes through setAttribute, never
 * element.style (the CSP forbids inline styles). Sentences are templates
 * from data-* attributes, as are the page's Intl locale (data-intl) and the
 * words of formatShare (data-share). Nothing animates, so reduced motion holds.
 * Keyboard: the native range input (arrows, Page Up/Down, Home/End).
 */
import { fmr, fnmr } from '../../lib/biometrics/errors';
import { formatPercent, formatScore, formatShare, type ShareWords } from '../../lib/biometrics/bio-format';
import { detXY, errorAreas, scoreX } from '../../lib/biometrics/threshold-chart';

const fill = (s = '', v: Record<string, string | undefined>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

class VpThreshold extends HTMLElement {
  connectedCallback() {
    // The controls do nothing without this script, so they ship in <template>.
    for (const t of this.querySelectorAll<HTMLTemplateElement>('template[data-role="control"]')) t.replaceWith(t.content.cloneNode(true));
    const input = this.querySelector<HTMLInputElement>('input[type=range]');
    if (!input) return;
    input.addEventListener('input', () => this.#update(Number(input.value)));
  }

  #update(t: number) {
    const d = this.dataset;
    const intl = d.intl;
    const role = (r: string) => this.querySelector(`[data-role="${r}"]`);
    const a = fmr(t);
    const b = fnmr(t);
    const ts = formatScore(t, intl);
    const areas = errorAreas(t);
    const [x, y] = detXY(a, b);
    const line = role('line');
    line?.setAttribute('x1', String(scoreX(t)));
    line?.setAttribute('x2', String(scoreX(t)));
    role('fmr-area')?.setAttribute('d', areas.fmr);
    role('fnmr-area')?.setAttribute('d', areas.fnmr);
    role('dot')?.setAttribute('cx', String(x));
    role('dot')?.setAttribute('cy', String(y));
    const set = (el: Element | null, text: string) => { if (el) el.textContent = text; };
    set(this.querySelector('output'), ts);
    set(role('state'), fill(d.state, { t: ts, odds: formatShare(a, intl, JSON.parse(d.share!) as ShareWords), fmr: formatPercent(a, intl), fnmr: formatPercent(b, intl) }));
    set(role('scores'), fill(d.scores, { t: ts, g: d.g, i: d.i }));
    set(role('det'), fill(d.det, { t: ts }));
  }
}

if (!customElements.get('vp-threshold')) customElements.define('vp-threshold', VpThreshold);
