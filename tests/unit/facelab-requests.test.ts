/**
 * The face lab's list of requests (src/lib/facelab/requests.ts), fed plain
 * objects shaped like Resource Timing entries: the kind of each file (page,
 * script, style, model, image, font, data), same origin or not (another
 * host or another scheme is another origin), the bytes received and whether
 * they came from a cache, an unparsable name, and the summary above the
 * table (total, other origins, bytes by kind).
 */
import { describe, expect, it } from 'vitest';
import { describeRequest, summarise, type RequestEntry } from '../../src/lib/facelab/requests';

const ORIGIN = 'https://site.example';
const entry = (name: string, initiatorType = 'other', size = 100, more: Partial<RequestEntry> = {}): RequestEntry => ({
  name, initiatorType, transferSize: size + 300, encodedBodySize: size, decodedBodySize: size * 3, ...more,
});
const on = (path: string, initiatorType?: string, size?: number, more?: Partial<RequestEntry>) =>
  describeRequest(entry(`${ORIGIN}${path}`, initiatorType, size, more), ORIGIN);

describe('describeRequest: the kind of file', () => {
  it('names the page, scripts, styles, models, images, fonts and data files', () => {
    expect(on('/en/face-lab/', 'navigation').kind).toBe('page');
    expect(on('/fr/labo-visage/', 'other').kind).toBe('page');
    expect(on('/404.html', 'other').kind).toBe('page');
    expect(on('/_astro/x.js', 'script').kind).toBe('script');
    expect(on('/_astro/worker.mjs', 'other').kind).toBe('script');
    expect(on('/_astro/x.css', 'link').kind).toBe('style');
    expect(on('/models/face-api/1.7.15/face_recognition_model.bin', 'fetch').kind).toBe('model');
    expect(on('/models/face-api/1.7.15/face_recognition_model-weights_manifest.json', 'fetch').kind).toBe('model');
    expect(on('/lab/astronaut.jpg', 'img').kind).toBe('image');
    expect(on('/favicon.svg', 'link').kind).toBe('image');
    expect(on('/fonts/a.woff2', 'css').kind).toBe('font');
    expect(on('/manifest.webmanifest', 'link').kind).toBe('data');
    expect(on('/downloads/builder/en.json', 'fetch').kind).toBe('data');
    expect(on('/downloads/scorm/en/gdpr.zip', 'other').kind).toBe('other');
  });
  it('treats a navigation as the page whatever its path, and a .json outside models/ as data', () => {
    expect(on('/en/face-lab/index.php', 'navigation').kind).toBe('page');
    expect(on('/data/face_recognition_model.json', 'fetch').kind).toBe('data');
  });
  it('judges the kind by the path, not the query string, and keeps the query in the path', () => {
    const r = on('/_astro/x.js?v=2&lang=en', 'script');
    expect(r.path).toBe('/_astro/x.js?v=2&lang=en');
    expect(r.kind).toBe('script');
  });
});

describe('describeRequest: the origin', () => {
  it('gives a same-origin request as its path, on the page\'s origin', () => {
    expect(on('/lab/astronaut.jpg', 'img')).toMatchObject({ path: '/lab/astronaut.jpg', origin: ORIGIN, sameOrigin: true });
  });
  it('gives another origin\'s request as its full URL, with that origin', () => {
    const r = describeRequest(entry('https://cdn.example/x.js', 'script'), ORIGIN);
    expect(r).toMatchObject({ path: 'https://cdn.example/x.js', origin: 'https://cdn.example', sameOrigin: false, kind: 'script' });
  });
  it('counts another scheme or port of the same host as another origin', () => {
    const http = describeRequest(entry('http://site.example/lab/astronaut.jpg', 'img'), ORIGIN);
    expect(http).toMatchObject({ sameOrigin: false, origin: 'http://site.example', path: 'http://site.example/lab/astronaut.jpg' });
    expect(describeRequest(entry('https://site.example:8443/x.js', 'script'), ORIGIN).sameOrigin).toBe(false);
    expect(describeRequest(entry('https://evil.example/https://site.example/x.js', 'fetch'), ORIGIN).sameOrigin).toBe(false);
  });
  it('describes an unparsable name as "other", not same-origin, with no bytes', () => {
    const r = describeRequest(entry('not a url', 'fetch', 500), ORIGIN);
    expect(r).toEqual({ path: 'not a url', origin: '', sameOrigin: false, kind: 'other', bytes: 0, cached: false });
  });
});

describe('describeRequest: bytes and cache', () => {
  it('counts the encoded (compressed) body, not the decoded one', () => {
    expect(on('/_astro/x.js', 'script', 1234)).toMatchObject({ bytes: 1234, cached: false });
  });
  it('falls back to the decoded size when no encoded size is reported', () => {
    expect(on('/_astro/x.js', 'script', 0, { decodedBodySize: 777 }).bytes).toBe(777);
    expect(on('/_astro/x.js', 'script', 0, { encodedBodySize: undefined, decodedBodySize: 55 }).bytes).toBe(55);
  });
  it('says cached when bytes came but none crossed the network', () => {
    expect(on('/models/face-api/1.7.15/x.bin', 'fetch', 9000, { transferSize: 0 })).toMatchObject({ bytes: 9000, cached: true });
    expect(on('/models/face-api/1.7.15/x.bin', 'fetch', 9000, { transferSize: undefined }).cached).toBe(true);
  });
  it('does not say cached for an entry with no bytes at all (e.g. an opaque cross-origin one)', () => {
    const r = describeRequest({ name: 'https://cdn.example/x.js', initiatorType: 'script', transferSize: 0, encodedBodySize: 0, decodedBodySize: 0 }, ORIGIN);
    expect(r).toMatchObject({ bytes: 0, cached: false });
    expect(describeRequest({ name: `${ORIGIN}/x.js`, initiatorType: 'script' }, ORIGIN)).toMatchObject({ bytes: 0, cached: false });
  });
});

describe('summarise', () => {
  it('counts the requests and those to other origins, and sums the bytes by kind', () => {
    const list = [
      on('/en/face-lab/', 'navigation', 20_000),
      on('/_astro/a.js', 'script', 1_000),
      on('/_astro/b.js', 'script', 2_500),
      on('/models/face-api/1.7.15/tiny_face_detector_model.bin', 'fetch', 190_000),
      on('/models/face-api/1.7.15/tiny_face_detector_model-weights_manifest.json', 'fetch', 3_000),
      describeRequest(entry('https://cdn.example/x.js', 'script', 400), ORIGIN),
      describeRequest(entry('http://site.example/y.css', 'link', 50), ORIGIN),
    ];
    expect(summarise(list)).toEqual({
      total: 7,
      otherOrigin: 2,
      bytesByKind: { page: 20_000, script: 3_900, model: 193_000, style: 50 },
    });
  });
  it('is empty for no requests, and lists no kind that did not occur', () => {
    expect(summarise([])).toEqual({ total: 0, otherOrigin: 0, bytesByKind: {} });
    const one = summarise([on('/lab/astronaut.jpg', 'img', 0, { transferSize: 0, decodedBodySize: 0 })]);
    expect(one).toEqual({ total: 1, otherOrigin: 0, bytesByKind: { image: 0 } });
  });
});
