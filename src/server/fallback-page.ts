import { escapeHtml } from '../content/html-escape'
import { interfaceDirection } from '../i18n/locales'
import type { InterfaceLocale } from '../i18n/locales'
import { interfaceLocale } from '../i18n/interface'
import { t } from '../i18n/server-words'

// The handler's last resort, when even the problem page fails to render: no React, no layout, only plain
// words. Made once, when the server entry loads (so nothing that could fail runs when it is needed), in the
// publication's language: the handler itself runs under tsx and workerd, where VITE_LOCALE is unknown, so the
// built entry hands it over (PageRenderer.fallbackHtml).

/** The page for `locale`, in the words given: pure, so every language's page can be checked. */
export function fallbackPageHtml(
  locale: InterfaceLocale,
  words: { title: string; body: string },
): string {
  const title = escapeHtml(words.title)
  return `<!doctype html><html lang="${locale}" dir="${interfaceDirection(locale)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><h1>${title}</h1><p>${escapeHtml(words.body)}</p></html>`
}

/** The build's own fallback page, in its VITE_LOCALE. */
export const fallbackHtml = fallbackPageHtml(interfaceLocale, {
  title: t('server.fallback.title'),
  body: t('server.fallback.body'),
})
