// How long a pause in typing waits before it searches. Pagefind matches the last word as a prefix, and a
// prefix of one or two letters ("harlow a") spans many index chunks: at 10,000 stories "a…" alone is several
// hundred kilobytes, fetched for a word the reader is still typing. So while the word being typed is that
// short, the pause must be a real one (the reader stopped at "EU"), not the gap between two keys. Enter
// always searches at once.

/** Between keys: long enough that each key does not start a search, short enough to feel immediate. */
export const TYPING_PAUSE_MS = 80
/** After a word of one or two letters: the reader has stopped, not just moved to the next key. */
export const SHORT_WORD_PAUSE_MS = 450

const SHORT_WORD = 3

export function pauseBeforeSearch(text: string): number {
  // A space after a word means that word is finished.
  if (/\s$/u.test(text)) return TYPING_PAUSE_MS
  const last = text.trim().split(/\s+/u).at(-1) ?? ''
  return last.length < SHORT_WORD ? SHORT_WORD_PAUSE_MS : TYPING_PAUSE_MS
}
