import { useRef } from 'react'
import type { BlockView } from '../../../content/block-view'
import { useNearViewport } from '../../../lib/use-near-viewport'
import { formatDuration } from './media-duration'
import styles from './media-block.module.css'
import { interfaceLocale } from '../../../i18n/interface'
import { t } from '../../../i18n/on-demand/blocks'
import { Message } from '../../../components/Message'

type MediaBlockView = Extract<BlockView, { type: 'video' | 'audio' }>

/**
 * A video or a sound file in the browser's own player: controls, never autoplay, and nothing downloaded until
 * the reader presses play (preload="none"). Captions and subtitles are <track>s; a transcript sits below in a
 * <details>, for those who can't or would rather not listen.
 */
export function MediaBlock({ media }: { media: MediaBlockView }) {
  const figureRef = useRef<HTMLElement>(null)
  // Browsers fetch a poster at once, wherever the player is on the page: it would compete with the lead photo
  // for the first second of a slow connection. It is set as the player nears the screen; width and height
  // already hold its place, so nothing moves when it comes.
  const nearViewport = useNearViewport(figureRef)
  const duration =
    media.durationSeconds === undefined ? undefined : formatDuration(media.durationSeconds)
  const tracks = media.tracks.map((track) => (
    <track
      key={track.src}
      kind={track.kind}
      src={track.src}
      srcLang={track.language}
      label={track.label}
    />
  ))
  // Browsers without the format show this instead of a player.
  const fallback = (
    <a href={media.src}>
      {t(media.type === 'video' ? 'block.downloadVideo' : 'block.downloadAudio', {
        title: media.title,
      })}
    </a>
  )
  const label = t(media.type === 'video' ? 'block.video' : 'block.audio', { title: media.title })
  return (
    <figure ref={figureRef} className={styles.media}>
      {/* The captions are the <track>s from the data (the rule can't see them in a map); audio has the
          transcript below instead. */}
      {media.type === 'video' ? (
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <video
          className={styles.video}
          controls
          preload="none"
          poster={nearViewport ? media.poster : undefined}
          width={media.width}
          height={media.height}
          playsInline
          aria-label={label}
        >
          <source src={media.src} type={media.mimeType} />
          {tracks}
          {fallback}
        </video>
      ) : (
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <audio className={styles.audio} controls preload="none" aria-label={label}>
          <source src={media.src} type={media.mimeType} />
          {tracks}
          {fallback}
        </audio>
      )}
      <figcaption className={styles.caption}>
        <span className={styles.title}>{label}</span>
        {duration === undefined ? null : (
          <>
            {' '}
            <span className={styles.duration}>
              <Message
                translate={t}
                id="block.duration"
                parts={{ duration: <time dateTime={duration.iso}>{duration.text}</time> }}
              />
            </span>
          </>
        )}
        {media.caption === undefined ? null : <> {media.caption}</>}
        {media.credit === undefined ? null : (
          <>
            {' '}
            <span className={styles.credit}>{media.credit}</span>
          </>
        )}
      </figcaption>
      {media.transcript.length === 0 ? null : (
        <details className={styles.transcript}>
          <summary className={styles.summary} lang={interfaceLocale}>
            {t('block.transcript')}
          </summary>
          <div className={styles.transcriptText}>
            {media.transcript.map((paragraph, n) => (
              // Paragraphs of a fixed text: their order never changes.
              <p key={n}>{paragraph}</p>
            ))}
          </div>
        </details>
      )}
    </figure>
  )
}
