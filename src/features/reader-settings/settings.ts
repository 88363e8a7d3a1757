// Reader settings: the values, how they are read from storage, and how they reach the page.
//
// This file has no imports on purpose: it is also bundled on its own into the tiny inline script that runs in
// <head> before the first paint (see boot.ts), so a reload never flashes the default size first.
// Settings reach CSS as data attributes on <html>; tokens.css maps each value to custom properties. No inline
// styles, so it keeps working under a strict Content Security Policy.

export const TEXT_SIZES = [80, 90, 100, 110, 120, 135, 150, 175, 200, 250, 300] as const
export const LINE_SPACINGS = ['tight', 'standard', 'relaxed', 'loose'] as const
export const TEXT_WIDTHS = ['narrow', 'standard', 'wide'] as const
export const FONTS = ['serif', 'sans', 'legible'] as const
export const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const
/** Single-key shortcuts can clash with a speech-input user's words or another tool's keys (WCAG 2.1.4). */
export const SHORTCUTS = ['on', 'off'] as const

export type TextSize = (typeof TEXT_SIZES)[number]
type LineSpacing = (typeof LINE_SPACINGS)[number]
type TextWidth = (typeof TEXT_WIDTHS)[number]
type Font = (typeof FONTS)[number]
type Theme = (typeof THEMES)[number]
type Shortcuts = (typeof SHORTCUTS)[number]

export interface ReaderSettings {
  textSize: TextSize
  lineSpacing: LineSpacing
  textWidth: TextWidth
  font: Font
  theme: Theme
  shortcuts: Shortcuts
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  textSize: 100,
  lineSpacing: 'standard',
  textWidth: 'standard',
  font: 'serif',
  theme: 'system',
  shortcuts: 'on',
}

export const STORAGE_KEY = 'broadsheet:reader-settings'

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((option) => option === value) ?? fallback
}

/** An out-of-range size snaps to the nearest step we offer, so a hand-edited 117 still means "about 120". */
export function nearestTextSize(value: unknown): TextSize {
  // Stryker disable next-line ConditionalExpression: Number.isFinite is already false for every non-number; the typeof check only narrows the type
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.textSize
  let best: TextSize = TEXT_SIZES[0]
  for (const size of TEXT_SIZES) if (Math.abs(size - value) < Math.abs(best - value)) best = size
  return best
}

/** Any string (or nothing) maps to valid settings: each field is checked alone, and garbage means default. */
export function parseSettings(raw: string | null): ReaderSettings {
  let stored: unknown = null
  try {
    // Stryker disable next-line ConditionalExpression: JSON.parse(null) is null too; the check only spares the call
    stored = raw === null ? null : JSON.parse(raw)
  } catch {
    // Broken JSON: nothing stored, as if the key were absent.
  }
  const record: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {}
  return {
    textSize: 'textSize' in record ? nearestTextSize(record.textSize) : DEFAULT_SETTINGS.textSize,
    lineSpacing: oneOf(LINE_SPACINGS, record.lineSpacing, DEFAULT_SETTINGS.lineSpacing),
    textWidth: oneOf(TEXT_WIDTHS, record.textWidth, DEFAULT_SETTINGS.textWidth),
    font: oneOf(FONTS, record.font, DEFAULT_SETTINGS.font),
    theme: oneOf(THEMES, record.theme, DEFAULT_SETTINGS.theme),
    shortcuts: oneOf(SHORTCUTS, record.shortcuts, DEFAULT_SETTINGS.shortcuts),
  }
}

/** Storage can be missing, blocked (SecurityError in private modes) or throw on read: all mean "no settings". */
export function readStoredSettings(getStorage: () => Storage): ReaderSettings {
  try {
    return parseSettings(getStorage().getItem(STORAGE_KEY))
  } catch {
    return DEFAULT_SETTINGS
  }
}

export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  root.setAttribute('data-text-size', String(settings.textSize))
  root.setAttribute('data-line-spacing', settings.lineSpacing)
  root.setAttribute('data-text-width', settings.textWidth)
  root.setAttribute('data-font', settings.font)
  root.setAttribute('data-theme', settings.theme)
}
