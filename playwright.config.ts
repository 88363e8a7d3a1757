import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './build/shared/chromium'
import { PREVIEW_HOST, previewOrigin, previewPort } from './build/shared/preview-port'

// Another port (PREVIEW_PORT) lets a second checkout or helper run its browser tests beside this one.
const port = previewPort()
const origin = previewOrigin(port)

// Real-browser checks run against the production build (`npm run build` first), served by `vite preview`.
export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: origin,
    trace: 'retain-on-failure',
    // The offline-reading worker would answer requests before page.route() sees them; the tests that are
    // about it allow it explicitly.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx vite preview --host ${PREVIEW_HOST} --port ${String(port)} --strictPort`,
    url: `${origin}/`,
    // A server already on the port may be another checkout's build: reuse one only when asked to
    // (PREVIEW_REUSE=1, e.g. with your own `npm run preview` running); otherwise a taken port is an error.
    reuseExistingServer: process.env.PREVIEW_REUSE === '1',
    timeout: 60_000,
  },
})
