import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { jsonSchemaFiles } from '../../../../build/content/json-schema'
import { articlesDir, schemaDir } from '../../../../build/shared/paths'
import { validateArticles } from '../../../../build/content/validate-articles'
import type { FileProblem } from '../../../../build/content/validate-articles'
import { readSampleArticle, SEED_SLUG } from '../../../support/fixtures'

describe('the published JSON Schema', () => {
  test.each(Object.entries(jsonSchemaFiles()))(
    'public/schema/%s matches the code schema (run `npm run schema`)',
    async (name, expected) => {
      expect(await readFile(path.join(schemaDir, name), 'utf8')).toBe(expected)
    },
  )
})

/** A problem as `npm run content` prints it, with the file resolved to the one the publisher has to open. */
function printed(problem: FileProblem): string {
  return `${path.resolve(problem.file)}: ${problem.path}: ${problem.reason}`
}

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
    const lines = problems.map(printed)
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/: \(file\): is not valid UTF-8 JSON/),
        `${path.join(dir, 'wrong-name.json')}: slug: is "${SEED_SLUG}" but the file is named wrong-name.json`,
        `${path.join(dir, `${SEED_SLUG}.json`)}: headline: is blank`,
      ]),
    )
    expect(
      lines
        .find((line) => line.includes('(file)'))
        ?.startsWith(`${path.join(dir, 'not-json.json')}: `),
    ).toBe(true)
    expect(lines).toHaveLength(3)
  })

  test('reports related links that point at no article', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-content-'))
    const seed = readSampleArticle(SEED_SLUG) as Record<string, unknown>
    await writeFile(path.join(dir, `${SEED_SLUG}.json`), JSON.stringify(seed))
    const { problems } = await validateArticles(dir)
    expect(problems.map(printed)).toContain(
      `${path.join(dir, `${SEED_SLUG}.json`)}: body[3].slug: names ` +
        '"russia-sought-aid-from-ccp-before-ukraine-invasion", which has no article file',
    )
  })

  test('a problem in the project’s own articles names the file as the publisher types it', async () => {
    const dir = await mkdtemp(path.join(articlesDir, '..', '.validation-test-'))
    try {
      await writeFile(path.join(dir, 'not-json.json'), '{ oops')
      const { problems } = await validateArticles(dir)
      expect(problems.map((problem) => problem.file)).toEqual([
        path.join(path.relative(process.cwd(), dir), 'not-json.json'),
      ])
      expect(problems[0]?.file).not.toMatch(/^\//)
    } finally {
      await rm(dir, { recursive: true })
    }
  })
})
