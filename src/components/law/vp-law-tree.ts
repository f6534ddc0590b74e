/**
 * <vp-law-tree>: turns the nested lists of LawTree.astro into a stepper —
 * one question at a time, Yes/No buttons, the path of answers so far, Back
 * and Start over, and the outcome card at the end.
 *
 * Why it reads the DOM instead of importing the tree: the server HTML
 * already holds every question, answer and outcome in the reader's language,
 * so shipping the trees again as JavaScript would only add bytes (both
 * languages, all notes) and a second copy that could drift. The walk itself
 * is the one tested in src/lib/law-trees/traverse.ts: an answer's next node
 * is the list item nested under it, or the question its link points to.
 *
 * Focus goes to the new question's heading (tabindex=-1) so keyboard and
 * screen-reader users land on what changed; a polite live region repeats
 * the answer and the new step. Nothing animates unless the reader allows
 * motion (law-tree.css).
 */
export {}; // a module, not a script: its names stay its own

const fill = (s = '', v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

class VpLawTree extends HTMLElement {
  /** Question (or outcome) list items visited, from the first question to the current step. */
  #steps: HTMLElement[] = [];
  /** The label of the answer given at each step but the last. */
  #answers: string[] = [];

  connectedCallback() {
    const tpl = this.querySelector<HTMLTemplateElement>('template[data-role="stepper"]');
    const first = this.querySelector<HTMLElement>('.lt-tree > li[data-node]');
    if (!tpl || !first) return;
    tpl.replaceWith(tpl.content.cloneNode(true));
    this.querySelector('details[data-role="all"]')?.removeAttribute('open');
    this.#steps = [first];
    this.#part('back')?.addEventListener('click', () => this.#go(-1));
    this.#part('restart')?.addEventListener('click', () => this.#go(0));
    this.#render();
  }

  #part(act: string) {
    return this.querySelector<HTMLButtonElement>(`[data-act="${act}"]`);
  }

  /** Back one step (-1) or to the first question (0). */
  #go(to: number) {
    const keep = to < 0 ? this.#steps.length - 1 : 1;
    this.#steps.length = Math.max(1, keep);
    this.#answers.length = this.#steps.length - 1;
    this.#render(true, '');
  }

  #answer(label: string, next: HTMLElement) {
    this.#answers.push(label);
    this.#steps.push(next);
    this.#render(true, label);
  }

  #render(focus = false, said?: string) {
    const d = this.dataset;
    const node = this.#steps[this.#steps.length - 1]!;
    const step = this.querySelector('[data-role="step"]');
    const path = this.querySelector('[data-role="path"]');
    if (!step || !path) return;
    const h = document.createElement('h4');
    h.tabIndex = -1;
    h.className = 'lt-step-h';
    let spoken: string;
    if (node.hasAttribute('data-outcome')) {
      const card = node.querySelector('[data-role="card"]')!.cloneNode(true) as HTMLElement;
      const title = card.querySelector('[data-role="title"]');
      h.textContent = text(title);
      title?.remove();
      card.prepend(h);
      step.replaceChildren(card);
      spoken = fill(d.result, { title: h.textContent });
    } else {
      const set = document.createElement('fieldset');
      set.className = 'lt-set';
      const legend = document.createElement('legend');
      const num = document.createElement('span');
      num.className = 'lt-num';
      num.textContent = fill(d.question, { n: node.dataset.n ?? '' });
      const q = text(node.querySelector('[data-role="text"]'));
      h.append(num, ' ', q);
      legend.append(h);
      const help = document.createElement('p');
      help.className = 'lt-help';
      help.textContent = text(node.querySelector('[data-role="help"]'));
      const choices = document.createElement('div');
      choices.className = 'lt-choices';
      const lis = [...node.querySelectorAll<HTMLElement>(':scope > .lt-answers > li')];
      // The lists put the way on last; the buttons keep the tree's order (Yes, No).
      lis.sort((a, b) => Number(a.dataset.i) - Number(b.dataset.i));
      for (const li of lis) {
        const label = text(li.querySelector('[data-role="label"]'));
        const ref = li.querySelector<HTMLElement>(':scope > [data-ref]')?.dataset.ref;
        const next = ref ? this.querySelector<HTMLElement>(`li[data-node="${ref}"]`) : li.querySelector<HTMLElement>(':scope > ul > li[data-node]');
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'lt-btn';
        b.textContent = label;
        if (next) b.addEventListener('click', () => this.#answer(label, next));
        choices.append(b);
      }
      set.append(legend, help, choices);
      step.replaceChildren(set);
      spoken = `${num.textContent}. ${q}`;
    }
    path.replaceChildren(...this.#answers.map((a, i) => {
      const li = document.createElement('li');
      const b = document.createElement('strong');
      b.textContent = a;
      li.append(`${this.#steps[i]!.dataset.short ?? ''} `, b);
      return li;
    }));
    path.toggleAttribute('hidden', this.#answers.length === 0);
    for (const act of ['back', 'restart']) this.#part(act)?.toggleAttribute('hidden', this.#steps.length === 1);
    if (focus) h.focus();
    const live = this.querySelector('[data-role="live"]');
    if (live && said !== undefined) live.textContent = said ? fill(d.live, { answer: said, step: spoken }) : spoken;
  }
}

if (!customElements.get('vp-law-tree')) customElements.define('vp-law-tree', VpLawTree);
