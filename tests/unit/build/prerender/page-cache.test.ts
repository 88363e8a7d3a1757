// @vitest-environment node
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, test, vi } from 'vitest'

// The cache lives where BROADSHEET_CACHE_DIR says, read when the module loads: a scratch folder per run.
let PageCache: typeof import('../../../../build/prerender/page-cache').PageCache
let work: string

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'broadsheet-page-cache-'))
  vi.stubEnv('BROADSHEET_CACHE_DIR', path.join(work, 'cache'))
  vi.resetModules()
  ;({ PageCache } = await import('../../../../build/prerender/page-cache'))
})

const target = (name: string) => path.join(work, name)

describe('the prerender page cache', () => {
  test('gives back a page only for the same renderer and the same input', async () => {
    const first = await PageCache.open('renderer-1')
    expect(await first.restore('articles/a.html', '{"v":1}', target('a.html'))).toBe(false)
    await first.store('articles/a.html', '{"v":1}', '<h1>Version one</h1>')
    await first.save()

    const same = await PageCache.open('renderer-1')
    expect(await same.restore('articles/a.html', '{"v":1}', target('a.html'))).toBe(true)
    expect(await readFile(target('a.html'), 'utf8')).toBe('<h1>Version one</h1>')
    expect(await same.restore('articles/a.html', '{"v":2}', target('a2.html'))).toBe(false)

    const newCode = await PageCache.open('renderer-2')
    expect(await newCode.restore('articles/a.html', '{"v":1}', target('a3.html'))).toBe(false)
  })

  test('a build that stops before saving never makes an old entry give back the new page', async () => {
    const build = await PageCache.open('renderer-3')
    await build.store('articles/b.html', '{"v":1}', '<h1>Original</h1>')
    await build.save()

    // The next build renders an edit, then dies before save(): the manifest still says version 1.
    const interrupted = await PageCache.open('renderer-3')
    await interrupted.store('articles/b.html', '{"v":2}', '<h1>Edited</h1>')

    // The edit is reverted; the next build must restore the original, not the edited page.
    const after = await PageCache.open('renderer-3')
    expect(await after.restore('articles/b.html', '{"v":1}', target('b.html'))).toBe(true)
    expect(await readFile(target('b.html'), 'utf8')).toBe('<h1>Original</h1>')
  })

  test('forgets, and deletes, pages a build no longer made', async () => {
    const build = await PageCache.open('renderer-4')
    await build.store('articles/kept.html', 'kept', '<h1>Kept</h1>')
    await build.store('articles/deleted.html', 'deleted', '<h1>Deleted</h1>')
    await build.save()

    const next = await PageCache.open('renderer-4')
    expect(await next.restore('articles/kept.html', 'kept', target('kept.html'))).toBe(true)
    await next.save()

    expect(await readdir(path.join(work, 'cache/pages'))).toHaveLength(1)
    const later = await PageCache.open('renderer-4')
    expect(await later.restore('articles/deleted.html', 'deleted', target('d.html'))).toBe(false)
  })
})
