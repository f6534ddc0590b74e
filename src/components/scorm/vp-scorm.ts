/**
 * <vp-scorm>: wraps a packaged chapter (the SCORM launch page) and reports
 * the student's quiz to the LMS that launched it. Outside an LMS it does
 * nothing: the page is an ordinary chapter.
 *
 * First cut: the element is defined, so that the launch page can import it
 * before the quiz's script; the bridge to the LMS comes next.
 */
class VpScorm extends HTMLElement {
  connectedCallback() {
    if (this.hasAttribute('data-ready')) return;
    this.setAttribute('data-ready', '');
  }
}

if (!customElements.get('vp-scorm')) customElements.define('vp-scorm', VpScorm);
