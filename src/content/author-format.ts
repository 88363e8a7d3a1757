import * as z from 'zod/mini'
import { defineFields, httpsUrl, listOf, optionalPart, text, visibleText } from './format-fields'
import type { SchemaMode } from './format-fields'
import { LIMITS } from './limits'

// authors/<slug>.json: what an author page says about its writer, beyond the name bylines carry. Optional
// for every author; held strictly by `npm run content`, read leniently by the reader (a broken photo or link
// is left out, the rest of the profile stays).

function defineAuthorProfile(mode: SchemaMode) {
  const optional = <T extends z.ZodMiniType>(schema: T) => optionalPart(mode, schema)
  const { image } = defineFields(mode)
  const link = z.object({
    url: httpsUrl('Where the link goes; always an https: URL.'),
    label: visibleText(LIMITS.shortText, 'What the link says, e.g. "Mastodon" or "Email".'),
  })
  return z.looseObject({
    name: visibleText(LIMITS.shortText, 'The author’s name, as the page’s heading.'),
    title: optional(text(LIMITS.shortText, 'Role, e.g. "Senior White House Correspondent".')),
    bio: optional(
      listOf(
        mode,
        visibleText(LIMITS.longText, 'One paragraph, shown as text.'),
        LIMITS.authorBioParagraphs,
        'paragraphs',
      ).check(z.describe('The author’s biography, paragraph by paragraph.')),
    ),
    photo: optional(image),
    links: optional(
      listOf(mode, link, LIMITS.authorLinks, 'links').check(
        z.describe('Elsewhere on the web: the author’s own site, social accounts.'),
      ),
    ),
  })
}

export const strictAuthorProfileSchema = defineAuthorProfile('strict')
export const lenientAuthorProfileSchema = defineAuthorProfile('lenient')

export type AuthorProfileData = z.output<typeof lenientAuthorProfileSchema>
