import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { strictAuthorProfileSchema } from '../../src/content/author-format'
import { authorProfileFile, SECTIONS_FILE } from '../../src/content/content-files'
import type { ImageData } from '../../src/content/format'
import { LIMITS } from '../../src/content/limits'
import { problemsOf } from '../../src/content/problems'
import { isSlug } from '../../src/content/safe-url'
import { strictSectionsSchema } from '../../src/content/sections-format'
import type { FileProblem } from './validate-articles'
import type { Listing } from './listing-index'

// The publication's own files beside the articles: authors/<slug>.json (an author page's bio, photo and
// links) and sections.json (the masthead's sections, in order). Both optional, both held strictly.

interface PublicationCheck {
  problems: FileProblem[]
  /** Said, not fatal: a profile nobody's byline points at yet. */
  warnings: string[]
  /** Author photos, for placeholders and variants like the articles' own. */
  images: ImageData[]
}

async function readJson(
  file: string,
  shown: string,
): Promise<{ json?: unknown; problem?: FileProblem }> {
  const bytes = await readFile(file)
  if (bytes.byteLength > LIMITS.indexBytes)
    return {
      problem: {
        file: shown,
        path: '(file)',
        reason: `is larger than the ${LIMITS.indexBytes} byte limit`,
      },
    }
  try {
    return { json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown }
  } catch (error) {
    const reason = `is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`
    return { problem: { file: shown, path: '(file)', reason } }
  }
}

async function checkAuthorProfiles(
  contentDir: string,
  listings: readonly Listing[],
): Promise<PublicationCheck> {
  const check: PublicationCheck = { problems: [], warnings: [], images: [] }
  const dir = path.join(contentDir, 'authors')
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const authors = new Set(listings.filter((l) => l.kind === 'author').map((l) => l.slug))
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue
    const slug = entry.name.replace(/\.json$/, '')
    const shown = path.join('public/content', authorProfileFile(slug))
    if (!isSlug(slug)) {
      check.problems.push({
        file: shown,
        path: '(file)',
        reason: 'must be named <slug>.json, the slug a byline carries',
      })
      continue
    }
    const { json, problem } = await readJson(path.join(dir, entry.name), shown)
    if (problem) {
      check.problems.push(problem)
      continue
    }
    const problems = problemsOf(strictAuthorProfileSchema, json)
    check.problems.push(...problems.map((issue) => ({ file: shown, ...issue })))
    if (problems.length > 0) continue
    const photo = strictAuthorProfileSchema.parse(json).photo
    if (photo) check.images.push(photo)
    if (!authors.has(slug))
      check.warnings.push(
        `${shown}: no byline carries "slug": "${slug}" yet, so there is no page for it`,
      )
  }
  return check
}

async function checkSections(
  contentDir: string,
  listings: readonly Listing[],
): Promise<FileProblem[]> {
  const shown = path.join('public/content', SECTIONS_FILE)
  const file = path.join(contentDir, SECTIONS_FILE)
  const present = await readFile(file).then(
    () => true,
    () => false,
  )
  if (!present) return []
  const { json, problem } = await readJson(file, shown)
  if (problem) return [problem]
  const problems = problemsOf(strictSectionsSchema, json)
  if (problems.length > 0) return problems.map((issue) => ({ file: shown, ...issue }))
  const sections = new Set(listings.filter((l) => l.kind === 'section').map((l) => l.slug))
  const seen = new Set<string>()
  return strictSectionsSchema.parse(json).sections.flatMap((section, index) => {
    const at = `sections[${index}].slug`
    if (seen.has(section.slug))
      return [{ file: shown, path: at, reason: `repeats "${section.slug}"` }]
    seen.add(section.slug)
    return sections.has(section.slug)
      ? []
      : [
          {
            file: shown,
            path: at,
            reason: `names "${section.slug}", which no article’s section has`,
          },
        ]
  })
}

/** Checks the author profiles and the masthead's sections against the listings the articles make. */
export async function checkPublication(
  contentDir: string,
  listings: readonly Listing[],
): Promise<PublicationCheck> {
  const profiles = await checkAuthorProfiles(contentDir, listings)
  return {
    ...profiles,
    problems: [...profiles.problems, ...(await checkSections(contentDir, listings))],
  }
}
