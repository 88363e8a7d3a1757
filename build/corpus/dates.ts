import type { Random } from './random'

const ARCHIVE_START_MS = Date.UTC(2022, 0, 3, 11, 0, 0)
const ARCHIVE_SPAN_MS = 3 * 365 * 24 * 60 * 60 * 1000

/**
 * One publication moment per story, oldest first, spread over three years with some jitter. Each is at least
 * a second after the one before, so "newest first" never depends on how a sort breaks ties.
 */
export function publicationMoments(random: Random, count: number): number[] {
  const step = ARCHIVE_SPAN_MS / Math.max(1, count)
  const moments: number[] = []
  let previous = -Infinity
  for (let index = 0; index < count; index += 1) {
    const jittered = ARCHIVE_START_MS + Math.floor((index + random.next() * 0.9) * step)
    const moment = Math.max(Math.floor(jittered / 1000) * 1000, previous + 1000)
    moments.push(moment)
    previous = moment
  }
  return moments
}

/** New York's offset, with daylight saving by month: close enough for a fixture, and always a valid offset. */
function offsetMinutes(epochMs: number): number {
  const month = new Date(epochMs).getUTCMonth()
  return month >= 3 && month <= 9 ? -240 : -300
}

/** `2023-06-14T09:30:00-04:00`: the wall time the newsroom saw, with its offset. */
export function isoWithOffset(epochMs: number): string {
  const offset = offsetMinutes(epochMs)
  const wallTime = new Date(epochMs + offset * 60_000).toISOString().slice(0, 19)
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0')
  return `${wallTime}${offset < 0 ? '-' : '+'}${hours}:${minutes}`
}

/** A correction or update, from ten minutes to three days after publication. */
export function updateMoment(random: Random, publishedMs: number): number {
  return publishedMs + random.int(10 * 60, 3 * 24 * 60 * 60) * 1000
}
