import { useSyncExternalStore } from 'react'
import { keepReadingPlace } from './keep-reading-place'
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
    // The first subscriber starts from what storage says now, not from a value read before it mounted.
    current = readStoredSettings(storage)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}

export function updateSettings(change: Partial<ReaderSettings>): void {
  commit({ ...currentSettings(), ...change }, true)
}

export function resetSettings(): void {
  commit(DEFAULT_SETTINGS, true)
}

/** The reader's settings; defaults on the server and while hydrating, so prerendered HTML always matches. */
export function useReaderSettings(): ReaderSettings {
  return useSyncExternalStore(subscribe, currentSettings, () => DEFAULT_SETTINGS)
}
