import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { main } from '../../../../build/import/cli'
import { readFixture, repoRoot } from '../../../support/fixtures'

let outDir: string
beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-wp-cli-'))
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
})
afterEach(async () => {
  vi.restoreAllMocks()
  await rm(outDir, { recursive: true, force: true })
})

async function run(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main([...args, '--out-dir', outDir], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: repoRoot,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('npm run import -- export.xml', () => {
  test('imports the published posts and says what it skipped', async () => {
    const { code, out } = await run('tests/fixtures/import/wordpress/export.xml')
    expect(code).toBe(0)
    expect(out).toContain('imported 3 published post(s)')
    expect(out).toContain('3 new, 0 updated, 0 unchanged')
    expect(out).toContain('note: skipped 1 attachment, 1 draft post, 1 nav_menu_item, 1 page')
    expect(await readdir(outDir)).toHaveLength(3)
  })

  test('a second run reports every post unchanged', async () => {
    await run('tests/fixtures/import/wordpress/export.xml')
    const { out } = await run('tests/fixtures/import/wordpress/export.xml')
    expect(out).toContain('0 new, 0 updated, 3 unchanged')
  })

  test('names the photo origin the site does not allow and how to allow it', async () => {
    vi.stubEnv('VITE_IMAGE_HOSTS', '')
    const { out } = await run('tests/fixtures/import/wordpress/export.xml')
    expect(out).toContain('add https://valleycourier.example to VITE_IMAGE_HOSTS')
    vi.unstubAllEnvs()
  })

  test('says nothing about origins already allowed', async () => {
    vi.stubEnv('VITE_IMAGE_HOSTS', 'https://valleycourier.example')
    const { out } = await run('tests/fixtures/import/wordpress/export.xml')
    expect(out).not.toContain('VITE_IMAGE_HOSTS')
    vi.unstubAllEnvs()
  })

  test('refuses a --timezone that is not an offset', async () => {
    const { code, err } = await run(
      'tests/fixtures/import/wordpress/export.xml',
      '--timezone',
      'Europe/London',
    )
    expect(code).toBe(2)
    expect(err).toContain('must be an offset such as +01:00')
  })
})

describe('npm run import -- posts.json', () => {
  test('imports a saved REST API response the same way', async () => {
    const { code, out } = await run('tests/fixtures/import/wordpress/rest-posts.json')
    expect(code).toBe(0)
    expect(out).toContain('imported 2 published post(s)')
    expect(out).toContain('note: skipped 1 future post')
  })

  test('imports one saved post (/wp-json/wp/v2/posts/301?_embed), which is an object, not an array', async () => {
    const saved = readFixture('import/wordpress/newsroom-rest.json')
    const first: unknown = Array.isArray(saved) ? saved[0] : undefined
    const single = path.join(outDir, '..', `${path.basename(outDir)}-post.json`)
    await writeFile(single, JSON.stringify(first))
    const { code, out } = await run(single)
    await rm(single, { force: true })
    expect(code).toBe(0)
    expect(out).toContain('imported 1 published post(s)')
    expect(await readdir(outDir)).toEqual(['sea-wall-plan.json'])
  })
})
