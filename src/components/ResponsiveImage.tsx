import type { Ref } from 'react'
import type { ImageView } from '../content/image-view'

export interface ResponsiveImageProps {
  image: ImageView
  /** How wide the image is drawn, so the browser can pick the smallest file that is sharp enough. */
  sizes: string
  className?: string
  /** The page's largest paint: fetched first and at once. Everything else waits until it nears the screen. */
  priority?: boolean
  /** Decorative beside a text link that already names it (thumbnails). */
  decorative?: boolean
  onError?: () => void
  imgRef?: Ref<HTMLImageElement>
}

/** One picture, every width and format the feed offers, and the intrinsic size so nothing moves when it loads. */
export function ResponsiveImage({
  image,
  sizes,
  className,
  priority = false,
  decorative = false,
  onError,
  imgRef,
}: ResponsiveImageProps) {
  const img = (
    <img
      ref={imgRef}
      className={className}
      src={image.src}
      srcSet={image.srcset}
      sizes={image.srcset === undefined ? undefined : sizes}
      alt={decorative ? '' : image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      decoding="async"
      onError={onError}
    />
  )
  if (image.sources.length === 0) return img
  return (
    <picture>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      {img}
    </picture>
  )
}
