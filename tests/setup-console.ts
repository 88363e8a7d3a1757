import { afterEach, beforeEach, vi } from 'vitest'

// A console.error is a bug the test didn't know about: fail on it. (Its own file so the mutation-testing run,
// which needs no DOM and no network mock, can use it alone.)
let consoleErrors: unknown[][] = []
beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})

afterEach(() => {
  const errors = consoleErrors
  consoleErrors = []
  if (errors.length > 0)
    throw new Error(
      `console.error was called:\n${errors.map((args) => args.map(String).join(' ')).join('\n')}`,
    )
})
