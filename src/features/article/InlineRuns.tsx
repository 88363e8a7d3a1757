import type { ReactNode } from 'react'
import { ArticleLink } from '../../components/ArticleLink'
import type { RunView } from '../../content/inline-view'

function styled(run: RunView): ReactNode {
  let node: ReactNode = run.text
  if (run.emphasis) node = <em>{node}</em>
  if (run.strong) node = <strong>{node}</strong>
  return node
}

/** Text runs, rendered as text: whatever markup a feed puts in a string is shown literally. */
export function InlineRuns({ runs }: { runs: RunView[] }) {
  return runs.map((run, index) => {
    const key = `run-${index}`
    const content = styled(run)
    if (run.link?.kind === 'internal') {
      return (
        <ArticleLink key={key} slug={run.link.slug}>
          {content}
        </ArticleLink>
      )
    }
    if (run.link?.kind === 'external') {
      return (
        <a key={key} href={run.link.href} rel="noopener noreferrer">
          {content}
        </a>
      )
    }
    return <span key={key}>{content}</span>
  })
}
