import { useEffect, useRef } from 'react'
import type { EmbedView } from '../../../content/block-view'
import { embedPermissions } from './embed-permissions'
import styles from './embed-block.module.css'
import { t } from '../../../i18n/on-demand/blocks'

/**
 * The provider's player, framed only after the reader asked. Sandboxed: it may run its own scripts on its own
 * origin and open the original in a new tab, but never navigate this page, submit forms here or reach it.
 * Focus moves into the frame, so the button that was pressed is not lost to the page.
 */
export function EmbedFrame({ embed, src }: { embed: EmbedView; src: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null)
  useEffect(() => {
    frameRef.current?.focus()
  }, [])
  const { sandbox, allow } = embedPermissions(embed.kind)
  return (
    <iframe
      ref={frameRef}
      className={styles.frame}
      src={src}
      title={t('embed.frameTitle', { provider: embed.providerName, title: embed.title })}
      sandbox={sandbox}
      allow={allow}
      allowFullScreen={embed.kind === 'video'}
      referrerPolicy="strict-origin"
      loading="lazy"
      // Set after hydration through the DOM, never as markup: the CSP allows no inline style attributes.
      style={
        'aspectRatio' in embed.size
          ? { aspectRatio: String(embed.size.aspectRatio) }
          : { blockSize: `${embed.size.height}px` }
      }
    />
  )
}
