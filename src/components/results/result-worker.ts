/**
 * Makes a result code off the main thread, on demand: <vp-result-code>
 * starts this worker only when the student asks for a code, so the encoder
 * (result-code.ts and the modules it needs, ~2 KB gzip) never weighs on the
 * quiz or chapter page's load. A worker, not `import()`: Vite would wrap a
 * dynamic import in its preload helper (~0.7 KB gzip shipped on load); a
 * worker bundle is a plain same-origin file under /_astro/, allowed by
 * `script-src 'self'` (no worker-src, so script-src applies).
 *
 * Message in: { cat: catalogue JSON text, sel: Selection, answered }.
 * Message out: { ok: true, code, done, total, score } | { ok: false }.
 * The date is the student's LOCAL date, the nonce 15 random bits.
 */
import { decodeResult, encodeResult } from '../../lib/share/result-code';

const two = (n: number) => String(n).padStart(2, '0');

onmessage = ({ data }: MessageEvent) => {
  try {
    const cat = JSON.parse(data.cat);
    const now = new Date();
    const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
    const nonce = crypto.getRandomValues(new Uint16Array(1))[0]! & 32767;
    const made = encodeResult({ ...data.sel, answered: data.answered, date, nonce }, cat);
    const back = made.ok && decodeResult(made.code, cat);
    if (!made.ok || !back || !back.ok) throw new Error(made.ok ? 'round trip' : made.reason);
    const r = back.result;
    postMessage({ ok: true, code: made.code, done: r.answers.filter((a) => a.outcome !== 'unanswered').length, total: r.total, score: r.score });
  } catch {
    postMessage({ ok: false });
  }
};
