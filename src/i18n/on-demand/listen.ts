import { ar } from '../messages/listen/ar'
import { en } from '../messages/listen/en'
import { fr } from '../messages/listen/fr'
import { interfaceLocale } from '../interface'
import { partTranslator } from '../part-translator'

// Imported only by code that loads on demand: imported by the first view, these words would ship with it.
const catalogue = interfaceLocale === 'fr' ? fr : interfaceLocale === 'ar' ? ar : en

/** The listen controls’ words (src/features/article/listen), and the first view’s. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)
