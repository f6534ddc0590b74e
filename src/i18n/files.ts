/**
 * The dictionary files, src/i18n/<locale>/<area>.json, as `{ './fr/ui.json': {…} }`.
 *
 * Under Vite (Astro, Vitest) `import.meta.glob` bundles them; outside Vite
 * (Playwright's test files, plain Node scripts) that call does not exist and
 * the files are read from disk instead. Either way a language is a folder:
 * nothing lists the files by name.
 */
import { readdirSync, readFileSync } from 'node:fs';

function fromDisk(): Record<string, unknown> {
  const dir = new URL('./', import.meta.url);
  const out: Record<string, unknown> = {};
  for (const lang of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(new URL(`${lang.name}/`, dir)).filter((x) => x.endsWith('.json'))) {
      out[`./${lang.name}/${f}`] = JSON.parse(readFileSync(new URL(`${lang.name}/${f}`, dir), 'utf8'));
    }
  }
  return out;
}

function load(): Record<string, unknown> {
  try {
    return import.meta.glob<unknown>('./*/*.json', { eager: true, import: 'default' });
  } catch {
    return fromDisk();
  }
}

export const dictionaryFiles: Record<string, unknown> = load();
