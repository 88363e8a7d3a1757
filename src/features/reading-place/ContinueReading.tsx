import { ArticleLink } from '../../components/ArticleLink'
import styles from './reading-place.module.css'
import { useReadingPlaces } from './reading-place-store'
import { isUnfinished } from './reading-places'
import { formatPercent } from '../../i18n/interface'
import { t } from '../../i18n/on-demand/reading-place'

const SHOWN = 4

/** The front page's "Continue reading" row: articles begun in this browser and not yet finished. */
export function ContinueReading() {
  const unfinished = useReadingPlaces().filter(isUnfinished).slice(0, SHOWN)
  if (unfinished.length === 0) return null
  return (
    <section className={styles.row} aria-labelledby="continue-reading" data-print="hide">
      <h2 id="continue-reading" className={styles.rowTitle}>
        {t('place.continueReading')}
      </h2>
      <ul className={styles.rowList}>
        {unfinished.map((place) => (
          <li key={place.slug} className={styles.rowItem}>
            <ArticleLink slug={place.slug} className={styles.rowLink}>
              <span lang={place.language}>{place.headline}</span>
            </ArticleLink>
            <span className={styles.rowProgress}>
              {t('place.read', { percent: formatPercent(Math.round(place.progress * 100)) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
