/**
 * The face lab's 1:N search, off the main thread (issue 15): draws the
 * synthetic gallery around the reader's template (src/lib/facelab/gallery.ts,
 * seeded by the template's own bytes) and searches it brute force
 * (src/lib/facelab/search.ts), the same modules the no-JavaScript
 * walkthrough runs at build time. The gallery stays here, in the worker's
 * memory, so that moving the threshold searches again without drawing it
 * again; the lab terminates the worker on Forget, which frees it.
 *
 *   → { type: 'build', probe: Float32Array(128), n: 100000, threshold: 0.6, k: 10 }
 *   ← { type: 'progress', done: 25000, n: 100000 } …
 *   ← { type: 'result', top: [{ index, distance }…], under, compared, seed, drawMs, searchMs }
 *   → { type: 'search', threshold: 0.55 }
 *   ← { type: 'result', …, drawMs: null }
 *
 * Nothing here touches the network or any storage.
 */
import { fillGallery, probeSeed } from '../../lib/facelab/gallery';
import { searchGallery, TEMPLATE_DIM } from '../../lib/facelab/search';

export type GalleryRequest =
  | { type: 'build'; probe: Float32Array; n: number; threshold: number; k: number }
  | { type: 'search'; threshold: number };

export type GalleryReply =
  | { type: 'progress'; done: number; n: number }
  | { type: 'result'; top: { index: number; distance: number }[]; under: number; compared: number; seed: number; drawMs: number | null; searchMs: number }
  | { type: 'error'; message: string };

let probe: Float32Array | null = null;
let gallery: Float32Array | null = null;
let seed = 0;
let k = 10;

const post = (m: GalleryReply) => (self as unknown as Worker).postMessage(m);

function search(threshold: number, drawMs: number | null) {
  if (!probe || !gallery) throw new Error('no gallery yet');
  const t = performance.now();
  const r = searchGallery(probe, gallery, { k, threshold });
  post({ type: 'result', top: r.top, under: r.under, compared: r.compared, seed, drawMs, searchMs: performance.now() - t });
}

self.addEventListener('message', (event: MessageEvent<GalleryRequest>) => {
  const m = event.data;
  try {
    if (m.type === 'build') {
      probe = Float32Array.from(m.probe);
      k = m.k;
      seed = probeSeed(probe);
      const t = performance.now();
      gallery = new Float32Array(m.n * TEMPLATE_DIM);
      const slice = 25_000;
      for (let from = 0; from < m.n; from += slice) {
        const count = Math.min(slice, m.n - from);
        fillGallery(probe, gallery, from, count, { seed });
        post({ type: 'progress', done: from + count, n: m.n });
      }
      search(m.threshold, performance.now() - t);
    } else if (m.type === 'search') {
      search(m.threshold, null);
    }
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
