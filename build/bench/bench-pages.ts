import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'
import { PREVIEW_ORIGIN, startPreview } from '../shared/preview-server'
import { runLighthouse } from './lighthouse'
import type { LighthouseRun } from './lighthouse'

// `npm run bench:pages`: issue 13's budgets for the section, author and search pages, on the built sample
// content (`npm run build` first). Each page is measured by Lighthouse (mobile, simulated throttling) beside a
// static page of the same content: the page as Chromium rendered it, saved with every script taken out, so
// the same markup, stylesheet, fonts and photos, and no JavaScript (the physical limit). Budgets: LCP within
// 1.10 × the static page's; accessibility, best practices and SEO 100. Interleaved runs, medians. Writes its
// section of docs/performance.md. Options: --runs N (default 3).

const args = process.argv.slice(2)
const RUNS = Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 3)
const dist = path.join(root, 'dist')
const reportsDir = path.join(root, 'reports/bench')
const START = '<!-- listing-pages:start -->'
const END = '<!-- listing-pages:end -->'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

async function firstPage(folder: string): Promise<string> {
  const names = (await readdir(path.join(dist, folder))).filter((name) => name.endsWith('.html'))
  const first = names.sort()[0]
  if (first === undefined) throw new Error(`dist/${folder} has no pages: run \`npm run build\`.`)
  return `/${folder}/${first.replace(/\.html$/, '')}`
}

/** The page as rendered, without its scripts: what the reader sees, delivered as one static file. */
async function saveStatic(
  browser: import('@playwright/test').Browser,
  url: string,
  name: string,
): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } })
  await page.goto(`${PREVIEW_ORIGIN}${url}`)
  await page.waitForLoadState('networkidle')
  // Taken out of the live page once it has rendered: what stays is what the reader sees.
  await page.evaluate(() => {
    document
      .querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"][as="script"]')
      .forEach((element) => {
        element.remove()
      })
  })
  const html = await page.content()
  await page.close()
  const file = `/bench/static-${name}.html`
  await mkdir(path.join(dist, 'bench'), { recursive: true })
  await writeFile(path.join(dist, file), html)
  return file
}

const pages: Record<string, string> = {
  section: await firstPage('sections'),
  author: await firstPage('authors'),
  search: '/search',
  'search results': '/search?q=Russia',
}

const preview = await startPreview()
const results: Record<string, { page: LighthouseRun[]; reference: LighthouseRun[] }> = {}
try {
  const browser = await chromium.launch(chromiumLaunchOptions)
  const references: Record<string, string> = {}
  for (const [name, url] of Object.entries(pages))
    references[name] = await saveStatic(browser, url, name.replace(/\W+/g, '-'))
  await browser.close()
  await mkdir(reportsDir, { recursive: true })
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, url] of Object.entries(pages)) {
      const reference = references[name] ?? ''
      results[name] ??= { page: [], reference: [] }
      console.log(`bench:pages ${name} run ${run + 1}/${RUNS}`)
      results[name].page.push(
        runLighthouse(
          `${PREVIEW_ORIGIN}${url}`,
          path.join(reportsDir, `lighthouse-${name.replace(/\W+/g, '-')}-${run + 1}.json`),
        ),
      )
      results[name].reference.push(
        runLighthouse(
          `${PREVIEW_ORIGIN}${reference}`,
          path.join(reportsDir, `lighthouse-${name.replace(/\W+/g, '-')}-static-${run + 1}.json`),
        ),
      )
    }
  }
} finally {
  preview.stop()
}

const rows = Object.entries(results).map(([name, { page, reference }]) => {
  const lcp = median(page.map((run) => run.lcp))
  const staticLcp = median(reference.map((run) => run.lcp))
  const worst = (key: 'accessibility' | 'bestPractices' | 'seo') =>
    Math.min(...page.map((run) => run[key]))
  return `| ${name} (\`${pages[name] ?? ''}\`) | ${Math.round(lcp)} ms | ${Math.round(staticLcp)} ms | ${(lcp / staticLcp).toFixed(2)} × | ${worst('accessibility')} | ${worst('bestPractices')} | ${worst('seo')} | ${median(page.map((run) => run.performance))} |`
})
const body = `## Section, author and search pages

Measured by \`npm run bench:pages\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse (mobile, simulated
throttling), ${RUNS} interleaved runs each, medians (the scores are the lowest of the runs), on the sample content.
The static page is the same page as Chromium rendered it, saved with its scripts taken out.

| page | LCP | static page's LCP | ratio (budget ≤ 1.10 ×) | accessibility | best practices | SEO | performance |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`
const docs = path.join(root, 'docs/performance.md')
const markdown = await readFile(docs, 'utf8')
const section = `${START}\n${body.trim()}\n${END}`
const start = markdown.indexOf(START)
const end = markdown.indexOf(END)
await writeFile(
  docs,
  start === -1 || end < start
    ? `${markdown.trimEnd()}\n\n${section}\n`
    : `${markdown.slice(0, start)}${section}${markdown.slice(end + END.length)}`,
)
console.log(`\n${body}`)
