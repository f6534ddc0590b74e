/**
 * Which Chromium the tests and Lighthouse drive, and with which flags: the
 * one in CHROME_PATH, else Debian's /usr/bin/chromium, else none (then
 * Playwright uses its own, from `npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromeFlags = [
  // Chromium refuses its sandbox when run as root (containers, CI images).
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Without these, a headless Chromium calls Google's servers at start.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The same flags with WebGL, for the face lab: no --disable-gpu, and ANGLE on
 * SwiftShader, so that a headless Chromium without a GPU still gives a page a
 * WebGL context (TensorFlow.js's fast backend). Used by the lab's end-to-end
 * tests, its benchmark and its one-page test site (scripts/lib/facelab-page.mjs).
 */
export const webglFlags = [
  ...chromeFlags.filter((f) => f !== '--disable-gpu'),
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];
