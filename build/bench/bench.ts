import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import type { Browser, CDPSession } from '@playwright/test'
import { archiveSection } from './archive-section'
import { importSection } from './import-section'
import { readingSection } from './reading-section'
import { armKeyToPaint, clickToHeadline, loadMilestones, pendingResult } from './in-page'
import { runLighthouse } from './lighthouse'
import type { LighthouseRun } from './lighthouse'
import { staticArticleHtml } from './static-reference'
import { syntheticArticle } from '../corpus/synthetic-article'
import { strictArticleSchema } from '../../src/content/format'
import { formatKb, measureBudgets } from './budgets'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'
import { articleFile } from '../../src/content/content-files'
import { dist, fillTemplate, readJson, savedTemplate } from '../prerender/prerender-pages'
import { loadServerEntry } from '../prerender/server-entry'
import { PREVIEW_ORIGIN, startPreview } from '../shared/preview-server'

// `npm run bench`: builds, then measures in one run, side by side, this reader's article page and a plain
// static HTML page of the same article (the physical limit); soft navigation; text-size changes; and how cost
// grows with article length. Writes docs/performance.md. Timings are reported, not gated: the machine is
// shared and noisy. Options: --runs N (default 3), --no-build.

const args = process.argv.slice(2)
const RUNS = Math.max(3, Number(args[args.indexOf('--runs') + 1]) || 3)
const SEED = 'us-deep-concerns-china-alignment-russia'
const RELATED = 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion'
const LONG_READ = 'the-long-read-how-a-newsroom-sets-type'
const SCALES = [100, 1_000, 10_000]
const reportsDir = path.join(root, 'reports/bench')

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const ms = (value: number) => `${Math.round(value)} ms`
const log = (text: string) => {
  console.log(`bench: ${text}`)
}

async function preparePages(): Promise<void> {
  const seedJson = await readJson(path.join(dist, 'content', articleFile(SEED)))
  await mkdir(path.join(dist, 'bench'), { recursive: true })
  await writeFile(path.join(dist, 'bench', `${SEED}.html`), staticArticleHtml(seedJson))
  const entry = await loadServerEntry()
  const template = await savedTemplate()
  const { leadImage } = strictArticleSchema.parse(seedJson)
  for (const paragraphs of SCALES) {
    const slug = `bench-scale-${paragraphs}`
    const article = syntheticArticle(slug, paragraphs, leadImage)
    await writeFile(path.join(dist, 'content', articleFile(slug)), JSON.stringify(article))
    await writeFile(
      path.join(dist, 'articles', `${slug}.html`),
      fillTemplate(template, entry.prerenderArticle(article, slug), { deferApp: true }),
    )
  }
}

function lighthouseSuite(): Record<string, LighthouseRun[]> {
  const pages = { article: `/articles/${SEED}`, static: `/bench/${SEED}.html`, frontPage: '/' }
  const results: Record<string, LighthouseRun[]> = { article: [], static: [], frontPage: [] }
  // Interleaved, so a burst of load on the machine hurts every page alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, url] of Object.entries(pages)) {
      log(`lighthouse ${name} run ${run + 1}/${RUNS}`)
      results[name]?.push(
        runLighthouse(
          `${PREVIEW_ORIGIN}${url}`,
          path.join(reportsDir, `lighthouse-${name}-${run + 1}.json`),
        ),
      )
    }
  }
  return results
}

async function throttle(cdp: CDPSession, mobile: boolean) {
  if (!mobile) return
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
}

async function softNavigation(browser: Browser) {
  const results: Record<string, number[]> = {}
  for (const mobile of [false, true]) {
    for (const prefetched of [true, false]) {
      const key = `${mobile ? 'mobile (4× CPU, 150 ms RTT)' : 'desktop'}, ${prefetched ? 'prefetched' : 'not prefetched'}`
      results[key] = []
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext()
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await page.goto(`${PREVIEW_ORIGIN}/articles/${SEED}`)
        await loadMilestones(page)
        await throttle(cdp, mobile)
        const link = page
          .getByRole('region', { name: 'Related stories' })
          .getByRole('link', { name: RELATED })
        if (prefetched) {
          const loaded = page.waitForResponse((response) =>
            response
              .url()
              .endsWith(
                `/content/articles/russia-sought-aid-from-ccp-before-ukraine-invasion.json`,
              ),
          )
          await link.hover()
          await loaded
          await page.waitForTimeout(mobile ? 800 : 100)
        }
        results[key].push(await clickToHeadline(page, RELATED))
        await context.close()
      }
      log(`soft navigation ${key}: ${ms(median(results[key]))}`)
    }
  }
  return results
}

async function textSizeChange(browser: Browser, slug: string, viewportWidth = 1280) {
  const times: number[] = []
  const context = await browser.newContext({ viewport: { width: viewportWidth, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${PREVIEW_ORIGIN}/articles/${slug}`)
  await loadMilestones(page)
  for (let run = 0; run < RUNS * 2; run += 1) {
    await armKeyToPaint(page)
    await page.keyboard.press(run % 2 === 0 ? '+' : '-')
    times.push(await pendingResult(page))
  }
  await context.close()
  return times
}

async function scale(browser: Browser) {
  const rows = []
  for (const paragraphs of SCALES) {
    const slug = `bench-scale-${paragraphs}`
    const headline: number[] = []
    const interactive: number[] = []
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${PREVIEW_ORIGIN}/articles/${slug}`, { timeout: 120_000 })
      const milestones = await loadMilestones(page)
      headline.push(milestones.headline)
      interactive.push(milestones.interactive)
      await context.close()
    }
    const change = await textSizeChange(browser, slug)
    const html = await readFile(path.join(dist, 'articles', `${slug}.html`))
    rows.push({
      paragraphs,
      headline: median(headline),
      interactive: median(interactive),
      textSize: median(change),
      htmlGzip: gzipSync(html, { level: 9 }).byteLength,
    })
    log(
      `scale ${paragraphs}: headline ${ms(median(headline))}, interactive ${ms(median(interactive))}, text size ${ms(median(change))}`,
    )
  }
  return rows
}

function machine() {
  const chromiumVersion = execSync(`${process.env.CHROME_PATH ?? '/usr/bin/chromium'} --version`)
    .toString()
    .trim()
  const cpus = os.cpus()
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${chromiumVersion}`
}

/** The Lighthouse that measured, as installed (not as the lock file last said). */
function lighthouseVersion(): string {
  const manifest: unknown = JSON.parse(
    readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8'),
  )
  const version: unknown =
    typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : undefined
  return typeof version === 'string' ? version : 'unknown version'
}

function lighthouseTable(results: Record<string, LighthouseRun[]>) {
  const pick = (name: string, field: keyof LighthouseRun) =>
    median((results[name] ?? []).map((run) => run[field]))
  const rows: [string, keyof LighthouseRun, (value: number) => string][] = [
    ['First Contentful Paint', 'fcp', ms],
    ['Largest Contentful Paint', 'lcp', ms],
    ['Total Blocking Time', 'tbt', ms],
    ['Cumulative Layout Shift', 'cls', (value) => value.toFixed(3)],
    ['Bytes transferred', 'bytes', formatKb],
    ['Performance score', 'performance', String],
    ['Accessibility score', 'accessibility', String],
    ['Best practices score', 'bestPractices', String],
    ['SEO score', 'seo', String],
  ]
  const lines = rows.map(([label, field, format]) => {
    const ours = pick('article', field)
    const limit = pick('static', field)
    const ratio =
      ['fcp', 'lcp', 'bytes'].includes(field) && limit > 0 ? `${(ours / limit).toFixed(2)}×` : ''
    return `| ${label} | ${format(ours)} | ${format(limit)} | ${ratio} | ${format(pick('frontPage', field))} |`
  })
  return [
    `| median of ${RUNS} runs | reader: seed article | static HTML, same article | ratio | reader: front page |`,
    '| --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n')
}

await mkdir(reportsDir, { recursive: true })
if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' })
await preparePages()
const server = await startPreview()
try {
  const budgets = await measureBudgets()
  const lighthouse = lighthouseSuite()
  const browser = await chromium.launch(chromiumLaunchOptions)
  const soft = await softNavigation(browser)
  const longRead = await textSizeChange(browser, LONG_READ)
  const longReadPhone = await textSizeChange(browser, LONG_READ, 390)
  const scaleRows = await scale(browser)
  await browser.close()

  const markdown = `# Performance

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on ${machine()}.
Production build served by \`vite preview\` on ${PREVIEW_ORIGIN}. Timings are medians of the runs shown and
move from run to run on a busy machine; byte sizes are exact. Budgets: \`build/bench/budgets.ts\`.

## Bytes (gzip -9, checked in CI by \`npm run budgets\`)

| what | size | budget | |
| --- | --- | --- | --- |
${budgets.map((line) => `| ${line.what} | ${formatKb(line.bytes)} | ${line.budget === undefined ? '' : formatKb(line.budget)} | ${line.note} |`).join('\n')}

## First load: the reader against a static HTML page of the same article

Lighthouse ${lighthouseVersion()} (mobile: simulated 150 ms RTT, ~1.6 Mbps, 4× CPU slowdown). The static page is generated
from the same article JSON with the same images and no JavaScript (\`build/bench/static-reference.ts\`).

${lighthouseTable(lighthouse)}

Budgets: LCP ≤ 1.10 × the static page; CLS < 0.01; performance ≥ 98 and accessibility, best practices and SEO 100.

## Related story: click to new headline painted

| condition | median | runs |
| --- | --- | --- |
${Object.entries(soft)
  .map(
    ([key, values]) =>
      `| ${key} | ${ms(median(values))} | ${values.map((value) => Math.round(value)).join(', ')} |`,
  )
  .join('\n')}

Budget: ≤ 100 ms after a prefetch. "Prefetched" means the reader hovered or focused the link first, which
fetches the story; "not prefetched" includes fetching it (and the on-demand parser chunk) after the click.

## Text-size change to next paint

| page | median | runs |
| --- | --- | --- |
| long read (${LONG_READ}), 1280 px | ${ms(median(longRead))} | ${longRead.map((value) => Math.round(value)).join(', ')} |
| long read, 390 px | ${ms(median(longReadPhone))} | ${longReadPhone.map((value) => Math.round(value)).join(', ')} |

Budget: < 50 ms on the long article.

## Scale: synthetic articles

Prerendered like every article; desktop, no throttling. "Headline" is the headline's paint (Element Timing),
"interactive" the app's \`broadsheet:interactive\` mark after hydration.

| paragraphs | page HTML (gzip) | headline painted | interactive | text-size change to next paint |
| --- | --- | --- | --- | --- |
${scaleRows.map((row) => `| ${row.paragraphs.toLocaleString('en')} | ${formatKb(row.htmlGzip)} | ${ms(row.headline)} | ${ms(row.interactive)} | ${ms(row.textSize)} |`).join('\n')}

Raw Lighthouse reports: \`reports/bench/\` (not committed).
`
  // The archive benchmark's section (npm run bench:archive) is kept as it was.
  const previous = await readFile(path.join(root, 'docs/performance.md'), 'utf8').catch(() => '')
  // …and so are the WordPress import's (npm run bench:import) and the reading controls' (npm run bench:reading).
  const kept = [archiveSection(previous), importSection(previous), readingSection(previous)].filter(
    (section) => section !== '',
  )
  await writeFile(
    path.join(root, 'docs/performance.md'),
    kept.length === 0 ? markdown : `${markdown}\n${kept.join('\n\n')}\n`,
  )
  console.log(`\n${markdown}`)
} finally {
  server.stop()
}
