import { useEffect, useRef, useState } from 'react'
import type { ImageView } from '../content/image-view'
import styles from './figure.module.css'
import { ResponsiveImage } from './ResponsiveImage'
import { t } from '../i18n/interface'

interface FigureProps {
  image: ImageView
  /** The lead photo is the likely largest paint: load it first. Everything else waits for the scroll. */
  priority?: boolean
  sizes: string
  /** Opens the photo full size; the figure then shows it as a button. */
  onOpen?: () => void
  /** Identifies the open button, so focus can return to it when the viewer closes. */
  openId?: string
}

export function Figure({ image, priority = false, sizes, onOpen, openId }: FigureProps) {
  const [failed, setFailed] = useState(false)
  const imgRef = useRef<HTMLImageElement>(null)
  const hasCaption = image.caption !== undefined || image.credit !== undefined

  // A prerendered photo can fail before the app is there to hear its error event.
  useEffect(() => {
    const img = imgRef.current
    if (img?.complete && img.naturalWidth === 0) setFailed(true)
  }, [])

  const picture = (
    <ResponsiveImage
      image={image}
      imgRef={imgRef}
      className={styles.image}
      sizes={sizes}
      priority={priority}
      onError={() => {
        setFailed(true)
      }}
    />
  )

  return (
    <figure className={styles.figure}>
      {failed ? (
        // Same box as the photo would have had, so the caption stays put and nothing below jumps.
        <div
          className={styles.missing}
          style={{ aspectRatio: `${image.width} / ${image.height}` }}
          role="img"
          aria-label={
            image.alt === ''
              ? t('photo.unavailable')
              : t('photo.unavailableNamed', { alt: image.alt })
          }
        >
          <span aria-hidden="true">{t('photo.unavailable')}</span>
        </div>
      ) : onOpen ? (
        <button
          type="button"
          className={styles.open}
          onClick={onOpen}
          data-photo-open={openId}
          aria-label={
            image.alt === '' ? t('photo.viewFull') : t('photo.viewFullNamed', { alt: image.alt })
          }
        >
          {picture}
        </button>
      ) : (
        picture
      )}
      {hasCaption ? (
        <figcaption className={styles.caption}>
          {image.caption}
          {image.caption !== undefined && image.credit !== undefined ? ' ' : null}
          {image.credit !== undefined ? (
            <span className={styles.credit}>{image.credit}</span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
