/**
 * End-to-end tests against the built site (`dist/`, or DIST), served by
 * scripts/serve.mjs exactly as a static host would serve it.
 *
 *   astro build && npx playwright test            # both projects
 *   npx playwright test --project=no-js           # JavaScript disabled only
 *   PORT=4400 DIST=dist-x npx playwright test --output=/tmp/pw   # beside another run
 *
 * Browser: Debian's Chromium when present (Playwright cannot download its own
 * on this machine); elsewhere set CHROME_PATH or run
 * `npx playwright install chromium`.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromeFlags, chromePath } from './scripts/lib/chromium.mjs';

const port = Number(process.env.PORT ?? 4321);
// The pseudo-locale build (scripts/pseudo-build.mjs → dist-qps/), for tests/e2e/pseudo.spec.ts.
const pseudoPort = Number(process.env.PSEUDO_PORT ?? 4331);
// Same normalisation as scripts/serve.mjs: "/" or "/sub-path/".
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');
const executablePath = chromePath;
const args = chromeFlags;

export default defineConfig({
  testDir: 'tests/e2e',
  // Static pages load in well under a second, but axe on the longest pages
  // (the module page holds the whole course; the sources page every source)
  // takes 15–25 s on a busy 2-core machine. A test that needs 45 s is stuck.
  timeout: 45_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Playwright wipes test-results/ at start, so the JSON report lives elsewhere.
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording traces for every test costs a third of the run on a 2-core
    // machine; failures print readable messages. To debug one, add
    // `--trace retain-on-failure` (then `npx playwright show-trace …`).
    trace: 'off',
    // The site registers a service worker that saves the whole site on a
    // first visit; in ~300 fresh contexts that would multiply the run time.
    // tests/e2e/offline.spec.ts opts back in with serviceWorkers: 'allow'.
    serviceWorkers: 'block',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      grepInvert: /@nojs/,
    },
    {
      name: 'no-js',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
      grep: /@nojs/,
    },
  ],
  webServer: [
    {
      command: 'node scripts/serve.mjs',
      env: { PORT: String(port) },
      url: `http://localhost:${port}${base}`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
      timeout: 15_000,
    },
    {
      command: 'node scripts/serve.mjs',
      env: { PORT: String(pseudoPort), DIST: 'dist-qps', BASE_PATH: '/' },
      url: `http://localhost:${pseudoPort}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
      timeout: 15_000,
    },
  ],
});
