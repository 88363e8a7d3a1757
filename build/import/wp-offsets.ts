// WordPress leaves post_date_gmt unset ("0000-00-00 00:00:00") on some posts (drafts published by plugins, old
// imports), and the export never records the site's timezone. Every other post carries both its local and its
// GMT date, so the difference between them is the site's offset on that day: the offset of the nearest day
// with a post gives the missing post its time. A site whose offset never changes (no summer time) gives its one
// offset to every date; on a site with summer time only a day with a post within two weeks counts, since a
// sample from another season would put the post an hour out.

const DAY = 86_400_000
const NEAR_ENOUGH_DAYS = 14
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/

function asUtc(value: string): number | undefined {
  const match = STAMP.exec(value.trim())
  if (!match || match[1] === '0000') return undefined
  const [, year, month, day, hour, minute, second] = match.map(Number)
  const time = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0)
  return Number.isNaN(time) ? undefined : time
}

function formatted(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const absolute = Math.abs(minutes)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

export class SiteOffsets {
  // One sample per day: a long archive holds a few thousand days, whatever the number of posts.
  private readonly byDay = new Map<number, number>()
  private sorted: number[] | undefined
  private readonly distinct = new Set<number>()

  /** A post with both dates set. */
  add(local: string, gmt: string): void {
    const localTime = asUtc(local)
    const gmtTime = asUtc(gmt)
    if (localTime === undefined || gmtTime === undefined) return
    const minutes = Math.round((localTime - gmtTime) / 60_000)
    // Real offsets are whole quarter hours within ±14 h; anything else is a hand-edited date.
    if (minutes % 15 !== 0 || Math.abs(minutes) > 14 * 60) return
    const day = Math.floor(localTime / DAY)
    this.distinct.add(minutes)
    if (!this.byDay.has(day)) {
      this.byDay.set(day, minutes)
      this.sorted = undefined
    }
  }

  /** "+01:00" for a local date, from the nearest day that has a sample; undefined when none has. */
  near(local: string): string | undefined {
    const time = asUtc(local)
    if (time === undefined || this.byDay.size === 0) return undefined
    const [only] = this.distinct
    if (this.distinct.size === 1 && only !== undefined) return formatted(only)
    this.sorted ??= [...this.byDay.keys()].sort((a, b) => a - b)
    const days = this.sorted
    const day = Math.floor(time / DAY)
    let low = 0
    let high = days.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((days[middle] ?? 0) < day) low = middle + 1
      else high = middle
    }
    const after = days[low] ?? day
    const before = days[Math.max(0, low - 1)] ?? after
    const nearest = Math.abs(day - before) <= Math.abs(after - day) ? before : after
    if (Math.abs(nearest - day) > NEAR_ENOUGH_DAYS) return undefined
    const minutes = this.byDay.get(nearest)
    return minutes === undefined ? undefined : formatted(minutes)
  }
}
