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

export function toRuns(inline: InlineData): RunView[] {
  const runs = typeof inline === 'string' ? [{ text: inline }] : inline
  return runs
    .map((run) => ({
      text: run.text,
      link: toLink('href' in run ? run.href : undefined),
      emphasis: 'emphasis' in run && run.emphasis === true,
      strong: 'strong' in run && run.strong === true,
      code: 'code' in run && run.code === true,
    }))
    .filter((run) => run.text !== '')
}

export function runsText(runs: readonly RunView[]): string {
  return runs.map((run) => run.text).join('')
}
