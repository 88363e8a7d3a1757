import { expect, test } from 'vitest'
import {
  pauseBeforeSearch,
  SHORT_WORD_PAUSE_MS,
  TYPING_PAUSE_MS,
} from '../../../../src/features/search/typing'

test.each([
  ['a first letter', 'h', SHORT_WORD_PAUSE_MS],
  ['a two-letter word', 'eu', SHORT_WORD_PAUSE_MS],
  ['a three-letter word', 'har', TYPING_PAUSE_MS],
  ['a second word of one letter, still being typed', 'harlow a', SHORT_WORD_PAUSE_MS],
  ['a second word of three letters', 'harlow aba', TYPING_PAUSE_MS],
  ['a short word followed by a space', 'harlow ab ', TYPING_PAUSE_MS],
  ['two letters beyond basic Latin', 'été çà', SHORT_WORD_PAUSE_MS],
])('after %s the search waits the pause it should', (_, text, pause) => {
  expect(pauseBeforeSearch(text)).toBe(pause)
})
