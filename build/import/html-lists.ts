import { LIMITS } from '../../src/content/limits'
import type { DropReport } from './drop-report'
import type { InlineContext } from './inline'
import { inlineOf } from './inline'
import type { InlineData, ListBlock, ListItem } from './types'

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

/** A <ul> or <ol> with its numbering and one nested level; deeper levels are folded into that one. */
export function listFrom(list: Element, context: ListContext): ListBlock | undefined {
  const ordered = list.localName === 'ol'
  const items: ListItem[] = []
  for (const item of list.children) {
    if (item.localName !== 'li') continue
    const nested = childLists(item)
    const text = inlineOf(item, context, new Set(nested))
    const inner = nested.flatMap((child) => flattened(child, context))
    if (text === undefined) {
      // An item that only wraps a list (a common CMS quirk) contributes that list's items.
      items.push(...inner)
      continue
    }
    if (inner.length === 0) {
      items.push(text)
      continue
    }
    const innerOrdered = nested[0]?.localName === 'ol'
    items.push({
      text,
      items: bounded(inner, context),
      ...(innerOrdered === ordered ? {} : { ordered: innerOrdered }),
    })
  }
  if (items.length === 0) return undefined
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10)
  return {
    type: 'list',
    ...(ordered ? { ordered: true } : {}),
    ...(ordered && Number.isInteger(start) && start !== 1 && Math.abs(start) <= 1_000_000
      ? { start }
      : {}),
    items: bounded(items, context),
  }
}
