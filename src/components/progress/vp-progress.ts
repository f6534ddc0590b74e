/**
 * <vp-progress>: fills the progress page's table and totals from this
 * browser's stored progress, and adds what needs a script (cloned from
 * <template>s, so nothing dead shows without one): the resume link, export,
 * import (checked by importProgress, shown, then confirmed: it REPLACES the
 * stored record; a refused file changes nothing) and print.
 *
 * Strings arrive as JSON in data-t (the page's language only), the date's
 * Intl tag and first-day word (« 1er ») in data-day, chapter ids in data-chapters, each row's title, link and section names in data-*.
 * It also follows changes made in another tab (the `storage` event).
 */
import { PROGRESS_KEY, openStore, parseProgress, type Progress } from '../../lib/quiz/progress';
import { exportFileName, exportProgress, importProgress, lastActivity, totals } from '../../lib/quiz/progress-file';
import { dayWords, type DayWords } from '../../lib/day-words';
// Type only (erased from the bundle): the words themselves arrive in data-t.
import type progressWords from '../../i18n/en/progress.json';

type ClientStrings = typeof progressWords.client;

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

class ProgressView extends HTMLElement {
  #t!: ClientStrings;
  #ids: string[] = [];
  #progress!: Progress;
  #persistent = true;
  #num!: Intl.NumberFormat;
  #date!: (d: Date | number) => string;
  #short!: (d: Date | number) => string;
  #pending: Progress | undefined;

  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    this.#t = JSON.parse(this.dataset.t ?? '{}');
    this.#ids = JSON.parse(this.dataset.chapters ?? '[]');
    // The page's Intl tag also formats numbers (fr-FR and fr agree on them).
    const { tag, firstDay }: DayWords = JSON.parse(this.dataset.day ?? '{}');
    this.#num = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    // The reader's own days (local time): « le 1er décembre 2026 », as the server writes dates.
    const day = (dateStyle: 'long' | 'medium') => {
      const f = new Intl.DateTimeFormat(tag, { dateStyle });
      return (d: Date | number) => dayWords(f, d, firstDay);
    };
    this.#date = day('long');
    this.#short = day('medium');
    const store = openStore(() => localStorage);
    this.#progress = store.progress;
    this.#persistent = store.persistent;
    const state = this.#q('[data-state]');
    if (store.problem) state.textContent = this.#t.reset;
    else if (!store.persistent) state.textContent = this.#t.memory;

    const tools = this.#clone('[data-tools]');
    this.#q('.progress-about').before(tools);
    this.#q('[data-export]').addEventListener('click', () => this.#export());
    const input = this.#q<HTMLInputElement>('[data-import]');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void file.text().then((text) => this.#check(text), () => this.#check(''));
    });
    this.#q('[data-replace]').addEventListener('click', () => this.#apply());
    this.#q('[data-cancel]').addEventListener('click', () => {
      this.#hideConfirm();
      state.textContent = this.#t.cancelled;
      input.focus();
    });
    this.#q('[data-print]').addEventListener('click', () => print());
    this.#q('[data-printed]').textContent = fill(this.#t.printed, { date: this.#date(new Date()) });
    addEventListener('storage', (e) => {
      if (e.key !== PROGRESS_KEY && e.key !== null) return;
      this.#progress = parseProgress(e.newValue).progress;
      this.#render();
    });
    this.#render();
    this.setAttribute('data-ready', '');
  }

  #q<T extends HTMLElement = HTMLElement>(sel: string): T {
    return this.querySelector(sel) as T;
  }

  #clone(sel: string): DocumentFragment {
    return this.#q<HTMLTemplateElement>(`template${sel}`).content.cloneNode(true) as DocumentFragment;
  }

  #render() {
    const p = this.#progress;
    const t = this.#t;
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
      const id = row.dataset.chapter ?? '';
      const cell = (col: string) => row.querySelector(`[data-col="${col}"]`) as HTMLElement;
      const quiz = p.quizzes[id];
      const when = lastActivity(p, id);
      cell('read').textContent = p.read.includes(id) ? t.yes : t.no;
      if (row.dataset.questions) cell('quiz').textContent = quiz ? fill(t.score, { score: this.#num.format(quiz.best), total: quiz.total }) : t.none;
      cell('attempts').textContent = quiz ? String(quiz.attempts) : t.none;
      cell('activity').textContent = when ? this.#short(new Date(when)) : t.none;
    }
    const sum = totals(p, this.#ids);
    const total = (k: string, v: string) => (this.#q(`[data-total="${k}"]`).textContent = v);
    total('read', fill(t.of, { n: sum.read, total: this.#ids.length }));
    total('quizzes', fill(t.of, { n: sum.quizzes, total: this.querySelectorAll('tr[data-questions]:not([data-questions=""])').length }));
    total('points', fill(t.score, { score: this.#num.format(sum.points), total: sum.possible }));
    this.#resume();
  }

  /** The resume link, shown once a place is known (and only for a chapter on this page). */
  #resume() {
    this.querySelector('.progress-resume')?.remove();
    const last = this.#progress.last;
    const row = last && this.querySelector<HTMLTableRowElement>(`tr[data-chapter="${CSS.escape(last.chapter)}"]`);
    if (!last || !row) return;
    const frag = this.#clone('[data-resume]');
    const a = frag.querySelector('a') as HTMLAnchorElement;
    const sections = JSON.parse(row.dataset.sections ?? '{}') as Record<string, string>;
    const url = new URL(row.dataset.href ?? '', location.href);
    if (last.section) url.hash = last.section;
    a.href = url.pathname + url.hash;
    const title = row.dataset.title ?? '';
    const name = last.section ? sections[last.section] : undefined;
    (frag.querySelector('span') as HTMLElement).textContent = name ? fill(this.#t.resumeSection, { chapter: title, section: name }) : title;
    this.#q('.table-wrap').before(frag);
  }

  #export() {
    const now = new Date();
    const file = exportFileName(now);
    const blob = new Blob([JSON.stringify(exportProgress(this.#progress, now), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    this.#q('[data-state]').textContent = fill(this.#t.exported, { file });
  }

  #check(text: string) {
    const refused = this.#q('[data-refused]');
    refused.textContent = '';
    this.#q('[data-state]').textContent = '';
    const result = importProgress(text, this.#ids);
    if (!result.ok) {
      this.#hideConfirm();
      refused.textContent = fill(this.#t.refused[result.reason], { id: result.detail ?? '' });
      return;
    }
    this.#pending = result.progress;
    const incoming = totals(result.progress, this.#ids);
    const current = totals(this.#progress, this.#ids);
    const empty = !incoming.read && !incoming.quizzes && !result.progress.last;
    const summary = this.#q('[data-summary]');
    summary.textContent = fill(empty ? this.#t.summaryEmpty : this.#t.summary, {
      date: this.#date(new Date(result.exported)),
      read: incoming.read,
      chapters: this.#ids.length,
      quizzes: incoming.quizzes,
      points: this.#num.format(incoming.points),
      possible: incoming.possible,
      current: current.read,
      currentQuizzes: current.quizzes,
    });
    this.#q('[data-confirm]').hidden = false;
    summary.focus();
  }

  #hideConfirm() {
    this.#pending = undefined;
    this.#q('[data-confirm]').hidden = true;
  }

  #apply() {
    const next = this.#pending;
    if (!next) return;
    let saved = this.#persistent;
    if (saved) {
      try {
        localStorage.setItem(PROGRESS_KEY, JSON.stringify(next));
      } catch {
        saved = this.#persistent = false;
      }
    }
    this.#progress = next;
    this.#hideConfirm();
    this.#render();
    const state = this.#q('[data-state]');
    state.textContent = saved ? this.#t.replaced : this.#t.replacedMemory;
    state.setAttribute('tabindex', '-1');
    state.focus();
  }
}

if (!customElements.get('vp-progress')) customElements.define('vp-progress', ProgressView);
