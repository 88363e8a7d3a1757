import { ar } from '../messages/blocks/ar'
import { en } from '../messages/blocks/en'
import { fr } from '../messages/blocks/fr'
import { interfaceLocale } from '../interface'
import { partTranslator } from '../part-translator'

// Imported only by code that loads on demand: imported by the first view, these words would ship with it.
const catalogue = interfaceLocale === 'fr' ? fr : interfaceLocale === 'ar' ? ar : en

/** The words of format 2’s richer blocks (src/features/article/blocks), and the first view’s. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)

export type BlockMessageId = Parameters<typeof t>[0]
