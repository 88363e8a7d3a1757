import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './build/shared/chromium'

// Another port lets a second checkout or helper run its browser tests beside this one.
const port = Number(process.env.PREVIEW_PORT ?? 4173)
const origin = `http://127.0.0.1:${port}`

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
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `${origin}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
