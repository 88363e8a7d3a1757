import { ar } from '../messages/settings/ar'
import { en } from '../messages/settings/en'
import { fr } from '../messages/settings/fr'
import { partTranslator } from '../part-translator'

// Imported only by code that loads on demand: imported by the first view, these words would ship with it.
// The build-time locale compared with literals here, as in ../interface.ts (a value imported from the first
// view's chunk can't be settled by the minifier), so the part's chunk holds one language.
const requested: unknown = import.meta.env.VITE_LOCALE
const catalogue = requested === 'fr' ? fr : requested === 'ar' ? ar : en

/** The reading settings panel’s words (src/features/reader-settings), and the first view’s. */
export const t =
  partTranslator<Readonly<Record<keyof typeof en, (typeof catalogue)[keyof typeof en]>>>(catalogue)
