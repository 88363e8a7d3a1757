import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const fr: CatalogueOf<typeof en> = {
  'photo.counter': 'Photo {index} sur {count}',
  'photo.close': 'Fermer',
  'photo.previous': 'Photo précédente',
  'photo.next': 'Photo suivante',
}
