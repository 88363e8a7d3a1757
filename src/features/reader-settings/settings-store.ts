import { useSyncExternalStore } from 'react'
import { keepReadingPlace } from './keep-reading-place'
import { t } from '../../i18n/interface'
import { applySettings, DEFAULT_SETTINGS, readStoredSettings, STORAGE_KEY } from './settings'
import type { ReaderSettings } from './settings'

// Client state, not server state: a small store over localStorage, exposed through useSyncExternalStore.
// Nothing here touches `window` until first use, so the module also loads under Node for prerendering.

const listeners = new Set<() => void>()
let current: ReaderSettings | undefined

function storage(): Storage {
  return window.localStorage
}

function currentSettings(): ReaderSettings {
  current ??= readStoredSettings(storage)
  return current
}

function save(settings: ReaderSettings): void {
  try {
    storage().setItem(STORAGE_KEY, JSON.stringify(settings))
  } catch {
    // Full, blocked or absent storage: the choice still holds for this page, it just won't be remembered.
  }
}

function commit(next: ReaderSettings, persist: boolean): void {
  keepReadingPlace(() => {
    applySettings(document.documentElement, next)
  })
  current = next
  if (persist) save(next)
  for (const listener of listeners) listener()
}

// Another tab changed the settings (or cleared storage): follow it, without writing back.
function onStorage(event: StorageEvent): void {
  if (event.key !== null && event.key !== STORAGE_KEY) return
  commit(readStoredSettings(storage), false)
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('storage', onStorage)
    // The first subscriber starts from what storage says now, not from a value read before it mounted, and
    // the page follows: another tab may have changed the settings between the boot script and hydration.
    current = readStoredSettings(storage)
    applySettings(document.documentElement, current)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}

/**
 * A reader's own change: applied, saved, and announced to screen readers with `message`. Without one it is
 * silent: a value still moving (a colour picker being dragged) is announced once it settles.
 */
export function updateSettings(change: Partial<ReaderSettings>, message?: string): void {
  commit({ ...currentSettings(), ...change }, true)
  if (message !== undefined) announce(message)
}

export function resetSettings(): void {
  commit(DEFAULT_SETTINGS, true)
  announce(t('settings.reset'))
}

// Announcements are kept apart from the settings themselves: a change that arrives from hydration or another
// tab is applied silently, only what this reader just did is spoken.
interface Announcement {
  id: number
  text: string
}
const announcementListeners = new Set<() => void>()
let lastAnnouncement: Announcement = { id: 0, text: '' }

function announce(text: string): void {
  lastAnnouncement = { id: lastAnnouncement.id + 1, text }
  for (const listener of announcementListeners) listener()
}

function subscribeToAnnouncements(listener: () => void): () => void {
  announcementListeners.add(listener)
  return () => announcementListeners.delete(listener)
}

export function useSettingsAnnouncement(): Announcement {
  return useSyncExternalStore(
    subscribeToAnnouncements,
    () => lastAnnouncement,
    () => lastAnnouncement,
  )
}

/** The reader's settings; defaults on the server and while hydrating, so prerendered HTML always matches. */
export function useReaderSettings(): ReaderSettings {
  return useSyncExternalStore(subscribe, currentSettings, () => DEFAULT_SETTINGS)
}
