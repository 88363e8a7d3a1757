import type { RunView } from '../../../content/inline-view'
import { InlineRuns } from '../InlineRuns'
import styles from './pull-quote.module.css'

interface PullQuoteProps {
  runs: RunView[]
  attribution?: string
  language?: string
  direction?: 'ltr' | 'rtl'
}

/**
 * A line lifted from the body and set large. It repeats words the reader reads anyway, so it is hidden from
 * screen readers (aria-hidden): heard in the flow it would be read twice, out of place, as if the person said
 * it again. Its links are left out, as a hidden copy must hold nothing focusable.
 */
export function PullQuote({ runs, attribution, language, direction }: PullQuoteProps) {
  return (
    <figure className={styles.pullQuote} aria-hidden="true" lang={language} dir={direction}>
      <p className={styles.text}>
        <InlineRuns runs={runs} withoutLinks />
      </p>
      {attribution === undefined ? null : (
        <figcaption className={styles.attribution}>{attribution}</figcaption>
      )}
    </figure>
  )
}
