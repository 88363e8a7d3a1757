import { looksLikeByline, parseByline } from './byline'
import { hasTrailingCredit, isCreditLine, normaliseCredit, splitCaptionCredit } from './captions'
import type { FoundDate } from './dates'
import { toContentDate } from './dates'
import { relatedSlug, splitRelated } from './related'
import { collapseSpace, looseKey, typographicScore } from './text'
import type { Author, BlockData, ImportOptions } from './types'

// Controls and labels of the page the text was saved from; none of it is the article.
const PAGE_CHROME =
  /^(?:font size|text size|share(?: this (?:article|story))?|print|email|comments?|advertisement|listen to this (?:article|story))\s*:?$/i
const DATE_AT_START =
  /^((?:\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)|(?:[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})|(?:\d{1,2} [A-Za-z]{3,9}\.?,? \d{4}))\s*[|·•,–—-]?\s*(.*)$/

export interface DateLine {
  date?: FoundDate
  section?: string
}

interface Photo {
  line: string
  caption?: string
  credit?: string
}

export type Piece = { kind: 'block'; block: BlockData } | { kind: 'photo'; photo: Photo }

/** The text's non-empty lines, without the page's controls ("Font Size:", "Share"). */
export function contentLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(collapseSpace)
    .filter((line) => line !== '' && !PAGE_CHROME.test(line))
}

/** "date 2022-03-14 World": the saved page's date and section line, or undefined when the text has none. */
export function parseDateLine(line: string): DateLine | undefined {
  const labelled = /^date\s+(.*)$/i.exec(line)
  const match = DATE_AT_START.exec(labelled?.[1] ?? line)
  if (!match) return labelled ? {} : undefined
  const section = collapseSpace(match[2] ?? '')
  return { date: toContentDate(match[1]), section: section === '' ? undefined : section }
}

function isSamePhoto(a: Photo, b: Photo): boolean {
  return a.caption !== undefined && looseKey(a.caption) === looseKey(b.caption ?? '')
}

/** Of a caption printed twice, keep the carefully typeset one (curly quotes, real dashes). */
function mergePhotos(kept: Photo, repeat: Photo): void {
  if (typographicScore(repeat.line) > typographicScore(kept.line)) {
    kept.line = repeat.line
    kept.caption = repeat.caption
  }
  kept.credit ??= repeat.credit
}

function paragraphPieces(line: string, options: ImportOptions, notes: string[]): Piece[] {
  const { text, headline } = splitRelated(line)
  const pieces: Piece[] = text === '' ? [] : [{ kind: 'block', block: { type: 'paragraph', text } }]
  if (headline === undefined) return pieces
  const { slug, guessed } = relatedSlug(headline, options.knownArticles ?? [])
  if (slug === '') {
    notes.push(`related story "${headline}" has no a-z or 0-9 words for a slug: left out`)
    return pieces
  }
  if (guessed)
    notes.push(
      `related story "${headline}": no published article has that headline, so its slug is a guess (${slug})`,
    )
  return [...pieces, { kind: 'block', block: { type: 'related', slug, headline } }]
}

/**
 * The lines after the headline, in order: photos (a line ending in a credit, or followed by one), the byline
 * (the first byline-shaped line before the text starts), and paragraphs with their related links.
 */
export function readBody(
  lines: readonly string[],
  options: ImportOptions,
  notes: string[],
): { pieces: Piece[]; byline: Author[] } {
  const pieces: Piece[] = []
  let byline: Author[] = []
  let lastPhoto: Photo | undefined
  const addPhoto = (photo: Photo, replacing: boolean) => {
    if (replacing) pieces[pieces.length - 1] = { kind: 'photo', photo }
    else pieces.push({ kind: 'photo', photo })
    lastPhoto = photo
  }
  for (const line of lines) {
    const previous = pieces.at(-1)
    if (hasTrailingCredit(line)) {
      const photo: Photo = { line, ...splitCaptionCredit(line) }
      if (lastPhoto && isSamePhoto(lastPhoto, photo)) mergePhotos(lastPhoto, photo)
      else addPhoto(photo, false)
    } else if (lastPhoto && isCreditLine(line)) {
      // The page repeats the credit under the picture; the caption's own credit is the complete one.
      lastPhoto.credit ??= normaliseCredit(line)
    } else if (
      isCreditLine(line) &&
      previous?.kind === 'block' &&
      previous.block.type === 'paragraph' &&
      typeof previous.block.text === 'string'
    ) {
      // A caption printed without a credit of its own: the credit line under it shows it was one.
      const caption = previous.block.text
      addPhoto(
        { line: caption, ...splitCaptionCredit(caption), credit: normaliseCredit(line) },
        true,
      )
    } else {
      lastPhoto = undefined
      const bodyStarted = pieces.some((piece) => piece.kind === 'block')
      if (!bodyStarted && byline.length === 0 && looksLikeByline(line))
        byline = parseByline(line, { guessTitle: true })
      else pieces.push(...paragraphPieces(line, options, notes))
    }
  }
  return { pieces, byline }
}
