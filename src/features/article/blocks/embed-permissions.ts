import type { EmbedView } from '../../../content/block-view'

/**
 * What a provider's frame may do. Every player needs its scripts on its own origin (allow-scripts +
 * allow-same-origin: the frame's origin is the provider's, never ours, so the pair gives it nothing of this
 * page) and popups to open the original. Only video players get presentation and fullscreen; posts and charts
 * get neither, and no frame gets camera, microphone, location or payment.
 */
export function embedPermissions(kind: EmbedView['kind']): { sandbox: string; allow: string } {
  const base = 'allow-scripts allow-same-origin allow-popups'
  switch (kind) {
    case 'video':
      return {
        sandbox: `${base} allow-presentation`,
        allow: 'encrypted-media; picture-in-picture; fullscreen',
      }
    case 'audio':
      return { sandbox: base, allow: 'encrypted-media' }
    case 'post':
    case 'chart':
      return { sandbox: base, allow: '' }
  }
}
