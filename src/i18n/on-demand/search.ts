import { ar } from '../messages/search/ar'
import { en } from '../messages/search/en'
import { fr } from '../messages/search/fr'
import { interfaceLocale } from '../interface'
import { partTranslator } from '../part-translator'

// Imported only by code that loads on demand: imported by the first view, these words would ship with it.
const catalogue = interfaceLocale === 'fr' ? fr : interfaceLocale === 'ar' ? ar : en

/** The search page’s words (src/features/search), and the first view’s. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)
