import './setup-console'
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server } from './support/server'

// Lazily loaded parts (the settings panel, the content loader) are compiled on first import under Vitest;
// on a busy 2-core machine that can take longer than the default second.
configure({ asyncUtilTimeout: 3_000 })

// An unhandled request is a bug the test didn't know about: fail on it (console.error: see setup-console.ts).
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

// Registered after setup-console's hook, so it runs first: an error logged while unmounting still fails.
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
})

afterAll(() => {
  server.close()
})
