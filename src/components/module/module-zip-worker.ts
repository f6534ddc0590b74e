/**
 * Makes a module's SCORM package off the main thread, on demand: the module
 * builder starts this worker only when a teacher asks for a package. It
 * fetches the language's module template (/downloads/scorm/<lang>/module.json,
 * ~1.4 MB, counted into the page's progress bar as it arrives), cuts it to
 * the selection and zips it (src/lib/scorm/module-package.ts, with fflate):
 * a second or more of work on a phone, which would otherwise block the page.
 * A worker, not `import()`: Vite would wrap a dynamic import in its preload
 * helper, shipped on load and split out of the search page's script (see
 * result-worker.ts); a worker bundle is a plain same-origin file under
 * /_astro/, allowed by `script-src 'self'`. Templates are kept for the
 * worker's life, so a second package in the same language fetches nothing.
 *
 * In:  { url, sel: ModuleSelection, fallback }
 * Out: { kind: 'progress', got, size }                       while fetching (size 0: unknown)
 *      { kind: 'done', ok: true, zip: ArrayBuffer, fileName }  (the buffer is transferred)
 *      { kind: 'done', ok: false, reason: 'fetch' | ModulePackageProblem }
 */
import { moduleZip, type ModuleSelection } from '../../lib/scorm/module-package';

const templates = new Map<string, Promise<unknown>>();

async function load(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(String(res.status));
  // the length a compressing server sends is the compressed one: then the bar stays indeterminate
  const size = res.headers.get('content-encoding') ? 0 : Number(res.headers.get('content-length')) || 0;
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let got = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    got += value.length;
    postMessage({ kind: 'progress', got, size });
  }
  const all = new Uint8Array(got);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return JSON.parse(new TextDecoder().decode(all)) as unknown;
}

onmessage = async ({ data }: MessageEvent<{ url: string; sel: ModuleSelection; fallback: string }>) => {
  let template: unknown;
  try {
    if (!templates.has(data.url)) templates.set(data.url, load(data.url));
    template = await templates.get(data.url);
  } catch {
    templates.delete(data.url);
    postMessage({ kind: 'done', ok: false, reason: 'fetch' });
    return;
  }
  try {
    const made = moduleZip(template, data.sel, data.fallback);
    if (!made.ok) {
      postMessage({ kind: 'done', ok: false, reason: made.reason });
      return;
    }
    const zip = made.zip.buffer.slice(made.zip.byteOffset, made.zip.byteOffset + made.zip.byteLength) as ArrayBuffer;
    postMessage({ kind: 'done', ok: true, zip, fileName: made.fileName }, { transfer: [zip] });
  } catch {
    postMessage({ kind: 'done', ok: false, reason: 'template' });
  }
};
