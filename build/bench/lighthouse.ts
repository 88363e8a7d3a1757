import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

// Lighthouse through its CLI (mobile, simulated throttling: 150 ms RTT, ~1.6 Mbps, 4× CPU) on Debian's
// Chromium, with the flags this closed network needs.

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ')

export interface LighthouseRun {
  fcp: number
  lcp: number
  tbt: number
  cls: number
  bytes: number
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
}

interface LighthouseReport {
  audits: Record<string, { numericValue?: number } | undefined>
  categories: Record<string, { score: number | null } | undefined>
}

// Lighthouse now and then loses its trace on a busy machine (NO_NAVSTART); one more try is a fair measurement.
export function runLighthouse(url: string, outFile: string): LighthouseRun {
  try {
    return runLighthouseOnce(url, outFile)
  } catch {
    return runLighthouseOnce(url, outFile)
  }
}

function runLighthouseOnce(url: string, outFile: string): LighthouseRun {
  const result = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      '--output=json',
      `--output-path=${outFile}`,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      encoding: 'utf8',
    },
  )
  if (result.status !== 0)
    throw new Error(`lighthouse failed for ${url}: ${result.stderr.slice(-2000)}`)
  const report = JSON.parse(readFileSync(path.resolve(outFile), 'utf8')) as LighthouseReport
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN
  const score = (id: string) => Math.round((report.categories[id]?.score ?? Number.NaN) * 100)
  return {
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  }
}
