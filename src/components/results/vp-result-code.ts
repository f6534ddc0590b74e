/**
 * <vp-result-code>: the "Get my result code" button under a quiz (chapter
 * mode, data-chapter) or at the end of a module page (module mode: the page
 * sets data-selection = JSON {chapters, questions} and data-name). The
 * catalogue the code is made against is in data-catalogue; labels in data-*.
 *
 * Kept tiny because it ships with every quiz (it is bundled into the Quiz
 * script): it only listens to `vp-quiz-change`, clones its controls out of
 * the <template>, and starts result-worker.ts when asked; the encoder lives
 * in that worker. Listening starts when this module is evaluated, before
 * <vp-quiz> is defined (Quiz.astro imports this first), so the event each
 * quiz sends on connect is not missed; in chapter mode the saved progress is
 * read as well, in case it was.
 */
import { openStore } from '../../lib/quiz/progress';

type Answered = Record<string, unknown>;
const answered: Record<string, Answered> = {};
const fill = (text = '', vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

class VpResultCode extends HTMLElement {
  #shown = false;
  #worker?: Worker;

  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    const t = this.querySelector('template');
    if (t) this.append(t.content.cloneNode(true));
    document.addEventListener('vp-quiz-change', () => this.#shown && this.#make(false));
    this.addEventListener('click', (e) => {
      const act = (e.target as Element).closest<HTMLElement>('[data-act]')?.dataset.act;
      if (act === 'make') this.#make(true);
      if (act === 'copy') this.#copy();
    });
    this.setAttribute('data-ready', '');
  }

  #$(name: string) {
    return this.querySelector<HTMLElement>(`.rc-${name}`)!;
  }

  #make(announce: boolean) {
    const d = this.dataset;
    const chapter = d.chapter;
    let sel;
    try {
      sel = chapter ? { chapters: [chapter] } : JSON.parse(d.selection!);
    } catch {
      return this.#say(d.noModule);
    }
    const all = { ...answered };
    if (chapter && !all[chapter]) all[chapter] = openStore(() => localStorage).progress.quizzes[chapter]?.answered ?? {};
    this.#worker ??= new Worker(new URL('./result-worker.ts', import.meta.url));
    this.#worker.onmessage = ({ data }) => {
      if (!data.ok) return this.#say(d.error);
      const num = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });
      const summary = fill(d.summary, { done: data.done, total: data.total, score: num.format(data.score) });
      this.#$('code').textContent = data.code;
      this.#$('note').textContent = '';
      this.#$('summary').textContent = summary;
      this.#$('name').textContent = d.name ?? '';
      this.#$('out').hidden = false;
      this.#$('make').textContent = d.again ?? '';
      this.#shown = true;
      if (announce) this.#say(fill(d.announce, { summary }));
    };
    this.#worker.postMessage({ cat: d.catalogue, sel, answered: all });
  }

  async #copy() {
    const code = this.#$('code');
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      this.#say(this.dataset.copied, true);
    } catch {
      getSelection()?.selectAllChildren(code);
      this.#say(this.dataset.manual, true);
    }
  }

  /** Says `text` to screen readers (the live region is visually hidden) and, if `shown`, beside the Copy button. */
  #say(text = '', shown = false) {
    this.#$('live').textContent = text;
    this.#$('note').textContent = shown ? text : '';
  }
}

document.addEventListener('vp-quiz-change', (e) => {
  const d = (e as CustomEvent<{ chapter: string; answered: Answered }>).detail;
  answered[d.chapter] = d.answered;
});
if (!customElements.get('vp-result-code')) customElements.define('vp-result-code', VpResultCode);
