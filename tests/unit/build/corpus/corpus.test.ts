// @vitest-environment node
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { generateCorpus } from '../../../../build/corpus/corpus'
import type { CorpusArticle } from '../../../../build/corpus/corpus'
import { writeCorpus } from '../../../../build/corpus/write'
import { validateArticles } from '../../../../build/content/validate-articles'
import { articleSlugFromPath } from '../../../../src/content/safe-url'

const corpus = generateCorpus({ count: 60, seed: 7, photos: 12 })
const articles = corpus.map(({ json }) => JSON.parse(json) as CorpusArticle)
const slugs = new Set(corpus.map(({ slug }) => slug))

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-corpus-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('generateCorpus', () => {
  test('writes articles that pass the build’s strict validation', async () => {
    await writeCorpus(dir, corpus)
    const { articles: valid, problems } = await validateArticles(dir)
    expect(problems).toEqual([])
    expect(valid).toHaveLength(60)
  })

  test('gives the same bytes for the same seed and different ones for another', () => {
    expect(generateCorpus({ count: 60, seed: 7, photos: 12 })).toEqual(corpus)
    expect(generateCorpus({ count: 60, seed: 8, photos: 12 })).not.toEqual(corpus)
  })

  test('links only to articles in the corpus', () => {
    const linked = articles.flatMap((article) => [
      ...(article.related ?? []).map((item) => ('slug' in item ? item.slug : item.url)),
      ...article.body.flatMap((block) => {
        if (block.type === 'related') return [block.slug]
        if (block.type !== 'paragraph' || typeof block.text === 'string') return []
        return block.text.flatMap((run) => (run.href?.startsWith('/') ? [run.href] : []))
      }),
    ])
    const slugsLinked = linked.map((link) => articleSlugFromPath(link) ?? link)
    expect(slugsLinked.length).toBeGreaterThan(60)
    expect(slugsLinked.filter((slug) => !slugs.has(slug))).toEqual([])
  })

  test('publishes every article at a different moment, within about three years', () => {
    const moments = articles.map((article) => Date.parse(article.publishedAt))
    expect(new Set(moments).size).toBe(60)
    const years = (Math.max(...moments) - Math.min(...moments)) / (365 * 24 * 3600 * 1000)
    expect(years).toBeGreaterThan(2.5)
    expect(years).toBeLessThanOrEqual(3)
  })

  test('draws every picture from the shared photo pool', () => {
    const sources = articles.flatMap((article) => [
      ...(article.leadImage ? [article.leadImage.src] : []),
      ...article.body.flatMap((block) => (block.type === 'image' ? [block.image.src] : [])),
    ])
    expect(sources.length).toBeGreaterThan(40)
    expect(new Set(sources).size).toBeLessThanOrEqual(12)
    expect(sources.every((src) => /^\/content\/images\/corpus\/photo-\d{2}\.jpg$/.test(src))).toBe(
      true,
    )
  })
})

describe('writeCorpus', () => {
  test('refuses a folder that is not empty', async () => {
    await writeFile(path.join(dir, 'notes.txt'), 'keep me')
    await expect(writeCorpus(dir, corpus)).rejects.toThrow(/not empty; pass --force/)
    expect(await readdir(dir)).toEqual(['notes.txt'])
  })

  test('with force, replaces only the .json files already there', async () => {
    await writeFile(path.join(dir, 'notes.txt'), 'keep me')
    await writeFile(path.join(dir, 'stale-article.json'), '{}')
    await writeCorpus(dir, corpus.slice(0, 3), { force: true })
    expect((await readdir(dir)).sort()).toEqual(
      ['notes.txt', ...corpus.slice(0, 3).map(({ slug }) => `${slug}.json`)].sort(),
    )
  })
})
