import type * as z from 'zod/mini'
import type { ContentProblem } from './content-error'

type Issue = z.core.$ZodIssue

/** `body[3].text`: the way a publisher would point at the field in their file. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)'
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    return out === '' ? String(key) : `${out}.${String(key)}`
  }, '')
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${article(issue.expected)}`
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`
      // "minimum 0" for a 0 that must be positive would tell the publisher their value is allowed.
      return issue.inclusive === false
        ? `must be more than ${issue.minimum}`
        : `is too small (minimum ${issue.minimum})`
    case 'too_big':
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`
      return issue.inclusive === false
        ? `must be less than ${issue.maximum}`
        : `is too large (maximum ${issue.maximum})`
    case 'invalid_union':
      if (issue.input === undefined) return 'is missing'
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        return 'has an unknown type'
      }
      return 'does not match any allowed shape'
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    // The rest carry a message of their own (refinements say what they need); zod's generic one is reworded.
    case 'custom':
    case 'invalid_element':
    case 'invalid_format':
    case 'invalid_key':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return issue.message === 'Invalid input' ? 'is not valid' : issue.message
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number'
  if (expected === 'array' || expected === 'object') return `an ${expected}`
  return `a ${expected}`
}

/** Every problem a schema finds in a document, for publishers; empty when it is valid. */
export function problemsOf(schema: z.ZodMiniType, json: unknown): ContentProblem[] {
  const result = schema.safeParse(json, { reportInput: true })
  return result.success ? [] : toProblems(result.error.issues)
}

/**
 * Turns schema issues into publisher-facing problems; custom messages from the schema are kept as written.
 * A field that breaks two rules with the same words (a URL's pattern and its guard) is reported once.
 */
export function toProblems(issues: readonly Issue[]): ContentProblem[] {
  const seen = new Set<string>()
  return issues.flatMap((issue) => {
    const problem = {
      path: formatPath(issue.path),
      reason: issue.message === 'Invalid input' ? describe(issue) : issue.message,
    }
    const key = `${problem.path}\n${problem.reason}`
    if (seen.has(key)) return []
    seen.add(key)
    return [problem]
  })
}
