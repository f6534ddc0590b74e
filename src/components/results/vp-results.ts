/**
 * <vp-results>: reads a class's result codes in the browser and shows the
 * lines not counted, a summary, a table per question and a bar chart of the
 * share of right answers. Nothing leaves the page: no request, no storage.
 *
 * The reading and the figures are pure (aggregate() in result-code.ts,
 * src/lib/results/report.ts); this file only builds elements. Every text is
 * set with textContent (a pasted line is shown as text, never as HTML), and
 * the chart is an SVG drawn with attributes and classes, no inline style
 * (CSP). Strings, the catalogue, the prompts and the date's Intl tag and
 * first-day word (data-day: « 1er ») come from data-* attributes.
 */
import type { ChartGeometry, Problem, Row, Summary } from '../../lib/results/report';
import type { ModuleProblem } from '../../lib/share/module-state';
import type { ResultStrings } from './strings';
import { dayWords, type DayWords } from '../../lib/day-words';

interface Report {
  problems: Problem[];
  summary: Summary;
  rows: Row[];
  chart: ChartGeometry;
  moduleName?: string;
  moduleProblem?: ModuleProblem;
}
type Kid = Node | string;
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m));
function h(tag: string, attrs: Record<string, string> = {}, ...kids: Kid[]) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...kids);
  return el;
}
const SVG = 'http://www.w3.org/2000/svg';
function s(tag: string, attrs: Record<string, string | number>, text?: string) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

interface Meta {
  chapters: Record<string, { n: number; title: string }>;
  prompts: Record<string, string[]>;
}

class VpResults extends HTMLElement {
  #worker?: Worker;
  #meta!: Meta;
  #t!: ResultStrings;

  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    this.#meta = JSON.parse(this.dataset.meta ?? '{}');
    this.#t = JSON.parse(this.dataset.strings ?? '{}');
    const t = this.querySelector('template');
    if (t) this.append(t.content.cloneNode(true));
    this.addEventListener('click', (e) => {
      if ((e.target as Element).closest('[data-act="read"]')) this.#read();
    });
    this.setAttribute('data-ready', '');
  }

  #read() {
    this.#worker ??= new Worker(new URL('./results-worker.ts', import.meta.url));
    this.#worker.onmessage = ({ data }: MessageEvent<Report>) => this.#show(data);
    this.#worker.onerror = () => {
      const status = this.querySelector('.results-status');
      if (status) status.textContent = this.#t.readError;
    };
    this.#worker.postMessage({
      cat: this.dataset.catalogue,
      text: this.querySelector<HTMLTextAreaElement>('#results-codes')?.value ?? '',
      link: this.querySelector<HTMLInputElement>('#results-module')?.value ?? '',
    });
  }

  #show({ problems: bad, summary: sum, rows, chart, moduleName, moduleProblem }: Report) {
    const t = this.#t;
    const lang = this.dataset.lang ?? 'en';
    const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const { tag = lang, firstDay = '1' }: Partial<DayWords> = JSON.parse(this.dataset.day ?? '{}');
    // A code's date is a UTC day: « 1er mars 2026 », as the server writes dates.
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    const day = (iso: string) => dayWords(date, new Date(`${iso}T00:00:00Z`), firstDay);
    const out = this.querySelector('.results-out')!;
    const parts: Node[] = [];
    if (moduleName) parts.push(h('p', {}, fill(t.moduleUsed, { name: '' }), h('bdi', {}, moduleName)));
    if (moduleProblem) parts.push(h('p', { class: 'notice' }, fill(t.moduleBad, { reason: t.moduleReasons[moduleProblem] })));
    // (a) Lines not counted.
    parts.push(h('h2', {}, t.problemsTitle));
    if (!bad.length) parts.push(h('p', {}, t.problemsNone));
    else {
      parts.push(h('p', {}, fill(t.problemsSome, { n: bad.length })));
      parts.push(
        h('ul', { class: 'results-problems' }, ...bad.map((p) =>
          h('li', {}, h('strong', {}, fill(t.problemLine, { line: p.line })), ' ', h('code', { translate: 'no' }, p.text.length > 80 ? `${p.text.slice(0, 77)}…` : p.text), ` — ${fill(t.reasons[p.reason], { of: p.of ?? '' })}`),
        )),
      );
    }
    // (b) Summary.
    parts.push(h('h2', {}, t.summaryTitle));
    const summary = sum.count
      ? [fill(t.count, { n: sum.count }), fill(t.mean, { mean: num.format(sum.mean), total: sum.total }), fill(t.dates, { from: day(sum.from!), to: day(sum.to!) })]
      : [t.summaryNone];
    parts.push(h('ul', { class: 'results-summary' }, ...summary.map((x) => h('li', {}, x))));
    if (sum.count) {
      // (c) Table per question.
      parts.push(h('h2', {}, t.tableTitle), this.#table(rows, num));
      // (d) Chart.
      parts.push(h('h2', {}, t.chartTitle), this.#chart(chart, rows.length, num), h('p', { class: 'hint' }, t.chartNote));
    }
    out.replaceChildren(...parts);
    const status = this.querySelector('.results-status');
    if (status) status.textContent = [fill(t.count, { n: sum.count }), bad.length ? fill(t.problemsSome, { n: bad.length }) : t.problemsNone].join(' · ');
  }

  #label(r: Row) {
    return `${this.#meta.chapters[r.chapter]?.n ?? ''}.${r.number}`;
  }

  /** One <tbody> per chapter, headed by the chapter's number and title; one row per question. */
  #table(rows: Row[], num: Intl.NumberFormat) {
    const t = this.#t;
    const cols = [t.colRight, t.colPartial, t.colWrong, t.colUnanswered, t.colPercent];
    const groups = [...new Set(rows.map((r) => r.chapter))].map((chapter) => {
      const ch = this.#meta.chapters[chapter];
      return h(
        'tbody',
        {},
        h('tr', {}, h('th', { scope: 'rowgroup', colspan: '6' }, ch ? `${t.colChapter} ${ch.n}. ${ch.title}` : chapter)),
        ...rows
          .filter((r) => r.chapter === chapter)
          .map((r) =>
            h(
              'tr',
              { 'data-question': `${r.chapter}/${r.id}` },
              h('th', { scope: 'row' }, `${fill(t.questionShort, { n: r.number })} — ${this.#meta.prompts[r.chapter]?.[r.number - 1] ?? r.id}`),
              ...[r.right, r.partial, r.wrong, r.unanswered, num.format(r.percent)].map((v) => h('td', { class: 'num' }, String(v))),
            ),
          ),
      );
    });
    return h(
      'div',
      { class: 'table-wrap' },
      h('table', {}, h('caption', {}, t.tableCaption), h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.colQuestion), ...cols.map((c) => h('th', { scope: 'col', class: 'num' }, c)))), ...groups),
    );
  }

  #chart(g: ChartGeometry, n: number, num: Intl.NumberFormat) {
    const svg = s('svg', { class: 'results-chart', viewBox: `0 0 ${g.width} ${g.height}`, role: 'img', 'aria-label': fill(this.#t.chartLabel, { n }) });
    for (const tick of g.ticks) {
      svg.append(s('line', { class: 'grid', x1: tick.x, x2: tick.x, y1: 16, y2: g.height }), s('text', { class: 'tick', x: tick.x, y: 12, 'text-anchor': 'middle' }, `${tick.value} %`));
    }
    for (const b of g.bars) {
      const mid = b.y + g.bar / 2;
      svg.append(
        s('text', { x: g.x0 - 8, y: mid, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, `${fill(this.#t.questionShort, { n: this.#label(b.row) })}`),
        s('rect', { class: 'track', x: g.x0, y: b.y, width: g.span, height: g.bar }),
        s('rect', { class: 'bar', x: g.x0, y: b.y, width: b.width, height: g.bar }),
        s('text', { x: g.x0 + g.span + 8, y: mid, 'dominant-baseline': 'middle' }, `${num.format(b.percent)} %`),
      );
    }
    return svg;
  }
}

if (!customElements.get('vp-results')) customElements.define('vp-results', VpResults);
