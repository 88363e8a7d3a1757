import { useCallback } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useIsClient } from '../../lib/use-is-client'

// The open photo lives in the URL (#photo-2), so Back closes the viewer and a shared link opens it.
const PHOTO_HASH = /^#photo-([1-9][0-9]{0,3})$/

interface ViewerState {
  openedInApp?: boolean
}

function openedInApp(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as ViewerState).openedInApp === true
}

export function photoOpenId(index: number): string {
  return `photo-${index + 1}`
}

export function usePhotoViewer(count: number) {
  const location = useLocation()
  const navigate = useNavigate()
  const isClient = useIsClient()
  const match = PHOTO_HASH.exec(location.hash)
  const requested = match ? Number(match[1]) - 1 : -1
  const openIndex = isClient && requested >= 0 && requested < count ? requested : undefined
  const state: unknown = location.state

  const open = useCallback(
    (index: number) => {
      void navigate(
        { hash: photoOpenId(index) },
        { state: { openedInApp: true } satisfies ViewerState },
      )
    },
    [navigate],
  )
  // Moving between photos replaces the entry: Back closes the viewer rather than stepping through photos.
  const show = useCallback(
    (index: number) => {
      void navigate({ hash: photoOpenId(index) }, { replace: true, state })
    },
    [navigate, state],
  )
  const close = useCallback(() => {
    if (openedInApp(state)) void navigate(-1)
    else void navigate({ hash: '' }, { replace: true })
  }, [navigate, state])

  return { openIndex, open, show, close }
}
