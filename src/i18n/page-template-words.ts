import { ar } from './messages/server/ar.ts'
import { en } from './messages/server/en.ts'
import { fr } from './messages/server/fr.ts'
import type { InterfaceLocale } from './locales'
import { createTranslator } from './translate.ts'

// The words index.html itself holds (the generic description, the no-script line), in the publication's
// language. Read by the build (vite.config.ts), which knows the locale from its settings rather than from
// import.meta.env, so all three catalogues are here: none of this reaches the reader's bundle.

const CATALOGUES = { en, fr, ar } as const

function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${String(char.charCodeAt(0))};`)
}

/** Each %PLACEHOLDER% of index.html's words, filled and escaped for HTML. */
export function pageTemplateWords(
  locale: InterfaceLocale,
  siteName: string,
): Record<'%DESCRIPTION%' | '%NOSCRIPT%', string> {
  const t = createTranslator(locale, CATALOGUES[locale])
  return {
    '%DESCRIPTION%': escapeHtml(t('site.templateDescription', { site: siteName })),
    '%NOSCRIPT%': escapeHtml(t('site.noscript', { site: siteName })),
  }
}
