import { ar } from './messages/server/ar'
import { en } from './messages/server/en'
import { fr } from './messages/server/fr'
import { interfaceLocale } from './interface'
import { partTranslator } from './part-translator'

// For src/server only: words no reader's bundle needs (the page's description, the prerendered loading line).
const catalogue = interfaceLocale === 'fr' ? fr : interfaceLocale === 'ar' ? ar : en

/** The words only the server writes, and the first view's. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)

export type ServerMessageId = Parameters<typeof t>[0]
