import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { jsonSchemaFiles } from '../../../../build/content/json-schema'
import { articlesDir, schemaDir } from '../../../../build/shared/paths'
import { validateArticles } from '../../../../build/content/validate-articles'
import { readSampleArticle, SEED_SLUG } from '../../../support/fixtures'

describe('the published JSON Schema', () => {
  test.each(Object.entries(jsonSchemaFiles()))(
    'public/schema/%s matches the code schema (run `npm run schema`)',
    async (name, expected) => {
      expect(await readFile(path.join(schemaDir, name), 'utf8')).toBe(expected)
    },
  )
})

describe('npm run content validation', () => {
  test('finds no problem in the bundled sample content', async () => {
    const { articles, problems } = await validateArticles(articlesDir)
    expect(problems).toEqual([])
    expect(articles.length).toBeGreaterThanOrEqual(7)
  })

  test('reports every bad file with its field path and reason', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-content-'))
    const seed = readSampleArticle(SEED_SLUG) as Record<string, unknown>
    await writeFile(path.join(dir, 'not-json.json'), '{ oops')
    await writeFile(path.join(dir, 'wrong-name.json'), JSON.stringify(seed))
    await writeFile(
      path.join(dir, `${SEED_SLUG}.json`),
      JSON.stringify({
        ...seed,
        headline: '',
        related: [{ slug: 'missing-story', headline: 'Gone' }],
      }),
    )
    const { problems } = await validateArticles(dir)
    const lines = problems.map((problem) => `${problem.file}: ${problem.path}: ${problem.reason}`)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^public\/content\/articles\/not-json\.json: \(file\): is not valid UTF-8 JSON/,
        ),
        `public/content/articles/wrong-name.json: slug: is "${SEED_SLUG}" but the file is named wrong-name.json`,
        `public/content/articles/${SEED_SLUG}.json: headline: is blank`,
      ]),
    )
    expect(lines).toHaveLength(3)
  })

  test('reports related links that point at no article', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-content-'))
    const seed = readSampleArticle(SEED_SLUG) as Record<string, unknown>
    await writeFile(path.join(dir, `${SEED_SLUG}.json`), JSON.stringify(seed))
    const { problems } = await validateArticles(dir)
    expect(problems).toContainEqual({
      file: `public/content/articles/${SEED_SLUG}.json`,
      path: 'body[3].slug',
      reason:
        'names "russia-sought-aid-from-ccp-before-ukraine-invasion", which has no article file',
    })
  })
})
