import { expect, test } from 'vitest'
import { cleanText, countWords, isBlank, optionalText } from '../../../src/content/text'

test('invisible characters and spaces at either end are gone, however many', () => {
  expect(cleanText('\u200b\u200b  A headline  \u202c\u200b')).toBe('A headline')
  expect(cleanText('Inside\u200bstays')).toBe('Inside\u200bstays')
})

test('text with nothing visible is no text at all', () => {
  expect(isBlank(' \u200b\u202e ')).toBe(true)
  expect(optionalText(' \u200b ')).toBeUndefined()
  expect(optionalText(undefined)).toBeUndefined()
  expect(optionalText(' A caption ')).toBe('A caption')
})

test.each([
  ['one two three', 3],
  ['A well-known, state-of-the-art don’t', 4],
  ['it’s 2022; rock’n’roll', 3],
  ['— … —', 0],
])('“%s” is %d words to a reader', (text, words) => {
  expect(countWords(text)).toBe(words)
})
