// Reader settings: the values, how they are read from storage, and how they reach the page.
//
// This file has no imports on purpose: it is also bundled on its own into the tiny inline script that runs in
// <head> before the first paint (see boot.ts), so a reload never flashes the default size first.
// Settings reach CSS as data attributes on <html>; tokens.css maps each value to custom properties. No inline
// styles, so it keeps working under a strict Content Security Policy (the custom colours go through the CSSOM).

export const TEXT_SIZES = [80, 90, 100, 110, 120, 135, 150, 175, 200, 250, 300] as const
export const LINE_SPACINGS = ['tight', 'standard', 'relaxed', 'loose'] as const
export const TEXT_WIDTHS = ['narrow', 'standard', 'wide'] as const
export const FONTS = ['serif', 'sans', 'legible'] as const
export const THEMES = ['system', 'light', 'dark', 'sepia', 'cream', 'contrast', 'custom'] as const
/** Single-key shortcuts can clash with a speech-input user's words or another tool's keys (WCAG 2.1.4). */
export const SHORTCUTS = ['on', 'off'] as const
/** The widest step of each spacing is WCAG 1.4.12's: letters 0.12em, words 0.16em, paragraphs 2em. */
export const LETTER_SPACINGS = ['normal', 'wide', 'wider'] as const
export const WORD_SPACINGS = ['normal', 'wide', 'wider'] as const
export const PARAGRAPH_SPACINGS = ['standard', 'wide', 'wider'] as const
export const TEXT_ALIGNS = ['start', 'justify'] as const
export const CONTINUE_READING = ['on', 'off'] as const
export const LINE_FOCUS = ['off', '1', '3', '5'] as const
/** A custom pair is refused below this (WCAG 1.4.3, body text). */
export const MINIMUM_CONTRAST = 4.5

export type TextSize = (typeof TEXT_SIZES)[number]
export type LineSpacing = (typeof LINE_SPACINGS)[number]
export type TextWidth = (typeof TEXT_WIDTHS)[number]
export type Font = (typeof FONTS)[number]
export type Theme = (typeof THEMES)[number]
export type Shortcuts = (typeof SHORTCUTS)[number]
export type LetterSpacing = (typeof LETTER_SPACINGS)[number]
export type WordSpacing = (typeof WORD_SPACINGS)[number]
export type ParagraphSpacing = (typeof PARAGRAPH_SPACINGS)[number]
export type TextAlign = (typeof TEXT_ALIGNS)[number]
export type ContinueReading = (typeof CONTINUE_READING)[number]
export type LineFocus = (typeof LINE_FOCUS)[number]

export interface ReaderSettings {
  textSize: TextSize
  lineSpacing: LineSpacing
  textWidth: TextWidth
  font: Font
  theme: Theme
  shortcuts: Shortcuts
  letterSpacing: LetterSpacing
  wordSpacing: WordSpacing
  paragraphSpacing: ParagraphSpacing
  textAlign: TextAlign
  /** The custom theme's pair, `#rrggbb` each; used only while `theme` is 'custom'. */
  customText: string
  customBackground: string
  continueReading: ContinueReading
  lineFocus: LineFocus
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  textSize: 100,
  lineSpacing: 'standard',
  textWidth: 'standard',
  font: 'serif',
  theme: 'system',
  shortcuts: 'on',
  letterSpacing: 'normal',
  wordSpacing: 'normal',
  paragraphSpacing: 'standard',
  textAlign: 'start',
  customText: '#1a1a1a',
  customBackground: '#fbfaf7',
  continueReading: 'on',
  lineFocus: 'off',
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

const HEX_COLOUR = /^#[0-9a-f]{6}$/

function hexColour(value: unknown, fallback: string): string {
  return typeof value === 'string' && HEX_COLOUR.test(value.toLowerCase())
    ? value.toLowerCase()
    : fallback
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
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
  const customText = hexColour(record.customText, DEFAULT_SETTINGS.customText)
  const customBackground = hexColour(record.customBackground, DEFAULT_SETTINGS.customBackground)
  // A hand-edited pair the panel would have refused is not shown either: unreadable text is no setting.
  const theme = oneOf(THEMES, record.theme, DEFAULT_SETTINGS.theme)
  const readable = contrastRatio(customText, customBackground) >= MINIMUM_CONTRAST
  return {
    textSize: 'textSize' in record ? nearestTextSize(record.textSize) : DEFAULT_SETTINGS.textSize,
    lineSpacing: oneOf(LINE_SPACINGS, record.lineSpacing, DEFAULT_SETTINGS.lineSpacing),
    textWidth: oneOf(TEXT_WIDTHS, record.textWidth, DEFAULT_SETTINGS.textWidth),
    font: oneOf(FONTS, record.font, DEFAULT_SETTINGS.font),
    theme: theme === 'custom' && !readable ? DEFAULT_SETTINGS.theme : theme,
    shortcuts: oneOf(SHORTCUTS, record.shortcuts, DEFAULT_SETTINGS.shortcuts),
    letterSpacing: oneOf(LETTER_SPACINGS, record.letterSpacing, DEFAULT_SETTINGS.letterSpacing),
    wordSpacing: oneOf(WORD_SPACINGS, record.wordSpacing, DEFAULT_SETTINGS.wordSpacing),
    paragraphSpacing: oneOf(
      PARAGRAPH_SPACINGS,
      record.paragraphSpacing,
      DEFAULT_SETTINGS.paragraphSpacing,
    ),
    textAlign: oneOf(TEXT_ALIGNS, record.textAlign, DEFAULT_SETTINGS.textAlign),
    customText,
    customBackground,
    continueReading: oneOf(
      CONTINUE_READING,
      record.continueReading,
      DEFAULT_SETTINGS.continueReading,
    ),
    lineFocus: oneOf(LINE_FOCUS, record.lineFocus, DEFAULT_SETTINGS.lineFocus),
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
  root.setAttribute('data-letter-spacing', settings.letterSpacing)
  root.setAttribute('data-word-spacing', settings.wordSpacing)
  root.setAttribute('data-paragraph-spacing', settings.paragraphSpacing)
  root.setAttribute('data-text-align', settings.textAlign)
  // Free colours can't be a data attribute tokens.css enumerates: custom properties through the CSSOM,
  // which a strict Content Security Policy allows (unlike a style attribute).
  if (settings.theme === 'custom') {
    root.style.setProperty('--custom-text', settings.customText)
    root.style.setProperty('--custom-background', settings.customBackground)
    root.style.setProperty(
      '--custom-scheme',
      luminance(settings.customBackground) < 0.18 ? 'dark' : 'light',
    )
  } else {
    for (const name of ['--custom-text', '--custom-background', '--custom-scheme'])
      root.style.removeProperty(name)
  }
}
