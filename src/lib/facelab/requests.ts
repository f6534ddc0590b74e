/**
 * The face lab's proof that nothing leaves (issue 15): every request the
 * page has made since it loaded, as the browser's Resource Timing records
 * it, sorted into what a reader can check — which origin, what kind of
 * file, how many bytes came back. Pure: the page feeds it
 * PerformanceEntry-like objects (tests/unit/facelab-requests.test.ts feeds
 * plain ones).
 *
 *   describeRequest({ name: 'https://site.example/models/face-api/1.7.15/x.bin', initiatorType: 'fetch', transferSize: 9, encodedBodySize: 9 }, 'https://site.example')
 *   // { path: '/models/face-api/1.7.15/x.bin', sameOrigin: true, kind: 'model', bytes: 9, cached: false }
 *
 * Resource Timing lists what the page *fetched*; a request carrying a
 * reader's photo would appear in it as well (a fetch or a beacon to some
 * address), so an empty "other origin" count is meaningful, and the lab's
 * own code makes no request with a body at all (the end-to-end test
 * checks every request's method and body).
 */

export type RequestKind = 'page' | 'script' | 'style' | 'model' | 'image' | 'font' | 'data' | 'other';

export interface RequestEntry {
  /** The URL. */
  name: string;
  /** 'navigation', 'script', 'link', 'fetch', 'img', 'css', 'other' … */
  initiatorType: string;
  /** Bytes over the network, headers included; 0 when served from a cache. */
  transferSize?: number | undefined;
  /** The body's bytes as sent (compressed). */
  encodedBodySize?: number | undefined;
  /** The body's bytes once decompressed. */
  decodedBodySize?: number | undefined;
}

export interface DescribedRequest {
  /** Path and query on this site; the full URL for another origin. */
  path: string;
  origin: string;
  sameOrigin: boolean;
  kind: RequestKind;
  /** The body's bytes as received (compressed), or decoded when the browser reports no encoded size. */
  bytes: number;
  /** Served from the HTTP cache or the service worker (no bytes crossed the network). */
  cached: boolean;
}

/** Where the models live (src/lib/facelab/models.ts MODEL_DIR's first segment). */
const MODELS = /\/models\//;

function kindOf(url: URL, initiator: string): RequestKind {
  const p = url.pathname;
  if (initiator === 'navigation' || p.endsWith('/') || p.endsWith('.html')) return 'page';
  if (MODELS.test(p) && /\.(bin|json)$/.test(p)) return 'model';
  if (/\.m?js$/.test(p)) return 'script';
  if (/\.css$/.test(p)) return 'style';
  if (/\.(jpe?g|png|gif|webp|avif|svg|ico)$/.test(p)) return 'image';
  if (/\.(woff2?|ttf|otf)$/.test(p)) return 'font';
  if (/\.(json|webmanifest|xml|txt)$/.test(p)) return 'data';
  return 'other';
}

/**
 * One Resource Timing entry, described for the lab's table.
 *
 * @param origin the page's origin (location.origin)
 */
export function describeRequest(e: RequestEntry, origin: string): DescribedRequest {
  let url: URL;
  try {
    url = new URL(e.name);
  } catch {
    return { path: e.name, origin: '', sameOrigin: false, kind: 'other', bytes: 0, cached: false };
  }
  const sameOrigin = url.origin === origin;
  const bytes = e.encodedBodySize || e.decodedBodySize || 0;
  return {
    path: sameOrigin ? `${url.pathname}${url.search}` : url.href,
    origin: url.origin,
    sameOrigin,
    kind: kindOf(url, e.initiatorType),
    bytes,
    cached: (e.transferSize ?? 0) === 0 && bytes > 0,
  };
}

export interface RequestSummary {
  total: number;
  /** Requests to any other origin: the lab's promise is 0. */
  otherOrigin: number;
  /** Bytes received, by kind. */
  bytesByKind: Partial<Record<RequestKind, number>>;
}

/** Counts for the sentence above the table. */
export function summarise(list: readonly DescribedRequest[]): RequestSummary {
  const bytesByKind: Partial<Record<RequestKind, number>> = {};
  for (const r of list) bytesByKind[r.kind] = (bytesByKind[r.kind] ?? 0) + r.bytes;
  return { total: list.length, otherOrigin: list.filter((r) => !r.sameOrigin).length, bytesByKind };
}
