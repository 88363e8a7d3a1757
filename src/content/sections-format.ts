import * as z from 'zod/mini'
import { slug, visibleText } from './format-fields'
import { LIMITS } from './limits'

// sections.json in the content folder: the sections the masthead links to, in the publisher's order. The
// build compiles it into the app (every page's masthead has it, with no request); `npm run content` holds it
// to this schema and checks that every section it names has stories.

export const strictSectionsSchema = z.strictObject({
  $schema: z.optional(z.string()),
  sections: z
    .array(
      z.strictObject({
        slug: slug.check(z.describe('The section page’s address, /sections/<slug>.')),
        name: visibleText(LIMITS.shortText, 'The label in the masthead, e.g. "World".'),
      }),
    )
    .check(
      z.maxLength(LIMITS.mastheadSections, {
        error: `has more than ${LIMITS.mastheadSections} sections`,
      }),
    ),
})
