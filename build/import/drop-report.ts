import { count } from './text'

/** "sign-up box" → "sign-up boxes", "ad container" → "ad containers". */
const pluralOf = (singular: string) =>
  /(?:s|x|z|ch|sh)$/.test(singular) ? `${singular}es` : `${singular}s`

/**
 * Everything the importer left out, by kind, so the report says "dropped 3 ad containers" once instead of
 * staying silent or printing a line per element. Details (the hosts of unknown iframes) are listed once each.
 */
export class DropReport {
  private readonly entries = new Map<
    string,
    { singular: string; plural: string; why: string; count: number; details: Set<string> }
  >()

  add(singular: string, why: string, detail?: string, plural = pluralOf(singular)): void {
    const key = `${singular}\u0000${why}`
    const entry = this.entries.get(key) ?? { singular, plural, why, count: 0, details: new Set() }
    entry.count += 1
    if (detail !== undefined && detail !== '') entry.details.add(detail)
    this.entries.set(key, entry)
  }

  total(): number {
    return [...this.entries.values()].reduce((sum, entry) => sum + entry.count, 0)
  }

  /** One line per kind, in the order first met: "dropped 2 iframes from unknown providers: a.example, b.example". */
  notes(): string[] {
    return [...this.entries.values()].map((entry) => {
      const details = [...entry.details].sort()
      const shown =
        details.length > 8 ? [...details.slice(0, 8), `${details.length - 8} more`] : details
      const suffix = shown.length > 0 ? ` (${shown.join(', ')})` : ''
      return `dropped ${count(entry.count, entry.singular, entry.plural)}${entry.why === '' ? '' : ` ${entry.why}`}${suffix}`
    })
  }
}
