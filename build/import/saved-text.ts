import { bylineOrDefault, chooseSlug, dateNotes, sectionOrDefault } from './defaults'
import { DEFAULT_SIZE } from './images'
import type { PhotoTally } from './photo'
import { emptyTally, tallyNotes, toImage } from './photo'
import type { Piece } from './saved-text-lines'
import { contentLines, parseDateLine, readBody } from './saved-text-lines'
import { count } from './text'
import type { BlockData, ImageData, ImportOptions, ImportResult } from './types'

/**
 * Saved text has no image files: each photo gets a numbered path under /content/images/ at the seed's size,
 * for which `npm run content` makes placeholders. The first photo is the lead; the rest stay where they were.
 */
function placePhotos(pieces: readonly Piece[], slug: string, tally: PhotoTally) {
  let number = 0
  const firstPhoto = pieces.find((piece) => piece.kind === 'photo')
  const image = (piece: Piece & { kind: 'photo' }): ImageData => {
    number += 1
    const { caption, credit } = piece.photo
    const src = `/content/images/${slug}-${number}.jpg`
    return toImage({ src, caption, credit, ...DEFAULT_SIZE }, tally)
  }
  const leadImage = firstPhoto ? image(firstPhoto) : undefined
  const body = pieces.flatMap((piece): BlockData[] => {
    if (piece.kind === 'block') return [piece.block]
    return piece === firstPhoto ? [] : [{ type: 'image', image: image(piece) }]
  })
  return { leadImage, body, photos: number }
}

/** Saved text from a news page → an article, plus notes on what had to be guessed. */
export function importSavedText(text: string, options: ImportOptions = {}): ImportResult {
  const notes: string[] = []
  const lines = contentLines(text)
  const dateLine = parseDateLine(lines[0] ?? '')
  const [headline = '', ...rest] = dateLine ? lines.slice(1) : lines
  const { pieces, byline } = readBody(rest, options, notes)

  const slug = chooseSlug(headline, options, notes)
  const tally = emptyTally()
  const { leadImage, body, photos } = placePhotos(pieces, slug, tally)
  const published = dateLine?.date
  dateNotes(published, notes)
  const article = {
    slug,
    headline,
    section: sectionOrDefault(dateLine?.section, notes),
    ...(published ? { publishedAt: published.value } : {}),
    byline: bylineOrDefault(byline, undefined, notes),
    ...(leadImage ? { leadImage } : {}),
    body,
  }
  notes.push(...tallyNotes(tally))
  if (photos > 0)
    notes.push(
      `no image files in saved text: ${count(photos, 'photo')} set to /content/images/${slug}-<n>.jpg at ${DEFAULT_SIZE.width}x${DEFAULT_SIZE.height} (npm run content makes placeholders)`,
    )
  return { article, notes }
}
