// @vitest-environment node
import { expect, test } from 'vitest'
import { keepReadingPlace } from '../../../../src/features/reader-settings/keep-reading-place'

// Prerendering runs the settings code under Node, where there is no page to scroll: the change is still made.
test('with no document, the change is made and nothing else is touched', () => {
  let updated = false
  keepReadingPlace(() => {
    updated = true
  })
  expect(updated).toBe(true)
})
