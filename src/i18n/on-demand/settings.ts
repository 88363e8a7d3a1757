import { ar } from '../messages/settings/ar'
import { en } from '../messages/settings/en'
import { fr } from '../messages/settings/fr'
import { interfaceLocale } from '../interface'
import { partTranslator } from '../part-translator'

// Imported only by code that loads on demand: imported by the first view, these words would ship with it.
const catalogue = interfaceLocale === 'fr' ? fr : interfaceLocale === 'ar' ? ar : en

/** The reading settings panel’s words (src/features/reader-settings), and the first view’s. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)
