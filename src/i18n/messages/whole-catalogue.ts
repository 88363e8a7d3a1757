import { ar } from './ar'
import { en } from './en'
import { fr } from './fr'
import { ar as listenAr } from './listen/ar'
import { en as listenEn } from './listen/en'
import { fr as listenFr } from './listen/fr'
import { ar as blocksAr } from './blocks/ar'
import { en as blocksEn } from './blocks/en'
import { fr as blocksFr } from './blocks/fr'
import { ar as searchAr } from './search/ar'
import { en as searchEn } from './search/en'
import { fr as searchFr } from './search/fr'
import { ar as settingsAr } from './settings/ar'
import { en as settingsEn } from './settings/en'
import { fr as settingsFr } from './settings/fr'
import { ar as photoViewerAr } from './photo-viewer/ar'
import { en as photoViewerEn } from './photo-viewer/en'
import { fr as photoViewerFr } from './photo-viewer/fr'
import { ar as readingPlaceAr } from './reading-place/ar'
import { en as readingPlaceEn } from './reading-place/en'
import { fr as readingPlaceFr } from './reading-place/fr'
import { ar as serverAr } from './server/ar'
import { en as serverEn } from './server/en'
import { fr as serverFr } from './server/fr'
import type { InterfaceLocale } from '../locales'
import type { Catalogue } from '../translate'

// The whole interface catalogue: the first view's words (./en.ts, ./fr.ts, ./ar.ts), those only the server
// writes (./server/), and those of each part that loads on demand (./<part>/), which ship with its code. One id namespace: the tests check that
// no id is in two parts and that every language has every English id. For the tests and the build only; the
// app imports each part where its code is, one language at a time (src/i18n/interface.ts, on-demand/).

/** Each part's catalogue in each language. */
export const CATALOGUE_PARTS: Readonly<
  Record<string, Readonly<Record<InterfaceLocale, Catalogue>>>
> = {
  'first view': { en, fr, ar },
  server: { en: serverEn, fr: serverFr, ar: serverAr },
  listen: { en: listenEn, fr: listenFr, ar: listenAr },
  blocks: { en: blocksEn, fr: blocksFr, ar: blocksAr },
  search: { en: searchEn, fr: searchFr, ar: searchAr },
  settings: { en: settingsEn, fr: settingsFr, ar: settingsAr },
  'photo-viewer': { en: photoViewerEn, fr: photoViewerFr, ar: photoViewerAr },
  'reading-place': { en: readingPlaceEn, fr: readingPlaceFr, ar: readingPlaceAr },
}

/** Every message of a language, all parts together. */
export function wholeCatalogue(locale: InterfaceLocale): Catalogue {
  return Object.assign(
    {},
    ...Object.values(CATALOGUE_PARTS).map((part) => part[locale]),
  ) as Catalogue
}
