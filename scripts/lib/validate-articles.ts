import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { strictArticleSchema } from '../../src/lib/content/format'
import type { ArticleData } from '../../src/lib/content/format'
import { LIMITS } from '../../src/lib/content/limits'
import { problemsOf } from '../../src/lib/content/problems'

export interface FileProblem {
  file: string
  path: string
  reason: string
}

export interface LoadedArticle {
  file: string
  slug: string
  data: ArticleData
}

export interface ValidationResult {
  articles: LoadedArticle[]
  problems: FileProblem[]
}

async function loadOne(
  dir: string,
  name: string,
): Promise<{ article?: LoadedArticle; problems: FileProblem[] }> {
  const file = path.join('public/content/articles', name)
  const problem = (fieldPath: string, reason: string) => ({
    problems: [{ file, path: fieldPath, reason }],
  })
  const bytes = await readFile(path.join(dir, name))
  if (bytes.byteLength > LIMITS.articleBytes)
    return problem('(file)', `is larger than the ${LIMITS.articleBytes} byte limit`)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown
  } catch (error) {
    return problem(
      '(file)',
      `is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`,
    )
  }
  const problems = problemsOf(strictArticleSchema, json)
  if (problems.length > 0) return { problems: problems.map((issue) => ({ file, ...issue })) }
  const data = strictArticleSchema.parse(json)
  const slug = name.replace(/\.json$/, '')
  if (data.slug !== slug) return problem('slug', `is "${data.slug}" but the file is named ${name}`)
  return { article: { file, slug, data }, problems: [] }
}

/** Links between articles must land somewhere: a related slug with no file is a broken link for readers. */
function linkProblems(articles: LoadedArticle[]): FileProblem[] {
  const slugs = new Set(articles.map((article) => article.slug))
  const problems: FileProblem[] = []
  for (const { file, data } of articles) {
    data.body.forEach((block, index) => {
      if (block.type === 'related' && !slugs.has(block.slug)) {
        problems.push({
          file,
          path: `body[${index}].slug`,
          reason: `names "${block.slug}", which has no article file`,
        })
      }
    })
    ;(data.related ?? []).forEach((item, index) => {
      if ('slug' in item && !slugs.has(item.slug)) {
        problems.push({
          file,
          path: `related[${index}].slug`,
          reason: `names "${item.slug}", which has no article file`,
        })
      }
    })
  }
  return problems
}

/** Validates every article file and reports every problem at once, not just the first. */
export async function validateArticles(dir: string): Promise<ValidationResult> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  const loaded = await Promise.all(names.map((name) => loadOne(dir, name)))
  const articles = loaded.flatMap((entry) => (entry.article ? [entry.article] : []))
  const problems = loaded.flatMap((entry) => entry.problems)
  return { articles, problems: [...problems, ...linkProblems(articles)] }
}
