import { useState } from 'react'
import type { ImageView } from '../lib/content/view-model'
import styles from './figure.module.css'
import { ResponsiveImage } from './ResponsiveImage'

interface FigureProps {
  image: ImageView
  /** The lead photo is the likely largest paint: load it first. Everything else waits for the scroll. */
  priority?: boolean
  sizes: string
}

export function Figure({ image, priority = false, sizes }: FigureProps) {
  const [failed, setFailed] = useState(false)
  const hasCaption = image.caption !== undefined || image.credit !== undefined
  return (
    <figure className={styles.figure}>
      {failed ? (
        <div
          className={styles.missing}
          style={{ aspectRatio: `${image.width} / ${image.height}` }}
          role="img"
          aria-label={image.alt === '' ? 'Photo unavailable' : `Photo unavailable: ${image.alt}`}
        >
          <span aria-hidden="true">Photo unavailable</span>
        </div>
      ) : (
        <ResponsiveImage
          image={image}
          className={styles.image}
          sizes={sizes}
          priority={priority}
          onError={() => {
            setFailed(true)
          }}
        />
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
