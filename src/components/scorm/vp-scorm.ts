/**
 * <vp-scorm>: wraps a packaged chapter (the SCORM launch page, built by
 * src/pages/[lang]/scorm/) and reports its quiz to the LMS that launched it;
 * with data-module, a packaged module (src/lib/scorm/module-package.ts): its
 * quizzes, one per chapter, as one SCO, one score over all their questions.
 * The logic is in src/lib/scorm/bridge.ts (pure, tested against scorm-again);
 * this file only wires it to the page:
 *
 * - on connect: finds the LMS's API (window, parents, opener: runtime.ts),
 *   starts the session, and hands the quiz its store (the element's `store`
 *   property), resumed from cmi.suspend_data, so that <vp-quiz> finds the
 *   answers the student checked. That is why the launch page imports this
 *   script BEFORE the quiz's: the store must be there when <vp-quiz> upgrades.
 * - the questions (id, type, right answer, authored option / item / pair ids)
 *   are read from the quiz's server HTML, the same attributes <vp-quiz>
 *   scores from, so the two cannot disagree: data-type and data-key of each
 *   shown question, the [data-k] order of single / multiple options (the
 *   authored order: nothing has shuffled them yet), data-key for the
 *   authored order of ordering items and matching pairs.
 * - each vp-quiz-change goes to the bridge; pagehide finishes the session.
 * - a status line (polite live region) says where the score goes: to the
 *   LMS, or nowhere (the page opened on its own: it then works as an
 *   ordinary chapter whose answers last for the visit). Its words come from
 *   data-lms (src/i18n/<lang>/lms.json, rendered by the launch page); the
 *   line is the page's `.scorm-status` if it has one, else one made here,
 *   just before the quiz (or at the end, for a chapter without a quiz).
 */
import { scormBridge, type Bridge, type BridgeQuestion, type QuizChange } from '../../lib/scorm/bridge';
import { findApi, scormSession, type WindowLike } from '../../lib/scorm/runtime';
import type { QuestionType } from '../../schemas/quiz';

/** A shown question, read from the quiz's server HTML. */
function questionOf(q: HTMLElement): BridgeQuestion {
  const type = (q.dataset.type ?? 'single') as QuestionType;
  const key = q.dataset.key ?? '';
  const ids =
    type === 'single' || type === 'multiple'
      ? [...new Set([...q.querySelectorAll<HTMLElement>('li[data-k]')].map((li) => li.dataset.k ?? ''))]
      : type === 'ordering' || type === 'matching'
        ? key.split(' ')
        : undefined;
  return { id: q.dataset.id ?? '', type, key, ...(ids ? { ids } : {}) };
}

class VpScorm extends HTMLElement {
  #bridge!: Bridge;
  #words: Record<string, string> = {};
  #line: HTMLElement | null = null;
  #shown = '';

  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    this.setAttribute('data-ready', '');
    try {
      this.#words = JSON.parse(this.dataset.lms ?? '{}') as Record<string, string>;
    } catch {
      this.#words = {};
    }
    // A chapter's package has one quiz; a module's (data-module) one per chapter, reported as one SCO.
    const quizzes = [...this.querySelectorAll<HTMLElement>('vp-quiz')];
    const quiz = quizzes[0];
    const shown = (z: HTMLElement) => [...z.querySelectorAll<HTMLElement>('.q:not([hidden])')].map(questionOf);
    const mastery = this.dataset.mastery ? Number(this.dataset.mastery) : Number.NaN;
    const pass = Number.isFinite(mastery) ? mastery : null;
    this.#bridge = scormBridge(
      scormSession(findApi(window as unknown as WindowLike)),
      this.hasAttribute('data-module')
        ? { quizzes: quizzes.map((z) => ({ chapter: z.dataset.chapter ?? '', questions: shown(z) })), mastery: pass }
        : { chapter: this.dataset.chapter ?? quiz?.dataset.chapter ?? '', questions: quiz ? shown(quiz) : [], mastery: pass },
    );
    this.#bridge.start();
    for (const z of quizzes) {
      // handed over before <vp-quiz> upgrades (its script comes after this one);
      // and no "last time in this browser" note: the status line says where answers went
      (z as HTMLElement & { store?: unknown }).store = this.#bridge.store;
      delete z.dataset.last;
    }
    this.addEventListener('vp-quiz-change', (e) => {
      this.#bridge.change((e as CustomEvent<QuizChange>).detail);
      this.#status();
    });
    addEventListener('pagehide', () => this.#bridge.end());
    this.#line = this.querySelector('.scorm-status');
    // a chapter without a quiz, opened on its own, has nothing to say
    if (!this.#line && this.#words['status.recording'] && (quiz || this.#bridge.state !== 'standalone')) {
      this.#line = document.createElement('p');
      this.#line.className = 'notice scorm-status';
      this.#line.setAttribute('role', 'status');
      if (quiz) quiz.before(this.#line);
      else this.append(this.#line);
    }
    // a frame later, so that the live region exists before its text arrives and is announced
    requestAnimationFrame(() => this.#status());
  }

  /** The status line's text for the bridge's state; written only when it changes. */
  #status() {
    const b = this.#bridge;
    const key = b.state === 'recording' && b.resumed ? 'resumed' : b.state;
    if (!this.#line || key === this.#shown) return;
    this.#shown = key;
    this.#line.textContent = this.#words[`status.${key}`] ?? '';
  }
}

if (!customElements.get('vp-scorm')) customElements.define('vp-scorm', VpScorm);
