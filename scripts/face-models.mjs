/**
 * An Astro integration that self-hosts the face lab's model weights
 * (issue 15): after the build (`astro:build:done`) it copies the three
 * networks' files listed in src/lib/facelab/models.ts from
 * node_modules/@vladmandic/face-api/model/ into
 * <outDir>/models/face-api/<version>/, so the lab never fetches a model from
 * another origin and the weights are never committed to git (they are in
 * the pinned npm package already).
 *
 *   integrations: [..., faceModels(), offlineServiceWorker()]
 *
 * Before the service worker, so that its build manifest sees the files; it
 * leaves them out of the first-visit precache on purpose
 * (scripts/lib/sw-manifest.mjs isPrecached): 6.7 MB that most readers never
 * ask for.
 *
 * The build fails when the installed package is not the version the path
 * names or a file's size differs from the list: the browser's progress bar
 * counts bytes from that list, and the versioned path promises that the
 * bytes behind it never change.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACE_API_VERSION, MODEL_BYTES, MODEL_DIR, MODEL_FILES } from '../src/lib/facelab/models.ts';

/** node_modules/@vladmandic/face-api/model/, wherever npm put the package. */
export function packageModelDir() {
  const pkg = createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json');
  return join(dirname(pkg), 'model');
}

/**
 * Checks the installed package against the list, then copies the listed
 * files into <outDir>/<MODEL_DIR>/. Returns what it wrote.
 *
 * @param {string} outDir the build's output folder
 * @param {string} [from] the package's model/ folder
 * @returns {{ dir: string, files: string[], bytes: number }}
 */
export function copyModels(outDir, from = packageModelDir()) {
  const version = JSON.parse(readFileSync(join(from, '..', 'package.json'), 'utf8')).version;
  if (version !== FACE_API_VERSION) {
    throw new Error(`face-models: @vladmandic/face-api ${version} is installed, src/lib/facelab/models.ts lists ${FACE_API_VERSION}`);
  }
  for (const f of MODEL_FILES) {
    const bytes = statSync(join(from, f.name)).size;
    if (bytes !== f.bytes) throw new Error(`face-models: ${f.name} is ${bytes} bytes, src/lib/facelab/models.ts says ${f.bytes}`);
  }
  const dir = join(outDir, MODEL_DIR);
  mkdirSync(dir, { recursive: true });
  for (const f of MODEL_FILES) copyFileSync(join(from, f.name), join(dir, f.name));
  return { dir, files: MODEL_FILES.map((f) => f.name), bytes: MODEL_BYTES };
}

/** @returns {import('astro').AstroIntegration} */
export default function faceModels() {
  return {
    name: 'visage-public:face-models',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { files, bytes } = copyModels(fileURLToPath(dir));
        logger.info(`${files.length} face-api ${FACE_API_VERSION} model files, ${(bytes / 1e6).toFixed(2)} MB, copied to ${MODEL_DIR}/`);
      },
    },
  };
}
