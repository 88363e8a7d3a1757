import type * as z from 'zod/mini'
import { ContentError } from './content-error'
import { lenientArticleSchema, lenientFrontPageSchema } from './format'
import type { ArticleData, FrontPageData } from './format'
import { toProblems } from './problems'
import { lenientAuthorProfileSchema } from './author-format'
import type { AuthorProfileData } from './author-format'

function parseWith<T extends z.ZodMiniType>(schema: T, json: unknown, url: string): z.output<T> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ContentError('invalid', url, {
      problems: [{ path: '(file)', reason: 'must be a JSON object' }],
    })
  }
  const result = schema.safeParse(json, { reportInput: true })
  if (!result.success)
    throw new ContentError('invalid', url, { problems: toProblems(result.error.issues) })
  return result.data
}

/** The reader's edge: unknown JSON in, a typed article out, or an `invalid` ContentError naming the problems. */
export function parseArticle(json: unknown, url: string): ArticleData {
  return parseWith(lenientArticleSchema, json, url)
}

export function parseFrontPage(json: unknown, url: string): FrontPageData {
  return parseWith(lenientFrontPageSchema, json, url)
}

export function parseAuthorProfile(json: unknown, url: string): AuthorProfileData {
  return parseWith(lenientAuthorProfileSchema, json, url)
}
