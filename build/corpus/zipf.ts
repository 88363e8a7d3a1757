import type { Random } from './random'

// Word frequencies in a real archive follow Zipf's law: the n-th most common name turns up about 1/n as
// often as the first, so a few names are everywhere and most are rare. A uniform pick from a short list makes
// every name common, and a search benchmark over such text measures only worst cases.

/** Picks from `items`, the first most often, the n-th with weight 1/n^exponent. */
export function zipfPicker<T>(items: readonly T[], exponent = 1): (random: Random) => T {
  if (items.length === 0) throw new Error('cannot pick from an empty list')
  const cumulative: number[] = []
  let total = 0
  items.forEach((_, rank) => {
    total += 1 / (rank + 1) ** exponent
    cumulative.push(total)
  })
  return (random) => {
    const target = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? total) < target) low = middle + 1
      else high = middle
    }
    return items[low] as T
  }
}
