// The sections the masthead links to, in the publisher's order (sections.json in the content folder, compiled
// in by the build). Checked for shape again here: it is cheap, and a hand-edited file is never trusted blind.

import { isMastheadSection } from '../content/masthead-section'
import type { MastheadSection } from '../content/masthead-section'

const compiled: unknown =
  typeof __BROADSHEET_SECTIONS__ === 'undefined' ? [] : __BROADSHEET_SECTIONS__

export const mastheadSections: readonly MastheadSection[] = Array.isArray(compiled)
  ? compiled.filter(isMastheadSection)
  : []
