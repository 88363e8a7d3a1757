import { ArticleLink } from '../../components/ArticleLink'
import styles from './reading-place.module.css'
import { ContinueReadingFrame } from './ContinueReadingFrame'
import { useReadingPlaces } from './reading-place-store'
import { isUnfinished } from './reading-places'
import { CONTINUE_READING_SHOWN } from './continue-reading-reserve'
import { formatPercent } from '../../i18n/interface'
import { t } from '../../i18n/on-demand/reading-place'

/** The front page's "Continue reading" row: articles begun in this browser and not yet finished. */
export function ContinueReading() {
  const unfinished = useReadingPlaces().filter(isUnfinished).slice(0, CONTINUE_READING_SHOWN)
  if (unfinished.length === 0) return null
  return (
    <ContinueReadingFrame>
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
    </ContinueReadingFrame>
  )
}
