import type { Ref } from 'react'
import { Link } from 'react-router'
import { isContentError } from '../content/content-error'
import type { ContentError } from '../content/content-error'
import { ProblemPage } from './ProblemPage'
import styles from './problem-page.module.css'
import button from '../components/button.module.css'

interface ContentErrorPageProps {
  error: unknown
  /** What failed to load, in the reader's words: "article", "front page". */
  what: string
  onRetry: () => void
  headingRef?: Ref<HTMLHeadingElement>
}

const MAX_PROBLEMS_SHOWN = 20

export function errorTitle(error: unknown, what: string): string {
  if (!isContentError(error)) return `This ${what} can’t be displayed`
  switch (error.kind) {
    case 'not-found':
      return 'Page not found'
    case 'offline':
      return 'You’re offline'
    case 'invalid':
      return `This ${what} can’t be displayed`
    case 'network':
    case 'timeout':
    case 'http':
      return `We can’t reach the ${what} right now`
  }
}

function PublisherDetails({ error }: { error: ContentError }) {
  const shown = error.problems.slice(0, MAX_PROBLEMS_SHOWN)
  const hidden = error.problems.length - shown.length
  return (
    <details className={styles.details}>
      <summary>Details for the publisher</summary>
      <p>
        The file <code>{error.url}</code> does not follow the article format:
      </p>
      <ul>
        {shown.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <code>{problem.path}</code> {problem.reason}
          </li>
        ))}
        {hidden > 0 ? <li>…and {hidden} more</li> : null}
      </ul>
    </details>
  )
}

function explanation(error: unknown, what: string): string {
  if (!isContentError(error)) return `Something in this ${what} stopped it from being shown.`
  switch (error.kind) {
    case 'not-found':
      return 'There is no story at this address. It may have moved, or the link may be mistyped.'
    case 'offline':
      return `Your device isn’t connected to the internet. The ${what} will load when you’re back online.`
    case 'invalid':
      return `The ${what} arrived, but something in it is broken, so we won’t show it in pieces.`
    case 'timeout':
      return 'The server took too long to answer. It may be busy; trying again often works.'
    case 'network':
    case 'http':
      return 'The connection to the news server failed. It may be a passing problem.'
  }
}

export function ContentErrorPage({ error, what, onRetry, headingRef }: ContentErrorPageProps) {
  const canRetry = !isContentError(error) || !['not-found', 'invalid'].includes(error.kind)
  return (
    <ProblemPage title={errorTitle(error, what)} headingRef={headingRef}>
      <p>{explanation(error, what)}</p>
      <div className={styles.actions}>
        {canRetry ? (
          <button type="button" className={button.primary} onClick={onRetry}>
            Try again
          </button>
        ) : null}
        <Link to="/">Go to the front page</Link>
      </div>
      {isContentError(error) && error.kind === 'invalid' ? (
        <PublisherDetails error={error} />
      ) : null}
    </ProblemPage>
  )
}
