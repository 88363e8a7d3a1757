import { useId } from 'react'
import { Figure } from '../../../components/Figure'
import type { ImageView } from '../../../content/image-view'
import { photoOpenId } from '../use-photo-viewer'
import { galleryPhotoKey } from './gallery-photo-key'
import styles from './gallery.module.css'
import { interfaceLanguage } from '../../../i18n/interface'
import { t } from '../../../i18n/on-demand/blocks'

interface GalleryProps {
  blockKey: string
  title?: string
  images: ImageView[]
  /** Position of each photo in the article's photo sequence (the viewer's), by galleryPhotoKey. */
  photoIndex: ReadonlyMap<string, number>
  onOpenPhoto: (index: number) => void
}

// Thumbnails are at most about half the text column wide; one column on a phone.
const GALLERY_SIZES = '(min-width: 40rem) 20rem, 100vw'

/**
 * Several photos as one block: a list of figures named by the gallery's title. Each opens the article's photo
 * viewer at that photo, and the viewer's previous and next walk on through the gallery.
 */
export function Gallery({ blockKey, title, images, photoIndex, onOpenPhoto }: GalleryProps) {
  const titleId = useId()
  const name = title ?? t('block.gallery')
  return (
    <section className={styles.gallery} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {name}{' '}
        <span className={styles.count} {...interfaceLanguage}>
          {t('block.galleryCount', { count: images.length })}
        </span>
      </h2>
      <ul className={styles.grid}>
        {images.map((image, n) => {
          const index = photoIndex.get(galleryPhotoKey(blockKey, n))
          return (
            <li key={galleryPhotoKey(blockKey, n)} className={styles.item}>
              <Figure
                image={image}
                sizes={GALLERY_SIZES}
                onOpen={
                  index === undefined
                    ? undefined
                    : () => {
                        onOpenPhoto(index)
                      }
                }
                openId={index === undefined ? undefined : photoOpenId(index)}
              />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
