/**
 * The Content-Security-Policy every page writes in its <meta>
 * (src/layouts/Base.astro, and Package.astro for a SCORM launch page). The
 * build then adds the hashes of the page's inline stylesheets to style-src
 * (scripts/inline-style-csp.mjs; a package's own in scripts/scorm-packages.mjs).
 *
 * @example pagePolicy({ wasm: false }) // "default-src 'self'; script-src 'self'; …"
 */
export function pagePolicy(o: {
  /** The search page only: Pagefind compiles WebAssembly. */
  wasm?: boolean;
  /** manifest-src: false in a SCORM package, which has no web app manifest to allow. */
  manifest?: boolean;
} = {}): string {
  const { wasm = false, manifest = true } = o;
  return [
    "default-src 'self'",
    wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...(manifest ? ["manifest-src 'self'"] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
