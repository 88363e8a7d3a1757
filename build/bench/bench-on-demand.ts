import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { generateCorpus } from '../corpus/corpus'
import { root } from '../shared/paths'
import { createWorkspace } from '../shared/workspace'
import type { Workspace } from '../shared/workspace'
import { withOnDemandSection } from './on-demand-section'

// `npm run bench:on-demand -- [--sizes 10000,100000] [--dir /tmp/x]`: publishing and serving at archive scale.
// For each size, in a scratch copy of the project under the temp folder (deleted after): a cold on-demand
// build (VITE_RENDER_MODE=on-demand, two days prerendered), three corrections and three new articles through
// `npm run publish`, then the Node server under autocannon (loopback, bounded: a few seconds per run) for a
// miss (every request renders) and, through Varnish with the repository's VCL, a hit; and the server's peak
// memory after rendering thousands of different articles. Writes its section of docs/performance.md.

const args = process.argv.slice(2)
const option = (name: string) => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}
const SIZES = (option('--sizes') ?? '10000,100000').split(',').map(Number)
const DIR = option('--dir') ?? path.join(os.tmpdir(), 'broadsheet-on-demand-bench')
const SERVER_PORT = 4310
const VARNISH_PORT = 4386
const ENV = {
  VITE_SITE_URL: 'https://news.example',
  VITE_RENDER_MODE: 'on-demand',
  VITE_PRERENDER_DAYS: '2',
}

interface LoadFigures {
  connections: number
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
}

interface SizeFigures {
  count: number
  coldMs: number
  correctionMs: number[]
  newArticleMs: number[]
  miss: LoadFigures[]
  hit: LoadFigures
  peakRssMb: number
  rssAfterStartMb: number
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

async function load(url: string, connections: number, paths?: string[]): Promise<LoadFigures> {
  let next = 0
  const result = await autocannon({
    url,
    connections,
    duration: 6,
    ...(paths && {
      requests: [
        {
          setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
        },
      ],
    }),
  })
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

function peakRss(pid: number): Promise<{ peak: number; now: number }> {
  return readFile(`/proc/${pid}/status`, 'utf8').then((status) => ({
    peak: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024,
    now: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024,
  }))
}

async function waitFor(url: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited`)
    const ok = await fetch(url, { method: 'HEAD' }).then(
      (response) => response.status < 500,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer`)
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve()
    })
    child.kill('SIGTERM')
  })
}

async function publishOne(workspace: Workspace, file: string): Promise<number> {
  const { output } = await workspace.run('npx', ['tsx', 'build/publish/publish.ts', file], ENV)
  const ms = /in (\d+) ms/.exec(output)?.[1]
  if (ms === undefined) throw new Error(`publish said:\n${output}`)
  return Number(ms)
}

async function measure(count: number): Promise<SizeFigures> {
  const dir = path.join(DIR, String(count))
  console.log(`\n${count.toLocaleString('en')} articles in ${dir}`)
  const workspace = await createWorkspace(dir)
  const articlesDir = path.join(dir, 'public/content/articles')
  await mkdir(articlesDir, { recursive: true })
  const corpus = generateCorpus({ count, seed: 1, photos: 40 })
  for (const file of corpus) await writeFile(path.join(articlesDir, `${file.slug}.json`), file.json)
  const slugs = corpus.map((file) => file.slug)
  const sample = JSON.parse(corpus[Math.floor(count / 2)]?.json ?? '{}') as Record<string, unknown>
  corpus.length = 0

  process.stdout.write('cold build… ')
  const cold = await workspace.run('npm', ['run', 'build'], ENV)
  console.log(`${(cold.ms / 1000).toFixed(0)} s`)

  const drafts = path.join(dir, 'drafts')
  await mkdir(drafts, { recursive: true })
  const correctionMs: number[] = []
  const newArticleMs: number[] = []
  for (let round = 0; round < 3; round += 1) {
    const slug = slugs[Math.floor(((round + 1) * count) / 4)] ?? ''
    const original = JSON.parse(await readFile(path.join(articlesDir, `${slug}.json`), 'utf8')) as {
      headline: string
    }
    const correction = path.join(drafts, `${slug}.json`)
    await writeFile(
      correction,
      JSON.stringify({ ...original, headline: `${original.headline} (corrected)` }),
    )
    correctionMs.push(await publishOne(workspace, correction))
    const fresh = `breaking-story-number-${round}`
    const story = path.join(drafts, `${fresh}.json`)
    const rest = Object.fromEntries(Object.entries(sample).filter(([key]) => key !== 'updatedAt'))
    await writeFile(
      story,
      JSON.stringify({
        ...rest,
        slug: fresh,
        headline: `Breaking story ${round}`,
        publishedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      }),
    )
    newArticleMs.push(await publishOne(workspace, story))
  }
  console.log(
    `publish: corrections ${correctionMs.join(', ')} ms; new ${newArticleMs.join(', ')} ms`,
  )

  // The server alone, on this machine's cores (shared with the load tool).
  const server = spawn(process.execPath, ['--import', 'tsx', 'build/serve/serve.ts'], {
    cwd: dir,
    env: { ...process.env, PORT: String(SERVER_PORT), NODE_ENV: 'production' },
    stdio: 'ignore',
  })
  const origin = `http://127.0.0.1:${SERVER_PORT}`
  let varnish: ChildProcess | undefined
  try {
    await waitFor(`${origin}/robots.txt`, server)
    const started = await peakRss(server.pid ?? 0)
    const paths = slugs
      .filter((_, index) => index % Math.max(1, Math.floor(count / 5000)) === 0)
      .map((slug) => `/articles/${slug}`)
    const miss: LoadFigures[] = []
    for (const connections of [1, 4, 16, 64]) miss.push(await load(origin, connections, paths))
    const memory = await peakRss(server.pid ?? 0)

    const vclDir = path.join(root, 'deploy', 'varnish')
    const backend = path.join(dir, 'varnish')
    await mkdir(backend, { recursive: true })
    await writeFile(
      path.join(backend, 'backend.vcl'),
      (await readFile(path.join(vclDir, 'backend.vcl'), 'utf8')).replace(
        '"4173"',
        `"${SERVER_PORT}"`,
      ),
    )
    varnish = spawn(
      '/usr/sbin/varnishd',
      [
        '-F',
        '-j',
        'none',
        '-n',
        path.join(backend, 'work'),
        '-a',
        `127.0.0.1:${VARNISH_PORT}`,
        '-T',
        '127.0.0.1:4387',
        '-f',
        path.join(vclDir, 'broadsheet.vcl'),
        '-p',
        `vcl_path=${backend}:${vclDir}`,
        '-s',
        'malloc,256m',
      ],
      { stdio: 'ignore' },
    )
    const cached = `http://127.0.0.1:${VARNISH_PORT}`
    await waitFor(`${cached}/robots.txt`, varnish)
    await fetch(`${cached}${paths[0] ?? '/'}`).then((response) => response.text())
    const hit = await load(`${cached}${paths[0] ?? '/'}`, 16)
    console.log(
      `miss ${miss.map((m) => `${m.connections}c ${m.requestsPerSecond}/s`).join(', ')}; hit ${hit.requestsPerSecond}/s; peak ${memory.peak.toFixed(0)} MB`,
    )
    return {
      count,
      coldMs: cold.ms,
      correctionMs,
      newArticleMs,
      miss,
      hit,
      peakRssMb: memory.peak,
      rssAfterStartMb: started.now,
    }
  } finally {
    if (varnish) await stop(varnish)
    await stop(server)
    await rm(dir, { recursive: true, force: true })
  }
}

const figures: SizeFigures[] = []
for (const size of SIZES) {
  figures.push(await measure(size))
  // Written after every size: a run stopped during the largest keeps the figures of the others.
  await writeFigures()
}
await rm(DIR, { recursive: true, force: true })

async function writeFigures() {
  const cpus = os.cpus()
  const ms = (value: number) => `${Math.round(value)} ms`
  const body = `## On demand at archive scale: publishing and serving

Measured by \`npm run bench:on-demand\` on ${new Date().toISOString().slice(0, 10)}, on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version},
**while other builds and tests shared the machine** (treat the figures as lower bounds). Each size is a scratch
copy of the project with generated articles (\`build/corpus\`, seed 1), built with \`VITE_RENDER_MODE=on-demand\`
and \`VITE_PRERENDER_DAYS=2\`, then three corrections (stories a quarter, half and three quarters into the
archive) and three new articles through \`npm run publish\` (the time it reports: from reading the file to the
last write, without Node's start-up). 1,000,000 articles were not measured: the cold build alone would take
hours on this shared 2-core machine.

| articles | cold build | a correction (median of 3) | a new article (median of 3) |
| --- | --- | --- | --- |
${figures.map((f) => `| ${f.count.toLocaleString('en')} | ${(f.coldMs / 1000).toFixed(0)} s | ${ms(median(f.correctionMs))} (${f.correctionMs.join(', ')}) | ${ms(median(f.newArticleMs))} (${f.newArticleMs.join(', ')}) |`).join('\n')}

The handler on Node (\`npm run serve\`), autocannon on the same 2 cores, 6 s a run, loopback only. A miss is a
render: each request is a different article (thousands of them), read from disk and rendered. A hit is the
same page through Varnish with \`deploy/varnish/broadsheet.vcl\`.

| articles | run | connections | requests/s | p50 | p99 | errors |
| --- | --- | --- | --- | --- | --- | --- |
${figures.flatMap((f) => [...f.miss.map((m) => `| ${f.count.toLocaleString('en')} | miss (render) | ${m.connections} | ${m.requestsPerSecond} | ${m.p50} ms | ${m.p99} ms | ${m.errors} |`), `| ${f.count.toLocaleString('en')} | hit (Varnish) | ${f.hit.connections} | ${f.hit.requestsPerSecond} | ${f.hit.p50} ms | ${f.hit.p99} ms | ${f.hit.errors} |`]).join('\n')}

Peak memory of the server process (VmHWM) after those runs: ${figures.map((f) => `${f.peakRssMb.toFixed(0)} MB at ${f.count.toLocaleString('en')} articles (${f.rssAfterStartMb.toFixed(0)} MB after start)`).join('; ')}. The
server keeps no per-article state: each request reads one article file and the front page's pageCount.
`
  const docs = path.join(root, 'docs/performance.md')
  await writeFile(docs, withOnDemandSection(await readFile(docs, 'utf8'), body))
  await mkdir(path.join(root, 'reports/bench'), { recursive: true })
  await writeFile(path.join(root, 'reports/bench/on-demand.json'), JSON.stringify(figures, null, 2))
  console.log(`\n${body}`)
}
