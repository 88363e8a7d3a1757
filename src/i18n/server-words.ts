import { ar } from './messages/server/ar'
import { en } from './messages/server/en'
import { fr } from './messages/server/fr'
import { partTranslator } from './part-translator'

// For src/server only: words no reader's bundle needs (the page's description, the prerendered loading line).
// The build-time locale compared with literals here, as in ./interface.ts (a value imported from the first
// view's chunk can't be settled by the minifier), so the part's chunk holds one language.
const requested: unknown = import.meta.env.VITE_LOCALE
const catalogue = requested === 'fr' ? fr : requested === 'ar' ? ar : en

/** The words only the server writes, and the first view's. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)

export type ServerMessageId = Parameters<typeof t>[0]
