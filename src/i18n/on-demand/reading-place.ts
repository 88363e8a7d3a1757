import { ar } from '../messages/reading-place/ar'
import { en } from '../messages/reading-place/en'
import { fr } from '../messages/reading-place/fr'
import { interfaceLocale } from '../interface'
import { partTranslator } from '../part-translator'

// Imported only by code that loads on demand: imported by the first view, these words would ship with it.
const catalogue = interfaceLocale === 'fr' ? fr : interfaceLocale === 'ar' ? ar : en

/** The words of the reader’s place and “Continue reading” (src/features/reading-place), and the first view’s. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)
