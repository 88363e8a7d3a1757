import { ar } from '../messages/photo-viewer/ar'
import { en } from '../messages/photo-viewer/en'
import { fr } from '../messages/photo-viewer/fr'
import { interfaceLocale } from '../interface'
import { partTranslator } from '../part-translator'

// Imported only by code that loads on demand: imported by the first view, these words would ship with it.
const catalogue = interfaceLocale === 'fr' ? fr : interfaceLocale === 'ar' ? ar : en

/** The photo viewer’s words (src/features/article/PhotoViewer.tsx), and the first view’s. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)
