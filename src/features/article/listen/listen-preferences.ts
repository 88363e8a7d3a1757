// Listen's own choices, kept in this browser like the reading settings: parsed, clamped, failure-tolerant.

export const LISTEN_KEY = 'broadsheet:listen'
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const

export interface ListenPreferences {
  rate: number
  /** The chosen voice's voiceURI, per language ("en", "ar"). */
  voices: Record<string, string>
  captions: boolean
  goOn: boolean
}

export const DEFAULT_LISTEN: ListenPreferences = {
  rate: 1,
  voices: {},
  captions: false,
  goOn: false,
}

export function parseListenPreferences(raw: string | null): ListenPreferences {
  let stored: unknown
  try {
    stored = raw === null ? {} : JSON.parse(raw)
  } catch {
    stored = {}
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return DEFAULT_LISTEN
  const record: Record<string, unknown> = { ...stored }
  const rate = typeof record.rate === 'number' && Number.isFinite(record.rate) ? record.rate : 1
  const voices: Record<string, string> = {}
  if (typeof record.voices === 'object' && record.voices !== null)
    for (const [language, uri] of Object.entries(record.voices))
      if (/^[a-z]{2,8}$/.test(language) && typeof uri === 'string' && uri.length < 300)
        voices[language] = uri
  return {
    rate: Math.min(2, Math.max(0.5, rate)),
    voices,
    captions: record.captions === true,
    goOn: record.goOn === true,
  }
}

export function readListenPreferences(): ListenPreferences {
  try {
    return parseListenPreferences(window.localStorage.getItem(LISTEN_KEY))
  } catch {
    return DEFAULT_LISTEN
  }
}

export function saveListenPreferences(preferences: ListenPreferences): void {
  try {
    window.localStorage.setItem(LISTEN_KEY, JSON.stringify(preferences))
  } catch {
    // Full or blocked: the choice holds while this page is open.
  }
}
