import { useEffect } from 'react'
import { config } from '../config/config'

export function pageTitle(title: string | undefined): string {
  return title ? `${title} – ${config.siteName}` : config.siteName
}

/** Screen readers announce the new title on navigation, so every page states what it is. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = pageTitle(title)
  }, [title])
}
