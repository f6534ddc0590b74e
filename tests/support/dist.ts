/** Where the test run's builds are, and a clear failure when one is missing. */
import { existsSync } from 'node:fs';

export const DIST = process.env.DIST ?? 'dist';
export const DIST_SUB = process.env.DIST_SUB ?? 'dist-sub';
export const SUB_BASE = '/visage-public/';

export function requireBuild(dir: string): string {
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`${dir}/ is not built: run "npm test" (it builds first) or "npm run build".`);
  }
  return dir;
}
