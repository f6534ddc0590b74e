/**
 * The face lab's model files (issue 15): which of @vladmandic/face-api's
 * weights the site serves, where, and how many bytes each is — pure data,
 * shared by the build (scripts/face-models.mjs copies exactly these files
 * from node_modules) and by the browser (a progress bar in bytes knows its
 * total before the first byte arrives).
 *
 *   modelUrl('/visage-public/')  // '/visage-public/models/face-api/1.7.15/'
 *   MODEL_BYTES                   // 6742217
 *
 * The path carries the library's version, so a host may cache the files for
 * ever and a new version never meets an old cached shard. Three networks of
 * the seven in the package: the tiny face detector (not SSD MobileNet, 5.6 MB
 * more), the tiny 68-point landmarks (the aligned crop) and the recognition
 * net (the 128-number template). tests/unit/facelab-models.test.ts checks
 * this list against node_modules: every file present, these sizes, every
 * shard a manifest names listed.
 */

/** The pinned version (package.json), also the last segment of the models' path. */
export const FACE_API_VERSION = '1.7.15';

/** Where the models live under the site's base, and under the build's outDir. */
export const MODEL_DIR = `models/face-api/${FACE_API_VERSION}`;

export type ModelNet = 'tinyFaceDetector' | 'faceLandmark68TinyNet' | 'faceRecognitionNet';

export interface ModelFile {
  /** The file name, as face-api's loaders request it and as in the package's model/ folder. */
  name: string;
  /** The network it belongs to (face-api's `nets.<net>`). */
  net: ModelNet;
  /** Its size in bytes, uncompressed (1.7.15's package). */
  bytes: number;
}

/** Manifest first, then its shard: the order face-api fetches them in. */
export const MODEL_FILES: readonly ModelFile[] = [
  { name: 'tiny_face_detector_model-weights_manifest.json', net: 'tinyFaceDetector', bytes: 3219 },
  { name: 'tiny_face_detector_model.bin', net: 'tinyFaceDetector', bytes: 193321 },
  { name: 'face_landmark_68_tiny_model-weights_manifest.json', net: 'faceLandmark68TinyNet', bytes: 4806 },
  { name: 'face_landmark_68_tiny_model.bin', net: 'faceLandmark68TinyNet', bytes: 77224 },
  { name: 'face_recognition_model-weights_manifest.json', net: 'faceRecognitionNet', bytes: 19615 },
  { name: 'face_recognition_model.bin', net: 'faceRecognitionNet', bytes: 6444032 },
];

/** The bytes a reader downloads for the three networks, before any HTTP compression: 6,742,217. */
export const MODEL_BYTES = MODEL_FILES.reduce((s, f) => s + f.bytes, 0);

/**
 * The URL of the models' folder for a site base (with or without its
 * trailing slash), ending in "/", as face-api's `loadFromUri` takes it.
 *
 * @example modelUrl('/') // '/models/face-api/1.7.15/'
 */
export function modelUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${MODEL_DIR}/`;
}
