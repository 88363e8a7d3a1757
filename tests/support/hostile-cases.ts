import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as z from 'zod/mini'

// The hostile corpus (tests/fixtures/hostile/cases.json): article files built to break a reader. Each case says
// what a reader must see: "cannot-display" with the problem named for the publisher, or "renders" with the
// headline exactly as given and the texts that survive; nothing marked MUST-BE-DROPPED may survive. Cases
// without a file are generated here (20,000 paragraphs; a 20 MB string).

export const HOSTILE_DIR = path.resolve(import.meta.dirname, '../fixtures/hostile')
export const DROPPED_MARKER = 'MUST-BE-DROPPED'

const generated = z.union([
  z.object({ kind: z.literal('paragraphs'), count: z.number() }),
  z.object({ kind: z.literal('huge-string'), bytes: z.number() }),
])
const common = {
  name: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  file: z.nullable(z.string()),
  generate: z.optional(generated),
  tests: z.string(),
  /** How many hostile URLs the file carries; one photo in ten of them is a safe one that must survive. */
  urlPayloads: z.optional(z.number()),
}
const hostileCase = z.discriminatedUnion('expected', [
  z.object({
    ...common,
    expected: z.literal('cannot-display'),
    problem: z.object({ field: z.string(), reason: z.string() }),
  }),
  z.object({
    ...common,
    expected: z.literal('renders'),
    headline: z.string(),
    shows: z.array(z.string()),
  }),
])
export type HostileCase = z.output<typeof hostileCase>

export const HOSTILE_CASES: HostileCase[] = z
  .object({ cases: z.array(hostileCase) })
  .parse(JSON.parse(readFileSync(path.join(HOSTILE_DIR, 'cases.json'), 'utf8'))).cases

const bodies = new Map<string, Buffer>()

/** The exact bytes of a case: its file, or for the huge ones, generated once per process. */
export function hostileBody(hostile: HostileCase): Buffer {
  const cached = bodies.get(hostile.name)
  if (cached) return cached
  let body: Buffer
  if (hostile.file !== null) body = readFileSync(path.join(HOSTILE_DIR, hostile.file))
  else if (hostile.generate?.kind === 'paragraphs') {
    const { count } = hostile.generate
    const blocks = Array.from({ length: count }, (_, index) => ({
      type: 'paragraph',
      text: `Paragraph ${index + 1} of ${count}.`,
    }))
    body = Buffer.from(
      JSON.stringify({ headline: 'Paragraph after paragraph', section: 'World', body: blocks }),
    )
  } else if (hostile.generate?.kind === 'huge-string') {
    body = Buffer.concat([
      Buffer.from('{"headline":"One enormous paragraph","body":[{"type":"paragraph","text":"'),
      Buffer.alloc(hostile.generate.bytes, 'a'),
      Buffer.from('"}]}'),
    ])
  } else throw new Error(`Case ${hostile.name} has neither a file nor a generator`)
  bodies.set(hostile.name, body)
  return body
}
