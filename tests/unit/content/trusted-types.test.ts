import { expect, test } from 'vitest'
import { TRUSTED_TYPES_POLICIES } from '../../../src/content/trusted-types'

// The Content Security Policy lists these names after `trusted-types`: each must be a token the header's
// grammar allows (tt-policy-name), and no two may be the same policy.
test('each Trusted Types policy has its own name that a CSP header can carry', () => {
  const names = Object.values(TRUSTED_TYPES_POLICIES)
  for (const name of names) expect(name).toMatch(/^[A-Za-z0-9\-#=_/@.%]+$/)
  expect(new Set(names).size).toBe(names.length)
})
