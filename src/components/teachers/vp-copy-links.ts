/**
 * <vp-copy-links>: a "Copy link" button beside every share address
 * (`<code data-copy="Chapter 2 quiz">https://…</code>`) inside it.
 *
 * Without JavaScript the addresses are plain selectable text and no button
 * exists (it waits in a <template>), so nothing on the page is dead. The
 * button's visible words come from the template; the address it copies is
 * named for screen readers from `data-copy`; the outcome is said in the
 * element's own status region (`data-copied`, `data-failed`). When the
 * clipboard refuses, the address is selected so Ctrl+C still works.
 */
class VpCopyLinks extends HTMLElement {
  connectedCallback() {
    const tpl = this.querySelector('template');
    const status = this.querySelector('[role="status"]');
    if (!tpl || this.dataset.ready) return;
    this.dataset.ready = '';
    for (const code of this.querySelectorAll<HTMLElement>('code[data-copy]')) {
      const button = (tpl.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLButtonElement;
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` (${code.dataset.copy})`;
      button.append(hidden);
      button.addEventListener('click', async () => {
        let said = this.dataset.copied;
        try {
          await navigator.clipboard.writeText(code.textContent ?? '');
        } catch {
          const range = document.createRange();
          range.selectNodeContents(code);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          said = this.dataset.failed;
        }
        button.dataset.done = said === this.dataset.copied ? 'ok' : 'no';
        setTimeout(() => delete button.dataset.done, 2500);
        // Cleared first, so saying the same words twice is still announced.
        if (status) {
          status.textContent = '';
          requestAnimationFrame(() => (status.textContent = `${said ?? ''} ${code.textContent ?? ''}`.trim()));
        }
      });
      code.after(button);
    }
  }
}

if (!customElements.get('vp-copy-links')) customElements.define('vp-copy-links', VpCopyLinks);
