import type { ReactNode } from 'react'
import { ArticleLink } from '../../components/ArticleLink'
import type { RunView } from '../../content/inline-view'
import styles from './inline-runs.module.css'

function styled(run: RunView): ReactNode {
  let node: ReactNode = run.text
  if (run.code) node = <code className={styles.code}>{node}</code>
  if (run.emphasis) node = <em>{node}</em>
  if (run.strong) node = <strong>{node}</strong>
  return node
}

interface InlineRunsProps {
  runs: RunView[]
  /** Text without its links: for copies hidden from screen readers (pull quotes), which must hold no focus. */
  withoutLinks?: boolean
}

/** Text runs, rendered as text: whatever markup a feed puts in a string is shown literally. */
export function InlineRuns({ runs, withoutLinks = false }: InlineRunsProps) {
  return runs.map((run, index) => {
    const key = `run-${index}`
    const content = styled(run)
    if (withoutLinks) return <span key={key}>{content}</span>
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
