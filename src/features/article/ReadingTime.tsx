import { useEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import styles from './article.module.css'
import { minutesLeft, readingMinutes } from './reading-time'
import { interfaceLocale, t } from '../../i18n/interface'

interface ReadingTimeProps {
  wordCount: number
  articleRef: RefObject<HTMLElement | null>
}

/**
 * 0 with the article's top at the top of the screen (or below it), 1 once its end is on screen. An article
 * that fits on one screen has nothing to track.
 */
function progressThrough(article: HTMLElement): number {
  const box = article.getBoundingClientRect()
  const scrollable = box.height - window.innerHeight
  return scrollable <= 0 ? 0 : -box.top / scrollable
}

/**
 * "6 min read", and once reading has begun, "· 4 min left". The text is not a live region: screen-reader
 * users can find it when they want it without hearing it on every scroll. The bar above the page is visual.
 */
export function ReadingTime({ wordCount, articleRef }: ReadingTimeProps) {
  const total = readingMinutes(wordCount)
  const [left, setLeft] = useState(total)
  const barRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let frame = 0
    const update = () => {
      frame = 0
      const article = articleRef.current
      if (!article) return
      const progress = Math.min(1, Math.max(0, progressThrough(article)))
      // Through CSSOM, not a style attribute: allowed under a strict Content Security Policy.
      barRef.current?.style.setProperty('transform', `scaleX(${progress})`)
      setLeft(minutesLeft(total, progress))
    }
    const onScroll = () => {
      frame ||= requestAnimationFrame(update)
    }
    update()
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
    }
  }, [articleRef, total])

  return (
    <>
      <div className={styles.progress} aria-hidden="true" data-print="hide">
        <div ref={barRef} className={styles.progressBar} />
      </div>
      <p className={styles.readingTime} lang={interfaceLocale}>
        {t('article.readingTime', { count: total })}
        {left < total ? (
          <span>
            {' · '}
            {left === 0 ? t('article.finished') : t('article.minutesLeft', { count: left })}
          </span>
        ) : null}
      </p>
    </>
  )
}
