import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange)
  return () => {
    window.removeEventListener('languagechange', onChange)
  }
}

/**
 * The reader's own locale, or undefined while rendering on the server and hydrating, so prerendered HTML and
 * the first client render agree; React re-renders with the browser's locale right after.
 */
export function useReaderLocale(): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => navigator.language,
    () => undefined,
  )
}
