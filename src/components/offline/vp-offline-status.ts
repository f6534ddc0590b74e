/**
 * <vp-offline-status>: says whether this browser holds the offline copy.
 *
 * Without JavaScript there is no service worker either, so the status line
 * is hidden then (class js-only): nothing shows that could not be true. It
 * is in the server HTML ("checking…"), as tall as its longest message (the
 * unseen .offline-sizer lines), so nothing moves as this element fills it
 * from data-* labels. The copy is
 * complete when the worker's manifest (data-key, written last by sw.js's
 * install) is in a cache; until then the line waits for the worker to be
 * ready and checks again.
 */
class VpOfflineStatus extends HTMLElement {
  connectedCallback() {
    const line = this.querySelector<HTMLElement>('[role="status"]');
    if (!line) return;
    const say = (state: string) => { line.textContent = this.dataset[state] ?? ''; line.dataset.state = state; };
    const key = this.dataset.key ?? '';
    let sw: ServiceWorkerContainer | undefined;
    try { sw = navigator.serviceWorker; } catch { /* blocked storage: unsupported */ }
    if (!sw || !('caches' in self)) return say('unsupported');
    say('checking');
    const check = () => caches.match(key).then((r) => { say(r ? 'ready' : 'pending'); return !!r; }, () => { say('unsupported'); return true; });
    void check().then((done) => { if (!done) void sw.ready.then(() => setTimeout(check, 500)); });
  }
}

if (!customElements.get('vp-offline-status')) customElements.define('vp-offline-status', VpOfflineStatus);
