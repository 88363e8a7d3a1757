import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Lazily loaded parts (the settings panel, the content loader) are compiled on first import under Vitest;
// on a busy 2-core machine that can take longer than the default second.
configure({ asyncUtilTimeout: 3_000 })

// Registered after setup-console's hook, so it runs first: an error logged while unmounting still fails.
afterEach(() => {
  cleanup()
  sessionStorage.clear()
  localStorage.clear()
  // Settings live on <html>, which outlives each test's render: start the next one from a clean page.
  for (const name of document.documentElement.getAttributeNames()) {
    if (name.startsWith('data-')) document.documentElement.removeAttribute(name)
  }
})
