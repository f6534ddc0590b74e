/**
 * Geometry of the threshold explorer's two charts, shared by the build
 * (ThresholdExplorer.astro draws the initial SVG) and the browser
 * (vp-threshold.ts moves the threshold line, the shaded tails and the DET
 * dot). Fixed viewBoxes, so nothing is measured and nothing shifts.
 *
 * @example
 *   scoreX(0.5)                  // x of score 0.5 in the score chart
 *   detXY(1e-3, 0.03)            // [x, y] of an operating point on the DET chart
 *   tailPath(GENUINE, 0, 0.62)   // the shaded FNMR area, an SVG path
 */
import { density, detPoints, GENUINE, IMPOSTOR, type Normal } from './errors';

/** Score chart: scores 0–1 across, density up. */
export const SCORES = { width: 320, height: 190, left: 12, right: 12, top: 12, bottom: 40 } as const;
/** DET chart: log10 FMR across, log10 FNMR up, both from 10^-DECADES to 1. */
export const DET = { width: 320, height: 250, left: 52, right: 14, top: 12, bottom: 44 } as const;
export const DECADES = 6;

const peak = density(GENUINE.mean, GENUINE) * 1.08;
const r1 = (x: number) => Math.round(x * 10) / 10;

export const scoreX = (s: number) => r1(SCORES.left + s * (SCORES.width - SCORES.left - SCORES.right));
export const densityY = (d: number) => r1(SCORES.height - SCORES.bottom - (d / peak) * (SCORES.height - SCORES.top - SCORES.bottom));

const clampLog = (p: number) => Math.min(0, Math.max(-DECADES, Math.log10(Math.max(p, 1e-300))));
/** x for a false match rate, clamped to the axis (10^-6 … 1). */
export const detX = (fmr: number) => r1(DET.left + ((clampLog(fmr) + DECADES) / DECADES) * (DET.width - DET.left - DET.right));
/** y for a false non-match rate, clamped to the axis. */
export const detY = (fnmr: number) => r1(DET.top + (-clampLog(fnmr) / DECADES) * (DET.height - DET.top - DET.bottom));
export const detXY = (fmr: number, fnmr: number): [number, number] => [detX(fmr), detY(fnmr)];

/** A density curve sampled from `from` to `to` as path commands (no move). */
function curve(d: Normal, from: number, to: number, steps: number): string[] {
  const out: string[] = [];
  for (let i = 0; i <= steps; i++) {
    const s = from + ((to - from) * i) / steps;
    out.push(`${scoreX(s)},${densityY(density(s, d))}`);
  }
  return out;
}

/** The whole density curve of a distribution, as an open path. */
export const densityPath = (d: Normal) => `M${curve(d, 0, 1, 100).join('L')}`;

/** The area under a density between two scores, closed on the baseline. */
export function tailPath(d: Normal, from: number, to: number): string {
  if (to <= from) return '';
  const base = densityY(0);
  return `M${scoreX(from)},${base}L${curve(d, from, to, 40).join('L')}L${scoreX(to)},${base}Z`;
}

/** The DET curve over thresholds 0–1, points off the axes clamped to the edge. */
export function detPath(): string {
  const pts = detPoints(201).filter((p) => p.fmr >= 10 ** -DECADES && p.fnmr >= 10 ** -DECADES);
  return `M${pts.map((p) => detXY(p.fmr, p.fnmr).join(',')).join('L')}`;
}

/** The shaded error areas at threshold t: impostors above it, genuine pairs below. */
export const errorAreas = (t: number) => ({ fmr: tailPath(IMPOSTOR, t, 1), fnmr: tailPath(GENUINE, 0, t) });
