// A common adult silent-reading pace for news prose; rounding to whole minutes hides the guesswork.
const WORDS_PER_MINUTE = 230

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

/** Minutes still to read once `progress` (0–1) of the article has scrolled past. */
export function minutesLeft(totalMinutes: number, progress: number): number {
  return Math.max(0, Math.ceil(totalMinutes * (1 - Math.min(1, Math.max(0, progress)))))
}
