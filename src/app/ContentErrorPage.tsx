import type { Ref } from 'react'
import { Link } from 'react-router'
import { isContentError } from '../content/content-error'
import type { ContentError } from '../content/content-error'
import { ProblemPage } from './ProblemPage'
import styles from './problem-page.module.css'
import { t } from '../i18n/interface'

interface ContentErrorPageProps {
  error: unknown
  /** What failed to load, in the reader's words: "article", "front page". */
  what: string
  onRetry: () => void
  headingRef?: Ref<HTMLHeadingElement>
}

const MAX_PROBLEMS_SHOWN = 20

// The file's address is set in code type inside the translated sentence, wherever the language puts it.
const FILE_MARK = '\u0000file\u0000'

function withCode(sentence: string, file: string) {
  const [before = '', after = ''] = sentence.split(FILE_MARK)
  return (
    <>
      {before}
      <code>{file}</code>
      {after}
    </>
  )
}

export function errorTitle(error: unknown, what: string): string {
  if (!isContentError(error)) return t('error.invalid.title', { what })
  switch (error.kind) {
    case 'not-found':
      return t('error.notFound.title')
    case 'offline':
      return t('error.offline.title')
    case 'invalid':
      return t('error.invalid.title', { what })
    case 'network':
    case 'timeout':
    case 'http':
      return t('error.unreachable.title', { what })
  }
}

function PublisherDetails({ error }: { error: ContentError }) {
  const shown = error.problems.slice(0, MAX_PROBLEMS_SHOWN)
  const hidden = error.problems.length - shown.length
  return (
    <details className={styles.details}>
      <summary>{t('error.details.summary')}</summary>
      <p>{withCode(t('error.details.intro', { file: FILE_MARK }), error.url)}</p>
      <ul>
        {shown.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <code>{problem.path}</code> {problem.reason}
          </li>
        ))}
        {hidden > 0 ? <li>{t('error.details.more', { count: hidden })}</li> : null}
      </ul>
    </details>
  )
}

function explanation(error: unknown, what: string): string {
  if (!isContentError(error)) return t('error.unknown.text', { what })
  switch (error.kind) {
    case 'not-found':
      return t('error.notFound.story')
    case 'offline':
      return t('error.offline.text', { what })
    case 'invalid':
      return t('error.invalid.text', { what })
    case 'timeout':
      return t('error.timeout.text')
    case 'network':
    case 'http':
      return t('error.network.text')
  }
}

export function ContentErrorPage({ error, what, onRetry, headingRef }: ContentErrorPageProps) {
  const canRetry = !isContentError(error) || !['not-found', 'invalid'].includes(error.kind)
  return (
    <ProblemPage title={errorTitle(error, what)} headingRef={headingRef}>
      <p>{explanation(error, what)}</p>
      <div className={styles.actions}>
        {canRetry ? (
          <button type="button" className={styles.button} onClick={onRetry}>
            {t('error.tryAgain')}
          </button>
        ) : null}
        <Link to="/">{t('error.goToFrontPage')}</Link>
      </div>
      {isContentError(error) && error.kind === 'invalid' ? (
        <PublisherDetails error={error} />
      ) : null}
    </ProblemPage>
  )
}
