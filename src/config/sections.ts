// The sections the masthead links to, in the publisher's order (sections.json in the content folder, compiled
// in by the build). Checked for shape again here: it is cheap, and a hand-edited file is never trusted blind.

export interface MastheadSection {
  slug: string
  name: string
}

function isSection(value: unknown): value is MastheadSection {
  return (
    typeof value === 'object' &&
    value !== null &&
    'slug' in value &&
    'name' in value &&
    typeof value.slug === 'string' &&
    typeof value.name === 'string' &&
    value.name !== ''
  )
}

const compiled: unknown =
  typeof __BROADSHEET_SECTIONS__ === 'undefined' ? [] : __BROADSHEET_SECTIONS__

export const mastheadSections: readonly MastheadSection[] = Array.isArray(compiled)
  ? compiled.filter(isSection)
  : []
