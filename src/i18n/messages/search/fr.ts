import type { CatalogueOf } from '../../catalogue-types'
import type { en } from './en'

export const fr: CatalogueOf<typeof en> = {
  'search.title': 'Recherche',
  'search.pageTitle': 'Recherche : {query}',
  'search.label': 'Rechercher des articles',
  'search.submit': 'Rechercher',
  'search.searching': 'Recherche de « {query} »…',
  'search.found': {
    one: '{count} article trouvé pour « {query} ».',
    other: '{count} articles trouvés pour « {query} ».',
  },
  'search.foundSince': {
    one: '{count} article trouvé pour « {query} » depuis le {date}.',
    other: '{count} articles trouvés pour « {query} » depuis le {date}.',
  },
  'search.none': 'Aucun article trouvé pour « {query} ».',
  'search.noneHint': 'Essayez avec moins de mots, ou une autre orthographe.',
  'search.unavailable': 'La recherche n’est pas disponible pour le moment.',
  'search.unavailableText':
    'L’index de recherche n’a pas pu être chargé. Vérifiez votre connexion et réessayez ; la une et chaque article restent accessibles.',
  'search.offline': 'Vous êtes hors ligne : la recherche reprendra dès votre retour en ligne.',
  'search.offlineText':
    'La recherche a besoin de la connexion pour parcourir tous les articles. Les articles déjà lus s’ouvrent toujours.',
  'search.resultsFor': 'Résultats pour « {query} »',
  'search.more': 'Afficher plus de résultats',
}
