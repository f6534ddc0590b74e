/**
 * <vp-quiz>: checks answers, keeps a running score, starts again with the
 * options shuffled, and remembers progress in this browser. The server HTML
 * (Quiz.astro) is already a complete quiz: every control works and every
 * answer sits in a <details>; this element only adds behaviour.
 *
 * Why so little code: scoring, shuffling and the progress store are pure
 * modules (src/lib/quiz/), tested on their own; this file wires them to the
 * DOM. The right answer is read from each question's data-key, the labels
 * from the element's data-* attributes (rendered from the UI dictionary), so
 * no string is written here. Every lookup is scoped to the element.
 *
 * Keyboard: native radios, checkboxes, selects and buttons, nothing to drag;
 * Enter in a number field checks it. Feedback: a verdict under the question,
 * its details opened, and "verdict + score" in a polite live region. A
 * checked question is locked until "Start again". Motion: the only movement,
 * the scroll back to the top on "Start again", is instant when the reader
 * asks for reduced motion.
 *
 * Where progress goes: this browser's localStorage, unless a store was
 * handed to the element (its `store` property, set before it upgrades) — a
 * packaged chapter's SCORM bridge does that (vp-scorm.ts: resumed from and
 * saved to cmi.suspend_data) — and never localStorage with data-save="scorm".
 * A property rather than an imported registry: a shared module would be one
 * more chunk, and bytes, on every quiz page (tests/dist/budget-issue13).
 * A notice with no words (a label the page left out) is not shown.
 */
import { isComplete, score, type Answer, type Key, type Scored } from '../../lib/quiz/score';
import { seedOf, shuffle } from '../../lib/quiz/shuffle';
import { openStore, recordAnswer, startOver, type QuizProgress, type Store } from '../../lib/quiz/progress';

type Field = HTMLInputElement | HTMLSelectElement;

const fill = (text = '', vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
const make = (tag: string, className: string, text = '') => {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
};
/**
 * One number formatter for every quiz of the page, made on first use: the
 * first Intl.NumberFormat of a page loads the locale's data, tens of ms on a
 * phone (up to 200 ms seen in headless Chromium), once per page, not per quiz.
 */
let formatter: Intl.NumberFormat | undefined;
const numbers = () => (formatter ??= new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 2 }));
const fields = (q: HTMLElement) => [...q.querySelectorAll<Field>('input, select')];
const ids = (q: HTMLElement) => (q.dataset.key ?? '').split(' ');

/** The scoring key, rebuilt from data-key (and data-tol) of the server HTML. */
function keyOf(q: HTMLElement): Key {
  const { type, key = '' } = q.dataset;
  const list = ids(q).map((id) => ({ id }));
  return { type, answer: type === 'numeric' ? Number(key) : type === 'true-false' ? key === 'true' : key, answers: ids(q), items: list, pairs: list, tolerance: Number(q.dataset.tol ?? 0) } as Key;
}

/** The reader's answer, in the shape score() expects. */
function read(q: HTMLElement): Answer {
  const type = q.dataset.type;
  const all = fields(q);
  const on = all.filter((f) => (f as HTMLInputElement).checked).map((f) => f.value);
  if (type === 'multiple') return on;
  if (type === 'single') return on[0] ?? null;
  if (type === 'true-false') return on[0] ? on[0] === 'true' : null;
  if (type === 'numeric') return all[0]?.value ? Number(all[0].value) : null;
  return Object.fromEntries(all.filter((f) => f.value).map((f) => [f.dataset.item ?? f.name, type === 'ordering' ? Number(f.value) : f.value]));
}

/** Puts an answer back into the controls (null clears them). */
function write(q: HTMLElement, answer: Answer) {
  for (const f of fields(q)) {
    if (f instanceof HTMLInputElement && (f.type === 'radio' || f.type === 'checkbox')) f.checked = [answer].flat().map(String).includes(f.value);
    else if (f instanceof HTMLSelectElement) f.value = String((answer as Record<string, string> | null)?.[f.dataset.item ?? f.name] ?? '');
    else f.value = answer === null ? '' : String(answer);
  }
}

class VpQuiz extends HTMLElement {
  #store!: Store;
  #progress: QuizProgress | undefined;
  #attempt = 0;
  #memoryNoted = false;

  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    const d = this.dataset;
    // A store handed over before the upgrade (the SCORM bridge's), else this
    // browser's; in scorm mode never localStorage (a null storage throws: memory).
    this.#store = (this as { store?: Store }).store ?? openStore(() => (d.save === 'scorm' ? (null as never) : localStorage));
    if (this.#store.problem) this.#note(d.reset);
    const saved = this.#saves ? this.#store.progress.quizzes[d.chapter ?? ''] : undefined;
    if (saved) {
      this.#note(fill(d.last, { last: this.#fmt(saved.last), best: this.#fmt(saved.best), total: saved.total }));
      this.#attempt = Math.max(0, saved.attempts - 1);
      this.#order();
      this.#progress = { ...saved, answered: {} };
      for (const q of this.#questions) {
        const a = saved.answered[q.dataset.id ?? ''];
        if (a && isComplete(keyOf(q), a.answer)) {
          write(q, a.answer);
          this.#mark(q, a.answer);
        }
      }
    }
    if (this.#saves) this.#memory();
    // The server's score line counts every question, none answered: it is
    // rewritten only when this differs (restored answers, questions a module
    // leaves out), so a first visit creates no number formatter at all.
    if (saved || this.#questions.length !== this.querySelectorAll('.q').length) this.#tally();
    this.addEventListener('click', (e) => {
      const target = e.target as Element;
      const q = target.closest<HTMLElement>('.q');
      if (q && target.closest('.q-check')) this.#check(q);
      if (target.closest('.quiz-retry')) this.#retry();
    });
    this.addEventListener('keydown', (e) => {
      const target = e.target as HTMLInputElement;
      const q = target.closest<HTMLElement>('.q');
      if (e.key === 'Enter' && target.type === 'number' && q) {
        e.preventDefault();
        this.#check(q);
      }
    });
    this.setAttribute('data-ready', '');
    this.#changed();
  }

  /** The questions shown: a module page marks the others `hidden`. */
  get #questions() {
    return [...this.querySelectorAll<HTMLElement>('.q:not([hidden])')];
  }

  /** False on a module page (data-save="off"): nothing restored, nothing stored. */
  get #saves() {
    return this.dataset.save !== 'off';
  }

  #fmt(n: number) {
    return numbers().format(n);
  }

  #say(text = '') {
    const live = this.querySelector('.quiz-live');
    if (live) live.textContent = text;
  }

  #note(text = '') {
    if (text) this.prepend(make('p', 'notice', text));
  }

  /** Says once when progress cannot be saved (storage disabled or full). */
  #memory() {
    if (this.#store.persistent || this.#memoryNoted) return;
    this.#memoryNoted = true;
    this.#note(this.dataset.memory);
  }

  /** Scores an answer, shows the verdict and the answer, locks the question; returns the verdict's text. */
  #mark(q: HTMLElement, answer: Answer): string {
    const d = this.dataset;
    const result: Scored = score(keyOf(q), answer);
    const text = fill(d[result.verdict], { points: this.#fmt(result.points) });
    const verdict = q.querySelector<HTMLElement>('.q-verdict');
    if (verdict) {
      verdict.textContent = text;
      verdict.dataset.verdict = result.verdict;
    }
    q.classList.add('is-done');
    q.querySelector('.q-check')?.setAttribute('aria-disabled', 'true');
    for (const f of fields(q)) f.disabled = true;
    const details = q.querySelector('details');
    if (details) details.open = true;
    this.#progress = recordAnswer(this.#progress, q.dataset.id ?? '', { answer, points: result.points }, this.#questions.length);
    return text;
  }

  #check(q: HTMLElement) {
    if (q.classList.contains('is-done')) return;
    const answer = read(q);
    const verdict = q.querySelector<HTMLElement>('.q-verdict');
    if (!isComplete(keyOf(q), answer)) {
      if (verdict) verdict.textContent = this.dataset.incomplete ?? '';
      this.#say(this.dataset.incomplete);
      return;
    }
    const text = this.#mark(q, answer);
    this.#save();
    this.#say(`${text} ${this.#tally()}`);
  }

  #retry() {
    this.#progress = startOver(this.#progress, this.#questions.length);
    this.#attempt = this.#progress.attempts - 1;
    this.#save();
    for (const q of this.#questions) {
      write(q, null);
      for (const f of fields(q)) f.disabled = false;
      q.classList.remove('is-done');
      q.querySelector('.q-check')?.removeAttribute('aria-disabled');
      const verdict = q.querySelector<HTMLElement>('.q-verdict');
      if (verdict) verdict.textContent = '';
      const details = q.querySelector('details');
      if (details) details.open = false;
    }
    this.#order();
    this.#tally();
    this.#say(this.dataset.retried);
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    fields(this)[0]?.focus({ preventScroll: true });
  }

  #save() {
    if (this.#progress && this.#saves) this.#store.saveQuiz(this.dataset.chapter ?? '', this.#progress);
    if (this.#saves) this.#memory();
    this.#changed();
  }

  /** Tells listeners (result codes) the current attempt's answers. */
  #changed() {
    this.dispatchEvent(
      new CustomEvent('vp-quiz-change', {
        bubbles: true,
        detail: { chapter: this.dataset.chapter ?? '', answered: this.#progress?.answered ?? {}, total: this.#questions.length },
      }),
    );
  }

  /**
   * Puts options, items and right terms in this attempt's order: a seeded
   * shuffle of a fixed list (the right order, or the option ids sorted), so
   * attempt n looks the same after a reload, and attempt 0 is the server's.
   */
  #order() {
    for (const q of this.#questions) {
      const type = q.dataset.type;
      const mix = type === 'ordering' || type === 'matching';
      if (!mix && (type !== 'single' && type !== 'multiple' || !this.#attempt)) continue;
      const list = mix ? ids(q) : [...new Set([...q.querySelectorAll<HTMLElement>('[data-k]')].map((el) => el.dataset.k ?? ''))].sort();
      for (const id of shuffle(list, seedOf(`${q.dataset.id}/${this.#attempt}`), mix)) {
        for (const el of q.querySelectorAll(`[data-k="${id}"]`)) el.parentElement?.append(el);
      }
      // Matching options start with the letter of their place in the list: "A. …".
      if (type === 'matching') {
        for (const s of q.querySelectorAll('select')) [...s.options].slice(1).forEach((o, i) => (o.text = String.fromCharCode(65 + i) + o.text.slice(1)));
      }
    }
  }

  /** Shows the running score; returns its text. */
  #tally(): string {
    const answered = Object.values(this.#progress?.answered ?? {});
    const text = fill(this.dataset.score, {
      score: this.#fmt(answered.reduce((n, a) => n + a.points, 0)),
      done: answered.length,
      total: this.#questions.length,
    });
    const out = this.querySelector('.quiz-score');
    if (out) out.textContent = text;
    return text;
  }
}

if (!customElements.get('vp-quiz')) customElements.define('vp-quiz', VpQuiz);
