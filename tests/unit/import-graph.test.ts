/**
 * The layers of src/: pages → layouts → components → lib → i18n, schemas.
 * An import may only point down: src/lib/ knows nothing of components, pages
 * or layouts; src/i18n/ and src/schemas/ know nothing of lib either.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN: Record<string, string[]> = {
  lib: ['components', 'pages', 'layouts', 'integrations'],
  i18n: ['components', 'pages', 'layouts', 'lib', 'integrations'],
  schemas: ['components', 'pages', 'layouts', 'lib', 'integrations'],
};

/** Relative import specifiers of a source file: import/export from, import(), and side-effect imports. */
export function importsOf(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec?.startsWith('.')) out.push(spec);
  }
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|astro|mjs)$/.test(p) ? [p] : [];
  });
}

/** Wrong-way arrows: "src/lib/og/meta.ts → src/components/og/strings". */
export function wrongWay(root = 'src'): string[] {
  const bad: string[] = [];
  for (const [layer, banned] of Object.entries(FORBIDDEN)) {
    for (const f of files(join(root, layer))) {
      for (const spec of importsOf(readFileSync(f, 'utf8'))) {
        const target = relative(root, normalize(join(dirname(f), spec))).split(/[\\/]/)[0]!;
        if (banned.includes(target)) bad.push(`${f} → ${normalize(join(dirname(f), spec))}`);
      }
    }
  }
  return bad;
}

describe('import graph', () => {
  it('reads every kind of import', () => {
    const code = "import a from '../../components/x';\nimport type { B } from \"../b\";\nexport { c } from './c';\nimport './side.css';\nconst d = await import('../d.ts');\nimport e from 'astro:content';";
    expect(importsOf(code)).toEqual(['../../components/x', '../b', './c', './side.css', '../d.ts']);
  });
  it('has no import from src/lib (or src/i18n, src/schemas) up to components, pages or layouts', () => {
    expect(wrongWay()).toEqual([]);
  });
});
