/**
 * The face lab's self-hosted models (src/lib/facelab/models.ts,
 * scripts/face-models.mjs): the list names real files of the pinned
 * @vladmandic/face-api, at their real sizes, with every shard their
 * manifests ask for; the integration copies exactly those bytes under the
 * versioned path, and refuses a package that does not match the list.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import faceModels, { copyModels, packageModelDir } from '../../scripts/face-models.mjs';
import { FACE_API_VERSION, MODEL_BYTES, MODEL_DIR, MODEL_FILES, modelUrl } from '../../src/lib/facelab/models';

const from = packageModelDir();
const tmp = mkdtempSync(join(tmpdir(), 'vp-face-models-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the model list', () => {
  it('is the version package.json pins and node_modules holds', () => {
    const pin = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies['@vladmandic/face-api'];
    expect(pin).toBe(FACE_API_VERSION);
    expect(JSON.parse(readFileSync(join(from, '..', 'package.json'), 'utf8')).version).toBe(FACE_API_VERSION);
    expect(MODEL_DIR).toBe('models/face-api/1.7.15');
  });
  it('names files of the package, each at the size it lists: 6,742,217 bytes in all', () => {
    for (const f of MODEL_FILES) expect(statSync(join(from, f.name)).size, f.name).toBe(f.bytes);
    expect(MODEL_BYTES).toBe(6_742_217);
    const gzip = MODEL_FILES.reduce((s, f) => s + gzipSync(readFileSync(join(from, f.name))).length, 0);
    console.log(`face-api ${FACE_API_VERSION} models: ${MODEL_BYTES} bytes raw, ${gzip} bytes gzip (level 6)`);
    // The weights are float32 noise to gzip: it saves about a third, no more.
    expect(gzip / MODEL_BYTES).toBeGreaterThan(0.6);
  });
  it('has, for each of the three networks, its manifest and every shard that manifest names', () => {
    const nets = new Set(MODEL_FILES.map((f) => f.net));
    expect([...nets]).toEqual(['tinyFaceDetector', 'faceLandmark68TinyNet', 'faceRecognitionNet']);
    const names = MODEL_FILES.map((f) => f.name);
    for (const net of nets) {
      const files = MODEL_FILES.filter((f) => f.net === net).map((f) => f.name);
      const manifests = files.filter((n) => n.endsWith('-weights_manifest.json'));
      expect(manifests, net).toHaveLength(1);
      const groups = JSON.parse(readFileSync(join(from, manifests[0]!), 'utf8')) as { paths: string[]; weights: unknown[] }[];
      const shards = groups.flatMap((g) => g.paths);
      expect(shards.length, net).toBeGreaterThan(0);
      expect(shards.filter((s) => !names.includes(s)), net).toEqual([]);
      expect(files.filter((n) => !n.endsWith('.json')).sort(), net).toEqual([...shards].sort());
    }
  });
  it('leaves out the package\'s other networks (SSD MobileNet, 68-point full landmarks, age and gender, expressions)', () => {
    const others = readdirSync(from).filter((n) => !MODEL_FILES.some((f) => f.name === n));
    expect(others.some((n) => n.startsWith('ssd_mobilenetv1'))).toBe(true);
    expect(others.every((n) => !n.startsWith('tiny_face_detector') && !n.startsWith('face_recognition') && !n.startsWith('face_landmark_68_tiny'))).toBe(true);
  });
  it('gives the folder\'s URL under any base, ending in a slash', () => {
    expect(modelUrl('/')).toBe('/models/face-api/1.7.15/');
    expect(modelUrl('/visage-public')).toBe('/visage-public/models/face-api/1.7.15/');
    expect(modelUrl('/visage-public/')).toBe('/visage-public/models/face-api/1.7.15/');
  });
});

describe('the build integration', () => {
  it('copies exactly the listed files, byte for byte, under <outDir>/models/face-api/1.7.15/', () => {
    const out = join(tmp, 'dist');
    const info: string[] = [];
    const hook = faceModels().hooks['astro:build:done'] as unknown as (o: { dir: URL; logger: { info: (m: string) => void } }) => void;
    hook({ dir: pathToFileURL(`${out}/`), logger: { info: (m) => info.push(m) } });
    expect(readdirSync(join(out, 'models', 'face-api', '1.7.15')).sort()).toEqual(MODEL_FILES.map((f) => f.name).sort());
    for (const f of MODEL_FILES) {
      expect(readFileSync(join(out, MODEL_DIR, f.name)).equals(readFileSync(join(from, f.name))), f.name).toBe(true);
    }
    expect(readdirSync(out)).toEqual(['models']);
    expect(info.join('\n')).toMatch(/6 face-api 1\.7\.15 model files, 6\.74 MB/);
  });
  it('fails the build when the installed package is another version, or a file another size', () => {
    const fake = join(tmp, 'pkg');
    mkdirSync(join(fake, 'model'), { recursive: true });
    cpSync(from, join(fake, 'model'), { recursive: true });
    writeFileSync(join(fake, 'package.json'), JSON.stringify({ version: '1.7.16' }));
    expect(() => copyModels(join(tmp, 'out1'), join(fake, 'model'))).toThrow(/1\.7\.16 is installed/);
    writeFileSync(join(fake, 'package.json'), JSON.stringify({ version: FACE_API_VERSION }));
    writeFileSync(join(fake, 'model', 'tiny_face_detector_model.bin'), 'truncated');
    expect(() => copyModels(join(tmp, 'out2'), join(fake, 'model'))).toThrow(/tiny_face_detector_model\.bin is 9 bytes/);
    expect(existsSync(join(tmp, 'out2', MODEL_DIR))).toBe(false);
  });
});
