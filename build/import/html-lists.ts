import { LIMITS } from '../../src/content/limits'
import type { DropReport } from './drop-report'
import type { InlineContext } from './inline'
import { inlineOf } from './inline'
import type { InlineData, ListBlock, ListItem, Run } from './types'

export interface ListContext extends InlineContext {
  dropped: DropReport
}

const LISTS = new Set(['ul', 'ol'])

const childLists = (item: Element) =>
  [...item.children].filter((child) => LISTS.has(child.localName))

/** Every item below a nested list, at any depth, in reading order: the format has one nested level. */
function flattened(list: Element, context: ListContext): InlineData[] {
  return [...list.children]
    .filter((child) => child.localName === 'li')
    .flatMap((item) => {
      const own = inlineOf(item, context, new Set(childLists(item)))
      return [
        ...(own === undefined ? [] : [own]),
        ...childLists(item).flatMap((inner) => flattened(inner, context)),
      ]
    })
}

function bounded<T>(items: T[], context: ListContext): T[] {
  if (items.length <= LIMITS.listItems) return items
  context.dropped.add('list item', `past the format's ${LIMITS.listItems} a list`)
  return items.slice(0, LIMITS.listItems)
}

function listBlock(
  items: ListItem[],
  ordered: boolean,
  start: number,
  context: ListContext,
): ListBlock {
  return {
    type: 'list',
    ...(ordered ? { ordered: true } : {}),
    ...(ordered && start !== 1 && Math.abs(start) <= 1_000_000 ? { start } : {}),
    items: bounded(items, context),
  }
}

/** What a list item holds besides its text: photos, placed after the item, and the captions they took. */
export interface ItemExtras<T> {
  after: T[]
  skip: readonly Element[]
}

/**
 * A <ul> or <ol> with its numbering and one nested level; deeper levels are folded into it. A photo inside an
 * item cannot sit in the item (items are text), so the list is cut after that item, the photo follows, and
 * the list goes on, numbered on from where it stopped.
 */
export function listSegments<T>(
  list: Element,
  context: ListContext,
  extrasOf: (item: Element) => ItemExtras<T>,
): (ListBlock | T)[] {
  const ordered = list.localName === 'ol'
  const given = Number.parseInt(list.getAttribute('start') ?? '', 10)
  let number = Number.isInteger(given) ? given : 1
  const out: (ListBlock | T)[] = []
  let items: ListItem[] = []
  const flush = () => {
    if (items.length === 0) return
    out.push(listBlock(items, ordered, number, context))
    number += items.length
    items = []
  }
  for (const item of list.children) {
    if (item.localName !== 'li') continue
    const nested = childLists(item)
    const extras = extrasOf(item)
    const text = inlineOf(item, context, new Set([...nested, ...extras.skip]))
    const inner = nested.flatMap((child) => flattened(child, context))
    if (text === undefined) {
      // An item that only wraps a list (a common CMS quirk) contributes that list's items.
      items.push(...inner)
    } else if (inner.length === 0) {
      items.push(text)
    } else {
      const innerOrdered = nested[0]?.localName === 'ol'
      items.push({
        text,
        items: bounded(inner, context),
        ...(innerOrdered === ordered ? {} : { ordered: innerOrdered }),
      })
    }
    if (extras.after.length > 0) {
      flush()
      out.push(...extras.after)
    }
  }
  flush()
  return out
}

/** A list as one block, text only (inside a fact box, whose photos are placed after it). */
export function listFrom(list: Element, context: ListContext): ListBlock | undefined {
  return listSegments<never>(list, context, () => ({ after: [], skip: [] }))[0]
}

const withStrong = (text: InlineData): Run[] =>
  (typeof text === 'string' ? [{ text }] : text).map((run) => ({ ...run, strong: true }))
const runsOf = (text: InlineData): Run[] => (typeof text === 'string' ? [{ text }] : text)

/**
 * A description list (<dl>: a glossary, "Cost: £40m", a profile's facts) has no block of its own: each term
 * and its descriptions become one item, "**Term**: description; description", so no text is lost and the
 * pairing stays visible. Descriptions without a term are items of their own.
 */
export function definitionListFrom(
  dl: Element,
  context: ListContext,
  skip: ReadonlySet<Element> = new Set(),
): ListBlock | undefined {
  const parts = [...dl.querySelectorAll('dt, dd')].filter((part) => part.closest('dl') === dl)
  const items: ListItem[] = []
  let term: Run[] | undefined
  let descriptions: Run[][] = []
  const flush = () => {
    if (term === undefined && descriptions.length === 0) return
    if (term === undefined) items.push(...descriptions.map(merged))
    else {
      const joined = descriptions.flatMap((runs, index) => [
        ...(index === 0 ? [{ text: ': ' }] : [{ text: '; ' }]),
        ...runs,
      ])
      items.push(merged([...term, ...joined]))
    }
    term = undefined
    descriptions = []
  }
  for (const part of parts) {
    const text = inlineOf(part, context, skip)
    if (text === undefined) continue
    if (part.localName === 'dt') {
      // Several terms for one description ("Colour", "Color"): one term, joined.
      if (term !== undefined && descriptions.length === 0)
        term = [...term, { text: ' / ', strong: true }, ...withStrong(text)]
      else {
        flush()
        term = withStrong(text)
      }
    } else descriptions.push(runsOf(text))
  }
  flush()
  if (items.length === 0) return undefined
  return { type: 'list', items: bounded(items, context) }
}

/** Neighbouring runs with the same marks as one; a run list of plain text only as a string. */
function merged(runs: readonly Run[]): InlineData {
  const out: Run[] = []
  for (const run of runs) {
    const previous = out.at(-1)
    if (
      previous &&
      previous.href === run.href &&
      previous.emphasis === run.emphasis &&
      previous.strong === run.strong &&
      previous.code === run.code
    )
      out[out.length - 1] = { ...previous, text: previous.text + run.text }
    else out.push(run)
  }
  if (out.every((run) => !run.href && !run.emphasis && !run.strong && !run.code))
    return out.map((run) => run.text).join('')
  return out.slice(0, LIMITS.runsPerBlock)
}
