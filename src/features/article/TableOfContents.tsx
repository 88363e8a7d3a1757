import { useId, useMemo } from 'react'
import styles from './article.module.css'
import type { ContentsEntry } from './heading-ids'
import { useCurrentSection } from './use-current-section'
import { interfaceLocale, t } from '../../i18n/interface'

/**
 * Links to each sub-heading, the one being read marked with aria-current (and visibly), so a long read can
 * be skimmed, entered at any section, and found again. Plain fragment links: they work before the app runs.
 */
export function TableOfContents({ entries }: { entries: readonly ContentsEntry[] }) {
  const headingId = useId()
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries])
  const current = useCurrentSection(ids)
  return (
    <nav className={styles.contents} aria-labelledby={headingId} data-print="hide">
      <h2 id={headingId} className={styles.contentsTitle} lang={interfaceLocale}>
        {t('article.contents')}
      </h2>
      <ol className={styles.contentsList}>
        {entries.map((entry) => (
          <li key={entry.key}>
            <a
              href={`#${entry.id}`}
              className={styles.contentsLink}
              aria-current={entry.id === current ? 'true' : undefined}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
