// Imports name their files in full: vite.config.ts loads this module, and so must Vite's native config loader.
import { isSlug } from './safe-url.ts'
import { isBlank } from './text.ts'

// Apart from sections.json's schema (sections-format.ts): the app checks the compiled list with this alone,
// so the masthead costs no schema library in the first view.

/** One masthead link, as the app keeps it: the shape alone, checked cheaply wherever the list is read. */
export interface MastheadSection {
  slug: string
  name: string
}

export function isMastheadSection(value: unknown): value is MastheadSection {
  return (
    typeof value === 'object' &&
    value !== null &&
    'slug' in value &&
    'name' in value &&
    typeof value.slug === 'string' &&
    isSlug(value.slug) &&
    typeof value.name === 'string' &&
    !isBlank(value.name)
  )
}
