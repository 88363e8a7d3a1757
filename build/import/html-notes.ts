import { toContentDate } from './dates'
import type { BlockData } from './types'

type NoteKind = Extract<BlockData, { type: 'note' }>['kind']

// "Correction, March 15, 2024: …", "Update (May 3, 2024): …", "Editor's note: …", "CLARIFICATION: …".
const LABELLED =
  /^\s*(corrections?|clarifications?|updated?|editor['’]?s['’]? note)\b\s*([^:—–]{0,60}?)\s*[:—–]\s*(\S[\s\S]*)$/i
// "An earlier version of this article misstated …": the wording most corrections use without a label.
const EARLIER_VERSION =
  /^\s*(?:an?|the) (?:earlier|previous|prior) version of this (?:article|story|report|post)\b/i
// "This article was amended on 4 June 2024 to correct …" (the Guardian's wording), "This story has been updated".
const THIS_ARTICLE =
  /^\s*this (?:article|story|report|post|piece) (?:was|has been|had been) (amended|corrected|updated|changed|clarified)\b/i
const MONTH_DATE =
  /([A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})|(\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})|(\d{4}-\d{2}-\d{2})/

function kindOf(label: string): NoteKind {
  const word = label.toLowerCase()
  if (word.startsWith('correction')) return 'correction'
  if (word.startsWith('clarification')) return 'clarification'
  if (word.startsWith('update')) return 'update'
  return 'editors-note'
}

function dateIn(text: string): string | undefined {
  const found = MONTH_DATE.exec(text)?.[0]
  return found === undefined ? undefined : toContentDate(found.replace(/\.(?= )/, ''))?.value
}

/** A correction, update or editor's note written as a paragraph, as a note block; undefined for body text. */
export function noteFromText(text: string): Extract<BlockData, { type: 'note' }> | undefined {
  const labelled = LABELLED.exec(text)
  if (labelled) {
    const [, label = '', between = '', rest = ''] = labelled
    // "Updated" followed by a sentence is body text ("Updated figures show…"); a note's label ends at the colon.
    if (between.split(/\s+/).length > 8) return undefined
    const date = dateIn(between) ?? (between === '' ? dateIn(rest.slice(0, 80)) : undefined)
    return { type: 'note', kind: kindOf(label), ...(date ? { date } : {}), text: rest.trim() }
  }
  const changed = THIS_ARTICLE.exec(text)
  if (changed) {
    const word = (changed[1] ?? '').toLowerCase()
    const kind: NoteKind =
      word === 'updated' ? 'update' : word === 'clarified' ? 'clarification' : 'correction'
    const date = dateIn(text)
    return { type: 'note', kind, ...(date ? { date } : {}), text: text.trim() }
  }
  if (EARLIER_VERSION.test(text)) {
    const date = dateIn(text)
    return { type: 'note', kind: 'correction', ...(date ? { date } : {}), text: text.trim() }
  }
  return undefined
}
