import { useEffect, useRef } from 'react'
import type { ListenStatus } from './use-speech'

interface MediaSessionOptions {
  title: string
  status: ListenStatus
  play: () => void
  pause: () => void
  previous: () => void
  next: () => void
}

/** Headset buttons and the lock screen: play, pause, previous and next paragraph, and what is playing. */
export function useMediaSession({ title, status, ...actions }: MediaSessionOptions): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    if (!('mediaSession' in navigator)) return
    const session = navigator.mediaSession
    if (typeof MediaMetadata === 'function')
      session.metadata = new MediaMetadata({ title, artist: document.title })
    const handlers: [MediaSessionAction, () => void][] = [
      [
        'play',
        () => {
          latest.current.play()
        },
      ],
      [
        'pause',
        () => {
          latest.current.pause()
        },
      ],
      [
        'previoustrack',
        () => {
          latest.current.previous()
        },
      ],
      [
        'nexttrack',
        () => {
          latest.current.next()
        },
      ],
    ]
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler)
      } catch {
        // An action this browser doesn't know.
      }
    }
    return () => {
      for (const [action] of handlers) {
        try {
          session.setActionHandler(action, null)
        } catch {
          // As above.
        }
      }
      session.metadata = null
    }
  }, [title])
  useEffect(() => {
    if ('mediaSession' in navigator)
      navigator.mediaSession.playbackState =
        status === 'playing' ? 'playing' : status === 'paused' ? 'paused' : 'none'
  }, [status])
}
