import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const ar: CatalogueOf<typeof en> = {
  'place.label': 'موضع قراءتك',
  'place.read': 'قُرئ {percent}',
}
