import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { repoRoot } from '../../../support/fixtures'
import { main } from '../../../../build/import/cli'

const root = repoRoot
const seed = 'tests/fixtures/import/seed-000_fe4e93468a7dd5ad.txt'
const seedFile = 'us-has-deep-concerns-about-chinas-alignment-with-russia-official-says.json'

let outDir: string
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-import-'))
})
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true })
})

async function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main([...args, '--out-dir', outDir], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: root,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** The real command, so the entry point's exit code is what a shell would see. */
function runProcess(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), args, { cwd: root })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('close', (code) => {
      resolve({ code, stderr })
    })
  })
}

describe('npm run import', () => {
  test('writes the article as pretty-printed JSON named by its slug', async () => {
    const { code, out } = await run(seed)
    const written = await readFile(path.join(outDir, seedFile), 'utf8')
    expect(code).toBe(0)
    expect(out).toContain(`wrote ${path.join(outDir, seedFile)}`)
    expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`)
  })

  test('prints what it could not determine', async () => {
    const { out } = await run(seed)
    expect(out).toContain('note: no alt text for 2 photos: used the caption')
  })

  test('names the file after --slug', async () => {
    await run(seed, '--slug', 'china-russia-concerns')
    const written: unknown = JSON.parse(
      await readFile(path.join(outDir, 'china-russia-concerns.json'), 'utf8'),
    )
    expect(written).toMatchObject({ slug: 'china-russia-concerns' })
  })

  test('refuses to overwrite an existing file without --force', async () => {
    await writeFile(path.join(outDir, seedFile), 'kept\n')
    const { code, err } = await run(seed)
    expect(code).toBe(1)
    expect(err).toMatch(/already exists; nothing was written\. Pass --force to overwrite it\./)
    expect(await readFile(path.join(outDir, seedFile), 'utf8')).toBe('kept\n')
  })

  test('overwrites an existing file with --force', async () => {
    await writeFile(path.join(outDir, seedFile), 'replaced\n')
    const { code } = await run(seed, '--force')
    expect(code).toBe(0)
    expect(await readFile(path.join(outDir, seedFile), 'utf8')).toMatch(/^\{\n {2}"slug"/)
  })

  test('lists every problem as file: field.path: reason and writes nothing when the result is invalid', async () => {
    const { code, err } = await run('tests/fixtures/import/empty-page.html')
    const file = path.join(outDir, 'article.json')
    expect(code).toBe(1)
    expect(err).toContain(`${file}: headline: is blank`)
    expect(err).toContain(`${file}: body: has no block that can be shown`)
    expect(await readdir(outDir)).toEqual([])
  })

  test.each([
    ['no file', []],
    ['two files', [seed, seed]],
    ['an unknown option', [seed, '--colour']],
    ['a slug that is not lower-case words', [seed, '--slug', 'Not A Slug']],
  ])('stops with a usage error for %s', async (_case, args) => {
    const { code, err } = await run(...args)
    expect(code).toBe(2)
    expect(err).not.toBe('')
  })

  test('uses the slug of a published article whose headline a related link names', async () => {
    await writeFile(
      path.join(outDir, 'russia-sought-aid-from-ccp-before-ukraine-invasion.json'),
      JSON.stringify({
        slug: 'russia-sought-aid-from-ccp-before-ukraine-invasion',
        headline: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
      }),
    )
    await run(seed)
    expect(await readFile(path.join(outDir, seedFile), 'utf8')).toContain(
      '"slug": "russia-sought-aid-from-ccp-before-ukraine-invasion"',
    )
  })

  test('run as a process, exits 1 rather than overwrite', async () => {
    await writeFile(path.join(outDir, seedFile), 'kept\n')
    const { code, stderr } = await runProcess(['build/import/import.ts', seed, '--out-dir', outDir])
    expect(code).toBe(1)
    expect(stderr).toContain('Pass --force to overwrite it.')
  }, 30_000)
})
