import { lazy, Suspense, useState } from 'react'
import type { EmbedView } from '../../../content/block-view'
import styles from './embed-block.module.css'
import button from '../../../components/button.module.css'
import { interfaceLanguage, interfaceLocale } from '../../../i18n/interface'
import { t } from '../../../i18n/on-demand/blocks'
import type { BlockMessageId } from '../../../i18n/on-demand/blocks'

// The player's frame is code only readers who ask for a player need: it loads on that click.
const EmbedFrame = lazy(async () => ({ default: (await import('./EmbedFrame')).EmbedFrame }))

const KIND_WORDS = {
  video: 'embed.video',
  post: 'embed.post',
  audio: 'embed.audio',
  chart: 'embed.chart',
} as const satisfies Record<EmbedView['kind'], BlockMessageId>

/**
 * Another site's player or post, as a card that says what would load and from whom. Nothing is requested from
 * the provider until the reader presses the button; then the player loads in a sandboxed frame. A link to
 * the original is always there, and is all there is when this site does not allow the provider.
 */
export function EmbedBlock({ embed }: { embed: EmbedView }) {
  const [loaded, setLoaded] = useState(false)
  const provider = embed.providerName
  const what = t(KIND_WORDS[embed.kind], { provider })
  const frameSrc = embed.frameSrc
  return (
    <figure className={styles.embed}>
      {loaded && frameSrc !== undefined ? (
        <Suspense
          fallback={
            <p className={styles.loading} lang={interfaceLocale}>
              {t('embed.loading', { what })}
            </p>
          }
        >
          <EmbedFrame embed={embed} src={frameSrc} />
        </Suspense>
      ) : (
        <div className={styles.card}>
          <p className={styles.provider} lang={interfaceLocale}>
            {what}
          </p>
          <p className={styles.title}>{embed.title}</p>
          {embed.fallback === undefined ? null : (
            <p className={styles.fallback}>{embed.fallback}</p>
          )}
          {frameSrc === undefined ? null : (
            <>
              <p className={styles.notice} lang={interfaceLocale}>
                {t('embed.notice', { provider })}
              </p>
              <button
                type="button"
                className={`${button.primary} ${styles.load}`}
                {...interfaceLanguage}
                onClick={() => {
                  setLoaded(true)
                }}
              >
                {t('embed.load', { what, title: embed.title })}
              </button>
            </>
          )}
        </div>
      )}
      <figcaption className={styles.original}>
        <a href={embed.url} rel="noopener noreferrer" {...interfaceLanguage}>
          {t('embed.open', { provider, title: embed.title })}
        </a>
      </figcaption>
    </figure>
  )
}
