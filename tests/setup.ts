import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { server } from './support/server'

// Lazily loaded parts (the settings panel, the content loader) are compiled on first import under Vitest;
// on a busy 2-core machine that can take longer than the default second.
configure({ asyncUtilTimeout: 3_000 })

// An unhandled request or a console.error is a bug the test didn't know about: fail on both.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

let consoleErrors: unknown[][] = []
beforeEach(() => {
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  // Node-environment test files (scripts, properties) have no DOM to clean.
  if (typeof document !== 'undefined') {
    sessionStorage.clear()
    localStorage.clear()
    // Settings live on <html>, which outlives each test's render: start the next one from a clean page.
    for (const name of document.documentElement.getAttributeNames()) {
      if (name.startsWith('data-')) document.documentElement.removeAttribute(name)
    }
  }
  const errors = consoleErrors
  consoleErrors = []
  if (errors.length > 0)
    throw new Error(
      `console.error was called:\n${errors.map((args) => args.map(String).join(' ')).join('\n')}`,
    )
})

afterAll(() => {
  server.close()
})
