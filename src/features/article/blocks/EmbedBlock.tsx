import { lazy, Suspense, useState } from 'react'
import type { EmbedView } from '../../../content/block-view'
import styles from './embed-block.module.css'
import button from '../../../components/button.module.css'

// The player's frame is code only readers who ask for a player need: it loads on that click.
const EmbedFrame = lazy(async () => ({ default: (await import('./EmbedFrame')).EmbedFrame }))

const KIND_WORDS: Record<EmbedView['kind'], string> = {
  video: 'video',
  post: 'post',
  audio: 'audio player',
  chart: 'chart',
}

/**
 * Another site's player or post, as a card that says what would load and from whom. Nothing is requested from
 * the provider until the reader presses the button; then the player loads in a sandboxed frame. A link to
 * the original is always there, and is all there is when this site does not allow the provider.
 */
export function EmbedBlock({ embed }: { embed: EmbedView }) {
  const [loaded, setLoaded] = useState(false)
  const what = `${embed.providerName} ${KIND_WORDS[embed.kind]}`
  const frameSrc = embed.frameSrc
  return (
    <figure className={styles.embed}>
      {loaded && frameSrc !== undefined ? (
        <Suspense fallback={<p className={styles.loading}>Loading the {what}…</p>}>
          <EmbedFrame embed={embed} src={frameSrc} />
        </Suspense>
      ) : (
        <div className={styles.card}>
          <p className={styles.provider}>{what}</p>
          <p className={styles.title}>{embed.title}</p>
          {embed.fallback === undefined ? null : (
            <p className={styles.fallback}>{embed.fallback}</p>
          )}
          {frameSrc === undefined ? null : (
            <>
              <p className={styles.notice}>
                Loading it connects to {embed.providerName}, which may set cookies and track your
                visit.
              </p>
              <button
                type="button"
                className={`${button.primary} ${styles.load}`}
                onClick={() => {
                  setLoaded(true)
                }}
              >
                Load {what}: {embed.title}
              </button>
            </>
          )}
        </div>
      )}
      <figcaption className={styles.original}>
        <a href={embed.url} rel="noopener noreferrer">
          Open on {embed.providerName}: {embed.title}
        </a>
      </figcaption>
    </figure>
  )
}
