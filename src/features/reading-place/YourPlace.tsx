import { useEffect, useRef, useState } from 'react'
import { usePlaceOf } from './reading-place-store'
import { isUnfinished } from './reading-places'
import { goToBlock } from './track-place'
import { useTrackPlace } from './use-track-place'
import { YourPlaceOffer } from './YourPlaceOffer'
import { formatPercent } from '../../i18n/interface'
import { t } from '../../i18n/on-demand/reading-place'

interface YourPlaceProps {
  slug: string
  headline: string
  language: string
}

/**
 * "Continue where you left off" on an article the reader began and didn't finish. Offered, never done for
 * them: jumping on load would move the page under someone who wanted the top. Also keeps the place.
 */
export function YourPlace({ slug, headline, language }: YourPlaceProps) {
  const stored = usePlaceOf(slug)
  // The place kept before this visit, and only that: the place this reading keeps moves as the reader
  // scrolls, and offering it would put the offer above the very text they are reading, and move it.
  const [place, setPlace] = useState(() =>
    stored !== undefined && isUnfinished(stored) ? stored : undefined,
  )
  const onOffer = place !== undefined
  useTrackPlace({ slug, headline, language }, onOffer)
  const offerRef = useRef<HTMLElement>(null)
  // Scrolling on past the offer is reading from the top: the offer is over, and the new place is kept.
  useEffect(() => {
    const offer = offerRef.current
    if (!onOffer || !offer || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(([entry]) => {
      if (entry && !entry.isIntersecting && entry.boundingClientRect.bottom <= 0)
        setPlace(undefined)
    })
    observer.observe(offer)
    return () => {
      observer.disconnect()
    }
  }, [onOffer])
  if (!onOffer) return null
  return (
    <YourPlaceOffer
      offerRef={offerRef}
      label={t('place.label')}
      percent={formatPercent(Math.round(place.progress * 100))}
      onContinue={() => {
        setPlace(undefined)
        goToBlock(place.block)
      }}
      onTop={() => {
        setPlace(undefined)
        // The button goes away with the offer: focus goes to the top the reader chose.
        document.querySelector<HTMLElement>('main h1')?.focus()
      }}
    />
  )
}
