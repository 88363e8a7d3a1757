import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const fr: CatalogueOf<typeof en> = {
  'place.label': 'Votre lecture',
  'place.youRead': 'Vous avez déjà lu {percent} de cet article.',
  'place.continue': 'Reprendre là où vous en étiez',
  'place.top': 'Recommencer au début',
  'place.read': '{percent} lu',
}
