import { useSyncExternalStore } from 'react'

const noSubscription = () => () => undefined

/**
 * False on the server and while hydrating, true after: for UI that depends on what only the browser knows
 * (the URL's #hash), so hydration still matches the prerendered HTML.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}
