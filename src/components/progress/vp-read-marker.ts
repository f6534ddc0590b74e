/**
 * <vp-read-marker data-chapter="gdpr">: sits after a chapter's sources and
 * notes, for the progress page, that the reader
 *   - is in this chapter (on arrival, keeping the section they were last at),
 *   - reached its end (an IntersectionObserver on the marker itself), and
 *   - is past heading `section`: the last h2 of the article whose top is
 *     above a third of the viewport, checked at most once a second while
 *     scrolling, so "resume" can link to chapter#section.
 * It shows nothing. Without JavaScript it does nothing. When storage fails
 * nothing is kept; the page reads on. Size matters here (a chapter page's
 * budget): no validator, no strings, one pure helper (progress-mark.ts).
 */
import { mark } from '../../lib/quiz/progress-mark';

const KEY = 'vp-progress';

class ReadMarker extends HTMLElement {
  connectedCallback() {
    const chapter = this.dataset.chapter!;
    // Storage may be disabled or full: then nothing is kept, and nothing breaks.
    const save = (section?: string | null, read?: boolean) => {
      try {
        const next = mark(localStorage.getItem(KEY), chapter, section, read);
        if (next) localStorage.setItem(KEY, next);
      } catch {}
    };
    save();
    const io = new IntersectionObserver(([entry]) => {
      if (entry?.isIntersecting) {
        io.disconnect();
        save(undefined, true);
      }
    });
    io.observe(this);
    const headings = this.closest('article')?.querySelectorAll('h2[id]') ?? [];
    let saved: string | null = null;
    let timer = 0;
    addEventListener('scroll', () => {
      timer ||= window.setTimeout(() => {
        timer = 0;
        let section: string | null = null;
        for (const h of headings) if (h.getBoundingClientRect().top < innerHeight / 3) section = h.id;
        if (section !== saved) save((saved = section));
      }, 1000);
    }, { passive: true });
  }
}

customElements.define('vp-read-marker', ReadMarker);
