import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const fr: CatalogueOf<typeof en> = {
  'place.label': 'Votre lecture',
  'place.read': '{percent} lu',
}
