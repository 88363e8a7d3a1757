import * as z from 'zod/mini'
import { strictAuthorProfileSchema } from '../../src/content/author-format'
import { strictArticleSchema, strictFrontPageSchema } from '../../src/content/format'
import { strictSectionsSchema } from '../../src/content/sections-format'

// Published for publishers from the code schema, so the two can never disagree; a test fails when the
// committed files are stale (run `npm run schema`).
function toSchema(schema: z.ZodMiniType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`
}

export function jsonSchemaFiles(): Record<string, string> {
  return {
    'article.schema.json': toSchema(
      strictArticleSchema,
      '/schema/article.schema.json',
      'Broadsheet article, format version 1',
    ),
    'front-page.schema.json': toSchema(
      strictFrontPageSchema,
      '/schema/front-page.schema.json',
      'Broadsheet front-page index, format version 1',
    ),
    'author.schema.json': toSchema(
      strictAuthorProfileSchema,
      '/schema/author.schema.json',
      'Broadsheet author profile (authors/<slug>.json)',
    ),
    'sections.schema.json': toSchema(
      strictSectionsSchema,
      '/schema/sections.schema.json',
      'Broadsheet masthead sections (sections.json)',
    ),
  }
}
