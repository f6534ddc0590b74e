/**
 * The live face lab's heavy half (issue 15), imported by vp-facelab.ts only
 * when the reader presses "Start": the models' download with its progress
 * bar, then the pipeline on the reader's own picture — choose a face (file,
 * drop, camera, or the sample), detection and landmarks drawn over it, the
 * template as a strip and as 128 numbers, a 1:1 comparison with a second
 * picture against an adjustable threshold, a 1:N search over 100,000
 * synthetic templates in a worker, a gallery-size control, and Forget.
 *
 * Private by construction: a picture is decoded by the browser
 * (createImageBitmap) and drawn on a canvas in this tab; the only requests
 * are the library's chunk, the worker and the model files (GET, same
 * origin, no body), and the sample photo when the reader asks for it.
 * Nothing is written to any storage: no cookie, no localStorage, no
 * IndexedDB, no Cache API (the service worker may keep the model files it
 * fetched, which are the same for everyone). Forget drops every picture,
 * canvas and template, and ends the worker that held the gallery.
 *
 * Every message a bad input can cause is in src/i18n/<lang>/facelab.json
 * `live`: not an image, a damaged image, a huge photo (reduced first), no
 * face, several faces (each gets its template; the reader picks one),
 * camera refused or absent, no WebGL (the CPU backend runs instead), models
 * that fail to download (a retry button). None of them throws.
 */
import { formatCount, formatGallery, formatScore } from '../../lib/biometrics/bio-format';
import { expectedFmr } from '../../lib/facelab/gallery';
import { classifyFile, megapixels, SNIFF_BYTES, WORKING_SIDE, workingSize } from '../../lib/facelab/image-input';
import { DEFAULT_K, distance } from '../../lib/facelab/search';
import { DEFAULT_DOMAIN, stripLayout } from '../../lib/facelab/template-strip';
import { formatFixed, isMatch, landmarkOutlines, templateBytes } from '../../lib/facelab/walkthrough';
import { startEngine, type Engine, type EngineFace } from './facelab-engine';
import type { GalleryReply, GalleryRequest } from './facelab-gallery-worker';
import type { LiveStrings } from './vp-facelab';

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in v ? String(v[k]) : m));
const SVG = 'http://www.w3.org/2000/svg';

interface Picture {
  canvas: HTMLCanvasElement;
  name: string;
  bytes: number;
  faces: EngineFace[];
}

/** Input problems the lab explains in words (never thrown to the console). */
class Refusal extends Error {}

/**
 * Wires the lab's controls in `root` (its <template> already cloned) and
 * loads the models. `clickedAt`: when the start button was pressed
 * (performance.now()), so that the timings include this chunk's download.
 */
export async function runLab(root: HTMLElement, s: LiveStrings, clickedAt: number): Promise<void> {
  const $ = <T extends Element = HTMLElement>(role: string) => root.querySelector<T & HTMLElement>(`[data-role="${role}"]`)!;
  const action = (name: string) => root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
  const intl = root.dataset.intl;
  const galleryN = Number(root.dataset.gallery);
  // The walkthrough's words for the 1:N table's columns and cells (FaceLabLive.astro data-walk).
  const walk = JSON.parse(root.dataset.walk!) as { under: string; id: string; yes: string; no: string };
  const count = (n: number) => formatCount(n, intl);
  const int = (n: number) => new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }).format(n);
  const dist = (d: number) => formatFixed(d, 4, intl);
  const status = $('status');
  /** What the current job found worth saying besides its result (a huge photo reduced). */
  let notes: string[] = [];
  const alertBox = $('alert');
  const say = (text: string) => { status.textContent = text; };
  /** Shows a message in the alert region (after the notes gathered by the current job), with a retry button if given. */
  const warn = (text: string, retry?: () => void) => {
    alertBox.replaceChildren();
    for (const n of [...notes, text]) {
      const p = document.createElement('p');
      p.textContent = n;
      alertBox.append(p);
    }
    notes = [];
    if (retry) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'fll-btn';
      b.dataset.action = 'retry';
      b.textContent = s.retry;
      b.addEventListener('click', retry, { once: true });
      alertBox.append(b);
      b.focus();
    }
  };
  const clearWarning = () => alertBox.replaceChildren();
  const threshold = () => Number($<HTMLInputElement>('threshold').value);

  let engine: Engine | null = null;
  let photo: Picture | null = null;
  let selected = 0;
  let second: Picture | null = null;
  let secondFace: EngineFace | null = null;
  let worker: Worker | null = null;
  let stream: MediaStream | null = null;
  let busy = false;

  // ---- 1. The models, with a progress bar in bytes ----
  const loading = $('loading');
  const progress = $<HTMLProgressElement>('progress');
  const progressText = $('progress-text');
  const mb = (n: number) => new Intl.NumberFormat(intl, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n / 1e6);
  async function loadModels(): Promise<void> {
    clearWarning();
    loading.hidden = false;
    const t = performance.now();
    root.dataset.libraryMs ??= String(Math.round(t - clickedAt));
    try {
      engine = await startEngine(root.dataset.models!, (loaded, total) => {
        progress.max = total;
        progress.value = Math.min(loaded, total);
        progressText.textContent = fill(s.progressText, { loaded: mb(loaded), total: mb(total) });
      });
    } catch (e) {
      say('');
      warn(fill(s.modelsFailed, { reason: e instanceof Error ? e.message : String(e) }), () => void loadModels());
      return;
    }
    root.dataset.modelsMs = String(Math.round(performance.now() - t));
    root.dataset.backend = engine.backend;
    $('start-panel').hidden = true;
    const backend = engine.backend === 'webgl' ? 'WebGL' : engine.backend === 'cpu' ? 'CPU' : engine.backend;
    say(fill(s.ready, { backend }));
    if (engine.backend !== 'webgl') $('backend').textContent = s.noWebgl;
    $('choose').hidden = false;
    $('forget-panel').hidden = false;
    action('sample').focus();
  }

  // ---- 2. A picture: bytes → bitmap → canvas ----
  async function toCanvas(blob: Blob, name: string): Promise<HTMLCanvasElement> {
    const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
    if (classifyFile(blob.type, head) === 'not-image') throw new Refusal(fill(s.input.notImage, { name }));
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(blob);
    } catch {
      throw new Refusal(fill(s.input.corrupt, { name }));
    }
    try {
      const size = workingSize(bitmap.width, bitmap.height);
      // Any photo over the working side is reduced; the huge ones are named, in the alert region.
      if (size.huge) notes.push(fill(s.input.huge, { mp: new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }).format(megapixels(bitmap.width, bitmap.height)), width: int(size.width), height: int(size.height), side: int(WORKING_SIDE) }));
      const c = document.createElement('canvas');
      c.width = size.width;
      c.height = size.height;
      c.getContext('2d')!.drawImage(bitmap, 0, 0, size.width, size.height);
      return c;
    } finally {
      bitmap.close();
    }
  }

  /** A canvas drawn from another: mirrored, or cropped to a square around a face (twice its box). */
  function derived(from: HTMLCanvasElement, kind: 'same' | 'mirror' | 'crop', face?: EngineFace): HTMLCanvasElement {
    const c = document.createElement('canvas');
    const ctx = c.getContext('2d')!;
    if (kind === 'crop' && face) {
      const side = Math.min(Math.max(face.box.width, face.box.height) * 2, from.width, from.height);
      const cx = face.box.x + face.box.width / 2;
      const cy = face.box.y + face.box.height / 2;
      const x = Math.max(0, Math.min(from.width - side, cx - side / 2));
      const y = Math.max(0, Math.min(from.height - side, cy - side / 2));
      c.width = Math.round(side);
      c.height = Math.round(side);
      ctx.drawImage(from, x, y, side, side, 0, 0, c.width, c.height);
    } else {
      c.width = from.width;
      c.height = from.height;
      if (kind === 'mirror') {
        ctx.translate(from.width, 0);
        ctx.scale(-1, 1);
      }
      ctx.drawImage(from, 0, 0);
    }
    return c;
  }

  /** The bytes a canvas takes as a JPEG: the "photo" size of a camera picture or a derived one. */
  const jpegBytes = (c: HTMLCanvasElement) => new Promise<number>((resolve) => c.toBlob((b) => resolve(b?.size ?? 0), 'image/jpeg', 0.92));

  async function detect(canvas: HTMLCanvasElement): Promise<{ faces: EngineFace[]; ms: number }> {
    const t = performance.now();
    const faces = await engine!.detect(canvas);
    // A User Timing measure (memory only), so that a benchmark can tell inference from the rest.
    performance.measure('facelab:inference', { start: t, end: performance.now() });
    return { faces, ms: performance.now() - t };
  }

  /** Runs one input through the first step, or says why not; never throws. */
  async function guarded(job: () => Promise<void>): Promise<void> {
    if (busy || !engine) return;
    busy = true;
    root.setAttribute('aria-busy', 'true');
    clearWarning();
    notes = [];
    try {
      await job();
      if (notes.length) {
        const last = notes.pop()!;
        warn(last);
      }
    } catch (e) {
      if (e instanceof Refusal) warn(e.message);
      else warn(fill(s.search.failed, { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      busy = false;
      root.removeAttribute('aria-busy');
    }
  }

  async function takeFirst(canvas: HTMLCanvasElement, name: string, bytes: number): Promise<void> {
    say(s.input.working);
    const { faces, ms } = await detect(canvas);
    // A new first picture replaces all the previous one produced, whether or not it holds a face.
    forget(false);
    if (faces.length === 0) {
      say('');
      throw new Refusal(s.input.noFace);
    }
    photo = { canvas, name, bytes, faces };
    root.dataset.detectMs = String(Math.round(ms));
    root.dataset.firstTemplateMs ??= String(Math.round(performance.now() - clickedAt));
    const result = $('result');
    result.hidden = false;
    result.dataset.faces = String(faces.length);
    $('photo-box').append(canvas);
    canvas.setAttribute('aria-hidden', 'true');
    $('detect-caption').textContent = fill(s.detect.caption, { name, width: int(canvas.width), height: int(canvas.height), bytes: int(bytes), ms: int(ms) });
    say(faces.length === 1 ? s.input.oneFace : fill(s.input.severalShort, { n: faces.length }));
    renderFaces();
    choose(0);
    $('choose').scrollIntoView?.({ block: 'nearest' });
  }

  function renderFaces() {
    const box = $('faces');
    box.replaceChildren();
    if (!photo || photo.faces.length < 2) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    // The explanation sits with the buttons it introduces (the status above only counts the faces).
    const why = document.createElement('p');
    why.dataset.role = 'faces-note';
    box.append(why);
    const row = document.createElement('div');
    row.className = 'fll-row';
    photo.faces.forEach((f, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'fll-btn';
      b.dataset.face = String(i);
      b.textContent = fill(s.input.faceButton, { i: i + 1, score: formatScore(f.score, intl) });
      b.addEventListener('click', () => {
        if (!busy) choose(i);
      });
      row.append(b);
    });
    box.append(row);
  }

  /** Face i of the first picture becomes the probe: overlay, template, and a new search. */
  function choose(i: number) {
    if (!photo) return;
    selected = i;
    for (const b of $('faces').querySelectorAll<HTMLButtonElement>('button[data-face]')) b.setAttribute('aria-pressed', String(Number(b.dataset.face) === i));
    const note = $('faces').querySelector('[data-role="faces-note"]');
    if (note) note.textContent = fill(s.input.several, { n: photo.faces.length, i: i + 1 });
    drawOverlay();
    renderTemplate();
    resetSecond();
    void search();
  }

  function drawOverlay() {
    if (!photo) return;
    const box = $('photo-box');
    box.querySelector('svg')?.remove();
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'fl-overlay');
    svg.setAttribute('viewBox', `0 0 ${photo.canvas.width} ${photo.canvas.height}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', 'fll-ov-title fll-ov-desc');
    const el = (name: string, attrs: Record<string, string | number>) => {
      const n = document.createElementNS(SVG, name);
      for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
      svg.append(n);
      return n;
    };
    // Strokes in the photo's own pixels, scaled to its size, so that they look the same on any photo
    // (the SVG is drawn at the canvas's displayed width).
    const u = Math.max(photo.canvas.width, photo.canvas.height) / 512;
    const dash = (a: number, b: number) => `${a * u} ${b * u}`;
    photo.faces.forEach((f, i) => {
      if (i !== selected) el('rect', { class: 'fl-other', x: f.box.x, y: f.box.y, width: f.box.width, height: f.box.height, 'stroke-width': 2 * u, 'stroke-dasharray': dash(4, 3) });
    });
    const f = photo.faces[selected]!;
    el('rect', { class: 'fl-aligned', x: f.alignedBox.x, y: f.alignedBox.y, width: f.alignedBox.width, height: f.alignedBox.height, 'stroke-width': 1.5 * u, 'stroke-dasharray': dash(6, 4) });
    el('rect', { class: 'fl-box', x: f.box.x, y: f.box.y, width: f.box.width, height: f.box.height, 'stroke-width': 3 * u });
    for (const o of landmarkOutlines(f.landmarks)) el(o.closed ? 'polygon' : 'polyline', { class: 'fl-mark', points: o.points, 'stroke-width': 1.2 * u });
    box.append(svg);
    const px = (v: number) => int(Math.round(v));
    $('overlay-desc').textContent = fill(s.detect.overlayDesc, { n: photo.faces.length, i: selected + 1, score: formatScore(f.score, intl), w: px(f.box.width), h: px(f.box.height), x: px(f.box.x), y: px(f.box.y) });
  }

  function renderTemplate() {
    if (!photo) return;
    const d = photo.faces[selected]!.descriptor;
    const strip = stripLayout(d, { height: 96 });
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'fl-strip');
    svg.setAttribute('viewBox', `0 0 ${strip.width} ${strip.height}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', 'fll-strip-title fll-strip-desc');
    const rect = (cls: string, x: number, y: number, w: number, h: number) => {
      const r = document.createElementNS(SVG, 'rect');
      r.setAttribute('class', cls);
      r.setAttribute('x', String(x));
      r.setAttribute('y', String(y));
      r.setAttribute('width', String(w));
      r.setAttribute('height', String(h));
      svg.append(r);
    };
    rect('fl-strip-bg', 0, 0, strip.width, strip.height);
    for (const c of strip.cells) rect(`fl-b fl-b${c.band}`, c.x, c.y, c.width, Math.max(c.height, 0.5));
    const mid = document.createElementNS(SVG, 'line');
    mid.setAttribute('class', 'fl-mid');
    for (const [k, v] of Object.entries({ x1: 0, x2: strip.width, y1: strip.height / 2, y2: strip.height / 2 })) mid.setAttribute(k, String(v));
    svg.append(mid);
    $('strip-box').replaceChildren(svg);
    let min = Infinity;
    let max = -Infinity;
    let sq = 0;
    for (const v of d) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      sq += v * v;
    }
    $('template-caption').textContent = fill(s.template.caption, { n: d.length, min: formatFixed(min, 3, intl), max: formatFixed(max, 3, intl), norm: formatFixed(Math.sqrt(sq), 3, intl) });
    $('strip-desc').textContent = fill(s.template.stripDesc, { domain: formatScore(DEFAULT_DOMAIN, intl) });
    const sizes = $('sizes');
    sizes.replaceChildren();
    for (const [label, bytes] of [[s.template.sizePhoto, photo.bytes], [fill(s.template.sizeTemplate, { n: d.length }), templateBytes(d.length)]] as const) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      const td = document.createElement('td');
      td.className = 'fl-num';
      td.textContent = int(bytes);
      tr.append(th, td);
      sizes.append(tr);
    }
    const numbers = $('numbers');
    const rows = Array.from(d, (v, i) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = int(i + 1);
      const td = document.createElement('td');
      td.className = 'fl-num';
      td.textContent = formatFixed(v, 6, intl);
      tr.append(th, td);
      return tr;
    });
    numbers.replaceChildren(...rows);
  }

  // ---- 3. One to one ----
  function resetSecond() {
    second?.canvas && (second.canvas.width = 0);
    second = null;
    secondFace = null;
    $('second-box').replaceChildren();
    const v = $('verdict');
    v.textContent = '';
    delete v.dataset.distance;
  }

  async function takeSecond(canvas: HTMLCanvasElement, name: string, bytes: number): Promise<void> {
    if (!photo) return;
    say(s.input.working);
    const { faces } = await detect(canvas);
    if (faces.length === 0) {
      say('');
      throw new Refusal(s.input.noFace);
    }
    resetSecond();
    const probe = photo.faces[selected]!.descriptor;
    // Of several faces, the one nearest to the probe: what a verification would compare.
    let best = faces[0]!;
    for (const f of faces) if (distance(probe, f.descriptor) < distance(probe, best.descriptor)) best = f;
    second = { canvas, name, bytes, faces };
    secondFace = best;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', name);
    $('second-box').append(canvas);
    say(faces.length > 1 ? fill(s.verify.nearestOf, { n: faces.length }) : s.input.oneFace);
    renderVerdict();
  }

  function renderVerdict() {
    if (!photo || !secondFace) return;
    const d = distance(photo.faces[selected]!.descriptor, secondFace.descriptor);
    const t = threshold();
    const v = $('verdict');
    v.dataset.distance = String(d);
    v.textContent = fill(s.verify.result, { distance: dist(d), threshold: formatScore(t, intl), verdict: isMatch(d, t) ? s.verify.match : s.verify.noMatch });
  }

  // ---- 4. One to many, in a worker ----
  /** A gallery has been drawn and searched: moving the threshold searches it again. */
  let searched = false;
  function search(): Promise<void> {
    if (!photo) return Promise.resolve();
    worker?.terminate();
    const w = new Worker(new URL('./facelab-gallery-worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    const n = galleryN;
    $('search-title').textContent = fill(s.search.title, { n: count(n) });
    $('search-box').hidden = true;
    for (const r of ['search-under', 'search-nearest', 'search-timing']) $(r).textContent = '';
    $('top').replaceChildren();
    $('search-status').textContent = fill(s.search.drawing, { n: count(n), done: count(0) });
    return new Promise((resolve) => {
      w.addEventListener('message', (e: MessageEvent<GalleryReply>) => {
        if (worker !== w) return;
        const m = e.data;
        if (m.type === 'progress') {
          $('search-status').textContent = fill(s.search.drawing, { n: count(m.n), done: count(m.done) });
        } else if (m.type === 'result') {
          searched = true;
          renderSearch(m, n);
          resolve();
        } else {
          $('search-status').textContent = fill(s.search.failed, { reason: m.message });
          resolve();
        }
      });
      w.addEventListener('error', (e) => {
        e.preventDefault();
        $('search-status').textContent = fill(s.search.failed, { reason: e.message || 'worker' });
        resolve();
      });
      const probe = Float32Array.from(photo!.faces[selected]!.descriptor);
      w.postMessage({ type: 'build', probe, n, threshold: threshold(), k: DEFAULT_K } satisfies GalleryRequest);
    });
  }

  function renderSearch(m: Extract<GalleryReply, { type: 'result' }>, n: number) {
    const t = threshold();
    const th = formatScore(t, intl);
    $('search-status').textContent = '';
    $('search-box').hidden = false;
    $('search-caption').textContent = fill(s.search.caption, { n: count(n) });
    $('search-col-under').textContent = fill(walk.under, { threshold: th });
    const rows = m.top.map((h, i) => {
      const tr = document.createElement('tr');
      const rank = document.createElement('th');
      rank.scope = 'row';
      rank.textContent = int(i + 1);
      const id = document.createElement('td');
      id.textContent = fill(walk.id, { id: int(h.index + 1) });
      const d = document.createElement('td');
      d.className = 'fl-num';
      d.textContent = dist(h.distance);
      d.dataset.distance = String(h.distance);
      const u = document.createElement('td');
      const yes = isMatch(h.distance, t);
      if (yes) u.className = 'fl-yes';
      u.textContent = yes ? walk.yes : walk.no;
      tr.append(rank, id, d, u);
      return tr;
    });
    $('top').replaceChildren(...rows);
    $('search-under').textContent = fill(s.search.under, { under: count(m.under), n: count(n), threshold: th, expected: count(Math.round(n * expectedFmr(t))) });
    $('search-nearest').textContent = fill(s.search.nearest, { distance: dist(m.top[0]!.distance) });
    if (m.drawMs !== null) {
      root.dataset.drawMs = String(Math.round(m.drawMs));
      $('search-timing').textContent = fill(s.search.timing, { draw: int(m.drawMs), search: int(m.searchMs), n: count(m.compared) });
    } else {
      $('search-timing').textContent = fill(s.search.researched, { search: int(m.searchMs), threshold: th });
    }
    root.dataset.searchMs = String(m.searchMs.toFixed(1));
    $('search-box').dataset.compared = String(m.compared);
  }


  // ---- The gallery-size control: the chapter's model, N × FMR ----
  // (src/lib/biometrics/gallery.ts expectedFalseMatches, written out here: importing that module
  // would split it into a chunk of its own, one more file for the biometric templates chapter.)
  const scale = $<HTMLInputElement>('scale');
  function renderScale() {
    const n = Math.round(10 ** Number(scale.value));
    const t = threshold();
    const fmr = expectedFmr(t);
    const size = formatGallery(n, intl);
    $('scale-n').textContent = fill(s.search.scaleValue, { n: size });
    scale.setAttribute('aria-valuetext', fill(s.search.scaleValue, { n: size }));
    const rate = new Intl.NumberFormat(intl, { maximumSignificantDigits: 2 }).format(fmr);
    $('scale-out').textContent = fill(s.search.scaleOut, { threshold: formatScore(t, intl), rate, n: size, expected: count(Math.round(n * fmr)) });
  }
  scale.addEventListener('input', renderScale);
  scale.value = String(Math.log10(galleryN));
  renderScale();

  $<HTMLInputElement>('threshold').addEventListener('input', () => {
    $('threshold-out').textContent = formatScore(threshold(), intl);
    renderVerdict();
    renderScale();
    if (worker && searched) worker.postMessage({ type: 'search', threshold: threshold() } satisfies GalleryRequest);
  });

  // ---- 5. Forget ----
  function stopCamera() {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    const video = $<HTMLVideoElement>('video');
    video.srcObject = null;
    $('camera-panel').hidden = true;
  }
  function wipe(c: HTMLCanvasElement | undefined) {
    if (!c) return;
    c.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    c.width = 0;
    c.height = 0;
    c.remove();
  }
  function forget(announce: boolean) {
    stopCamera();
    worker?.terminate();
    worker = null;
    searched = false;
    for (const f of [...(photo?.faces ?? []), ...(second?.faces ?? [])]) f.descriptor.fill(0);
    wipe(photo?.canvas);
    wipe(second?.canvas);
    photo = null;
    second = null;
    secondFace = null;
    for (const role of ['photo-box', 'strip-box', 'sizes', 'numbers', 'second-box', 'top', 'faces']) $(role).replaceChildren();
    for (const role of ['detect-caption', 'overlay-desc', 'template-caption', 'strip-desc', 'verdict', 'search-status', 'search-caption', 'search-under', 'search-nearest', 'search-timing']) $(role).textContent = '';
    delete $('verdict').dataset.distance;
    $('search-box').hidden = true;
    $('result').hidden = true;
    delete $('result').dataset.faces;
    for (const role of ['file', 'file2']) $<HTMLInputElement>(role).value = '';
    if (announce) {
      clearWarning();
      say(s.forgotten);
    }
  }
  action('forget').addEventListener('click', () => {
    if (!busy) forget(true);
  });

  // ---- Inputs ----
  const fromBlob = (blob: Blob, name: string, target: 'first' | 'second') => guarded(async () => {
    say(s.input.reading);
    const canvas = await toCanvas(blob, name);
    if (target === 'first') await takeFirst(canvas, name, blob.size);
    else await takeSecond(canvas, name, blob.size);
  });

  action('sample').addEventListener('click', () => void guarded(async () => {
    const res = await fetch(root.dataset.sample!, { credentials: 'same-origin' });
    if (!res.ok) throw new Refusal(fill(s.input.corrupt, { name: s.input.sampleName }));
    const blob = await res.blob();
    const canvas = await toCanvas(blob, s.input.sampleName);
    await takeFirst(canvas, s.input.sampleName, blob.size);
  }));

  const file = $<HTMLInputElement>('file');
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) void fromBlob(f, f.name, 'first');
  });
  const file2 = $<HTMLInputElement>('file2');
  file2.addEventListener('change', () => {
    const f = file2.files?.[0];
    if (!f || busy) return;
    resetSecond();
    void fromBlob(f, f.name, 'second');
  });

  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('is-over');
    const f = e.dataTransfer?.files?.[0];
    if (f) void fromBlob(f, f.name, 'first');
  });

  for (const kind of ['same', 'mirror', 'crop'] as const) {
    action(`second-${kind}`).addEventListener('click', () => {
      // The previous comparison goes at once, so that no old verdict stands beside the new picture.
      if (!busy) resetSecond();
      void guarded(async () => {
        if (!photo) return;
        const c = derived(photo.canvas, kind, photo.faces[selected]);
        await takeSecond(c, s.verify[kind], await jpegBytes(c));
      });
    });
  }

  // The camera: only after this button; the stream stops as soon as the picture is taken, or on Cancel.
  action('camera').addEventListener('click', () => void guarded(async () => {
    if (!navigator.mediaDevices?.getUserMedia) throw new Refusal(s.choose.cameraAbsent);
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false });
    } catch (e) {
      const name = e instanceof DOMException ? e.name : '';
      if (name === 'NotAllowedError' || name === 'SecurityError') throw new Refusal(s.choose.cameraRefused);
      if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') throw new Refusal(s.choose.cameraAbsent);
      throw new Refusal(fill(s.choose.cameraFailed, { reason: e instanceof Error ? e.message : String(e) }));
    }
    const video = $<HTMLVideoElement>('video');
    video.srcObject = stream;
    $('camera-panel').hidden = false;
    await video.play().catch(() => undefined);
    say(s.choose.cameraOn);
    action('snap').focus();
  }));
  action('camera-cancel').addEventListener('click', () => {
    stopCamera();
    say(s.choose.cameraOff);
    action('camera').focus();
  });
  action('snap').addEventListener('click', () => void guarded(async () => {
    const video = $<HTMLVideoElement>('video');
    if (!stream || !video.videoWidth) return;
    const size = workingSize(video.videoWidth, video.videoHeight);
    const c = document.createElement('canvas');
    c.width = size.width;
    c.height = size.height;
    c.getContext('2d')!.drawImage(video, 0, 0, size.width, size.height);
    stopCamera();
    say(s.choose.cameraOff);
    await takeFirst(c, s.input.cameraName, await jpegBytes(c));
  }));

  await loadModels();
}
