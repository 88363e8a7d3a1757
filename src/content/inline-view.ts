import type { InlineData } from './format'
import { articleSlugFromPath } from './safe-url'

export type LinkView = { kind: 'internal'; slug: string } | { kind: 'external'; href: string }

export interface RunView {
  text: string
  link?: LinkView
  emphasis: boolean
  strong: boolean
  code: boolean
}

function toLink(href: string | undefined): LinkView | undefined {
  if (href === undefined) return undefined
  const slug = articleSlugFromPath(href)
  return slug === undefined ? { kind: 'external', href } : { kind: 'internal', slug }
}

type RunData = Exclude<InlineData, string>[number]

export function toRuns(inline: InlineData): RunView[] {
  // Typed as runs, so a plain string's one run has no optional marks to test for with `in`.
  const runs: readonly RunData[] = typeof inline === 'string' ? [{ text: inline }] : inline
  return runs
    .map((run) => ({
      text: run.text,
      link: toLink(run.href),
      emphasis: run.emphasis === true,
      strong: run.strong === true,
      code: run.code === true,
    }))
    .filter((run) => run.text !== '')
}

export function runsText(runs: readonly RunView[]): string {
  return runs.map((run) => run.text).join('')
}
