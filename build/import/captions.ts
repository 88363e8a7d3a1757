import { collapseSpace, isAllCaps, titleCaseWord } from './text'

export interface CaptionParts {
  caption?: string
  credit?: string
}

// Wire captions end in the photographer's line, "(Photo by …)", "(AP Photo/…)", "(Getty Images)"; the format
// keeps caption and credit apart, so these are recognised wherever a caption is read.
const CREDIT_LEAD =
  /^(?:photo(?:graph)?s?\s+(?:by|courtesy)\b|photo(?:graph)?s?\s*:|image\s*(?:by\b|:)|picture\s*(?:by\b|:)|(?:photo\s+)?credit\s*:|courtesy\b|©|\(c\)\s)/i
const AGENCY_STYLE =
  /(?:\bphoto\s*\/|(?:getty images|reuters|afp|associated press|shutterstock|epa(?:-efe)?)$)/i
const TRAILING_GROUP = /\s*\(([^()]*)\)\s*$/
const TRAILING_SENTENCE_CREDIT =
  /(?<=[.!?”"])\s+((?:photo(?:graph)?s?\s*(?:by\b|:)|image\s*:|credit\s*:|©).{2,300})$/i
// Agencies prefix their best pictures for editors, not readers: "TOPSHOT - Russian President …".
const AGENCY_PREFIX = /^(?:TOPSHOT|TOP SHOT|FILE PHOTO|FILE|POOL PHOTO)\s*[-–—:]\s*/

/** A line that is only a credit: "Photo by Jane Doe/Reuters". */
export function isCreditLine(line: string): boolean {
  return CREDIT_LEAD.test(line) && line.split(/\s+/).length <= 25
}

function isCreditText(text: string): boolean {
  const trimmed = text.trim()
  return trimmed !== '' && (CREDIT_LEAD.test(trimmed) || AGENCY_STYLE.test(trimmed))
}

/** Whether a line ends in a parenthesised credit, the mark of a photo caption in saved text. */
export function hasTrailingCredit(line: string): boolean {
  const group = TRAILING_GROUP.exec(line)?.[1]
  return group !== undefined && isCreditText(group)
}

/**
 * Agencies print credits in capitals ("ALEXEI DRUZHININ/Sputnik/AFP") and often repeat them in mixed case in
 * the same caption: borrow that casing, and otherwise set a shouting photographer's name as a name.
 */
function restoreCreditCase(credit: string, others: readonly string[] = []): string {
  const known = new Map<string, string>()
  for (const other of others) {
    for (const word of other.match(/\p{L}+/gu) ?? []) {
      if (!isAllCaps(word) && !known.has(word.toLowerCase())) known.set(word.toLowerCase(), word)
    }
  }
  const borrowed = credit.replace(/\p{L}+/gu, (word) =>
    word.length > 1 && isAllCaps(word) ? (known.get(word.toLowerCase()) ?? word) : word,
  )
  return borrowed.replace(
    /^(photo(?:graph)?s?\s+by\s+)([^/,()]+?)(?=\s*(?:\/|,|\bvia\b|\bfor\b|$))/i,
    (match, lead: string, name: string) =>
      name.includes(' ') && name.split(' ').every(isAllCaps)
        ? lead + name.split(' ').map(titleCaseWord).join(' ')
        : match,
  )
}

export function normaliseCredit(credit: string, others: readonly string[] = []): string {
  const text = collapseSpace(credit)
    .replace(/^\(|\)$/g, '')
    .replace(/^(?:credit(?:\.{3}|…|\s*:)|(?:image|photo|picture) (?:source|credit)\s*[,:])\s*/i, '')
  return restoreCreditCase(text, others)
}

// Labels written for screen readers or as a lead-in: BBC's "Image caption, " and "Image source, ", NYT's
// "Credit..." before the photographer, Getty's "Photo credit:".
const CAPTION_LABEL = /^(?:image|photo|picture|media|video) caption\s*[,:]\s*/i
const INLINE_CREDIT =
  /(?:(?<=[.!?”"’)])\s*|\s+)(?:credit(?:\.{3}|…|\s*:)|(?:image|photo|picture) (?:source|credit)\s*[,:])\s*(.{2,300})$/i

/** Splits "Caption. (Photo by A) (Photo by B)" into the caption and the last, most complete credit. */
export function splitCaptionCredit(text: string): CaptionParts {
  let rest = collapseSpace(text).replace(CAPTION_LABEL, '')
  const labelled = INLINE_CREDIT.exec(rest)
  if (labelled?.[1] !== undefined) {
    const caption = collapseSpace(rest.slice(0, labelled.index))
    return {
      caption: caption === '' ? undefined : caption,
      credit: normaliseCredit(labelled[1]),
    }
  }
  const credits: string[] = []
  for (let group = TRAILING_GROUP.exec(rest); group; group = TRAILING_GROUP.exec(rest)) {
    const inner = group[1] ?? ''
    if (!isCreditText(inner)) break
    credits.unshift(collapseSpace(inner))
    rest = rest.slice(0, group.index)
  }
  if (credits.length === 0) {
    const sentence = TRAILING_SENTENCE_CREDIT.exec(rest)
    if (sentence?.[1] !== undefined) {
      credits.push(collapseSpace(sentence[1]))
      rest = rest.slice(0, sentence.index)
    }
  }
  const caption = collapseSpace(rest.replace(AGENCY_PREFIX, ''))
  const last = credits.at(-1)
  return {
    caption: caption === '' ? undefined : caption,
    credit: last === undefined ? undefined : normaliseCredit(last, credits),
  }
}
