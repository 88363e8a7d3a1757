import { useEffect, useId, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { StoryMeta } from '../../components/StoryMeta'
import { articlePath } from '../../content/site-paths'
import { interfaceLocale } from '../../i18n/interface'
import { t } from '../../i18n/on-demand/search'
import { useDocumentTitle } from '../../lib/use-document-title'
import buttons from '../../components/button.module.css'
import type { ExcerptRun } from './excerpt'
import { preloadSearch } from './pagefind-client'
import type { SearchResult } from './pagefind-client'
import { config } from '../../config/config'
import { searchSummary } from './search-summary'
import { pauseBeforeSearch } from './typing'
import { useSearch } from './use-search'
import styles from './search.module.css'

// `/search?q=`: the reader's own search page. Results follow the typing (after a short pause, so each
// keystroke does not start a search) and Enter searches at once; the address keeps the query, so a search can
// be shared, reloaded and gone back to.

function Excerpt({ runs }: { runs: readonly ExcerptRun[] }) {
  return (
    <p className={styles.excerpt}>
      {runs.map((run, index) =>
        run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
      )}
    </p>
  )
}

function ResultItem({ result }: { result: SearchResult }) {
  return (
    <li className={styles.result}>
      <h2 className={styles.headline}>
        <Link to={articlePath(result.slug)}>{result.headline}</Link>
      </h2>
      <StoryMeta section={result.section} published={result.published} language={interfaceLocale} />
      {result.excerpt.length > 0 ? <Excerpt runs={result.excerpt} /> : null}
    </li>
  )
}

export function SearchPage() {
  const [params, setParams] = useSearchParams()
  const query = params.get('q') ?? ''
  const [text, setText] = useState(query)
  const { state, retry, showMore } = useSearch(query)
  const fieldId = useId()
  const field = useRef<HTMLInputElement>(null)
  useDocumentTitle(
    query.trim() === '' ? t('search.title') : t('search.pageTitle', { query: query.trim() }),
  )

  // Back and Forward change the address under the field: it follows. (Not every change of the query: the
  // address also changes as the reader types, and the field must never lose a key pressed meanwhile.)
  useEffect(() => {
    const follow = () => {
      setText(new URLSearchParams(location.search).get('q') ?? '')
    }
    addEventListener('popstate', follow)
    return () => {
      removeEventListener('popstate', follow)
    }
  }, [])

  // The reader came here to type: the field has focus on arrival (a new document, so nothing is taken away).
  // On the prerendered page the field was there before the app: whatever the reader typed meanwhile is kept.
  useEffect(() => {
    const typed = field.current?.value ?? ''
    if (typed !== '') setText(typed)
    field.current?.focus()
    preloadSearch(config.basePath)
  }, [])

  useEffect(() => {
    if (text === query) return
    const timer = setTimeout(() => {
      setParams(text.trim() === '' ? {} : { q: text }, { replace: true })
    }, pauseBeforeSearch(text))
    return () => {
      clearTimeout(timer)
    }
  }, [text, query, setParams])

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t('search.title')}</h1>
      <form
        role="search"
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault()
          setParams(text.trim() === '' ? {} : { q: text }, { replace: true })
        }}
      >
        <label htmlFor={fieldId} className={styles.label}>
          {t('search.label')}
        </label>
        <div className={styles.fieldRow}>
          <input
            ref={field}
            id={fieldId}
            className={styles.field}
            type="search"
            name="q"
            value={text}
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => {
              setText(event.target.value)
            }}
          />
          <button type="submit" className={buttons.primary}>
            {t('search.submit')}
          </button>
        </div>
      </form>
      <p role="status" className={styles.summary}>
        {searchSummary(state)}
      </p>
      {state.status === 'failed' ? (
        <div className={styles.problem}>
          <p>{t('search.unavailableText')}</p>
          <button type="button" className={buttons.button} onClick={retry}>
            {t('error.tryAgain')}
          </button>
        </div>
      ) : null}
      {state.status === 'offline' ? (
        <div className={styles.problem}>
          <p>{t('search.offlineText')}</p>
        </div>
      ) : null}
      {state.status === 'done' && state.total === 0 ? (
        <p className={styles.hint}>{t('search.noneHint')}</p>
      ) : null}
      {state.status === 'done' && state.results.length > 0 ? (
        <ol className={styles.results} aria-label={t('search.resultsFor', { query: state.query })}>
          {state.results.map((result) => (
            <ResultItem key={result.slug} result={result} />
          ))}
        </ol>
      ) : null}
      {state.status === 'done' && (state.results.length < state.total || !state.complete) ? (
        <button
          type="button"
          className={buttons.button}
          onClick={() => {
            void showMore()
          }}
        >
          {t('search.more')}
        </button>
      ) : null}
    </div>
  )
}
