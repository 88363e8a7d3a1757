import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const fr: CatalogueOf<typeof en> = {
  'site.loading': 'Chargement…',
  'site.defaultDescription': 'Les derniers articles de {site}.',
  'site.noscript': '{site} a besoin de JavaScript pour charger les articles.',
  'site.templateDescription':
    '{site}\u202f: l’actualité, mise en page avec soin, à la taille de texte que vous choisissez.',
  'site.description.section': 'Les derniers articles de la rubrique {name}',
  'site.description.author': 'Articles de {name}',
  'site.description.topic': 'Articles sur le thème {name}',
  'site.description.page': '{what}, page {page}, sur {site}.',
  'site.description.firstPage': '{what}, sur {site}.',
  'site.description.frontPage': '{title}, sur {site}.',
  'server.fallback.title': 'Impossible d’afficher cette page',
  'server.fallback.body':
    'Un problème est survenu lors de l’affichage de cette page. Veuillez réessayer dans un instant.',
}
