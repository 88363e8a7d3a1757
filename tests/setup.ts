import './setup-console'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server } from './support/server'

// Only test files that run in jsdom get the DOM helpers: loading Testing Library (and React DOM with it) in every
// Node-environment file was most of their start-up time, and the mutation run starts every file once per mutant.
const hasDom = typeof document !== 'undefined'
if (hasDom) await import('./setup-dom')

// An unhandled request is a bug the test didn't know about: fail on it (console.error: see setup-console.ts).
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

afterEach(() => {
  server.resetHandlers()
})

afterAll(() => {
  server.close()
})
