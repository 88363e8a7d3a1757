import type { CatalogueOf } from '../catalogue-types'

// French: typographic apostrophes, a narrow no-break space before ; : ! ? and inside « », as French
// newspapers set them.

export const fr: CatalogueOf = {
  'site.skipToContent': 'Aller au contenu',
  'site.footerFormat': 'Format des articles (JSON Schema)',
  'site.loading': 'Chargement…',
  'site.loadingSite': 'Chargement de {site}…',
  'site.defaultDescription': 'Les derniers articles de {site}.',
  'site.noscript': '{site} a besoin de JavaScript pour charger les articles.',

  'what.article': 'cet article',
  'what.frontPage': 'la une',
  'what.storyPage': 'cette page d’articles',

  'site.navigation': 'Site',
  'site.frontPage': 'À la une',
  'site.search': 'Rechercher',
  'site.sections': 'Rubriques',
  'what.section': 'cette rubrique',
  'what.author': 'la page de cet auteur',
  'what.topic': 'ce thème',
  'listing.pageTitle': '{name}, page {page} sur {pageCount}',
  'listing.loading': 'Chargement de {what}…',
  'listing.section': 'Rubrique',
  'listing.topic': 'Thème',

  'error.notFound.title': 'Page introuvable',
  'error.notFound.story':
    'Aucun article à cette adresse. Il a peut-être été déplacé, ou le lien contient une faute.',
  'error.notFound.page':
    'Aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute.',
  'error.offline.title': 'Vous êtes hors ligne',
  'error.offline.text':
    'Votre appareil n’est pas connecté à Internet. Le contenu se chargera de lui-même dès votre retour en ligne.',
  'error.invalid.title': 'Impossible d’afficher {what}',
  'error.invalid.text':
    'Le contenu est arrivé, mais une partie est défectueuse\u202f: nous préférons ne pas l’afficher en morceaux.',
  'error.unreachable.title': 'Impossible de joindre {what} pour le moment',
  'error.timeout.text':
    'Le serveur a mis trop de temps à répondre. Il est peut-être surchargé\u202f; réessayer suffit souvent.',
  'error.network.text':
    'La connexion au serveur d’informations a échoué. C’est peut-être passager.',
  'error.unknown.text': 'Un problème empêche d’afficher {what}.',
  'error.render.title': 'Impossible d’afficher cette page',
  'error.render.text':
    'Un problème est survenu à l’affichage de cette page. Le reste du site fonctionne.',
  'error.tryAgain': 'Réessayer',
  'error.goToFrontPage': 'Aller à la une',
  'error.details.summary': 'Détails pour l’éditeur',
  'error.details.intro': 'Le fichier {file} ne respecte pas le format des articles\u202f:',
  'error.details.more': { one: '…et {count} autre', other: '…et {count} autres' },

  'frontPage.latest': 'Derniers articles',
  'frontPage.older': 'Articles précédents, page {page} sur {pageCount}',
  'frontPage.pageLabel': 'Page {page} sur {pageCount}',
  'frontPage.loadingPage': 'Chargement de la page {page}…',
  'frontPage.empty': 'Aucun article pour l’instant.',
  'frontPage.newer': 'Articles plus récents',
  'frontPage.olderLink': 'Articles plus anciens',
  'frontPage.pages': 'Pages d’articles',
  'frontPage.availableOffline': 'Disponible hors ligne',

  'article.loading': 'Chargement de l’article…',
  'article.by': 'Par {names}',
  'article.updated': 'Mis à jour le {date}',
  'article.related': 'À lire aussi\u202f: ',
  'article.relatedUnavailable': 'Les articles liés sont indisponibles pour le moment.',
  'article.relatedHeading': 'À lire aussi',
  'article.externalSite': ' (site externe)',
  'article.readingTime': { one: 'Lecture\u202f: {count} min', other: 'Lecture\u202f: {count} min' },
  'article.minutesLeft': { one: 'encore {count} min', other: 'encore {count} min' },
  'article.share': 'Partager',
  'article.linkCopied': 'Lien copié',
  'article.copyFailed': 'Impossible de copier le lien\u202f: copiez-le depuis la barre d’adresse.',

  'article.finished': 'terminé',
  'update.ready': 'Une nouvelle version de {site} est prête.',
  'update.reload': 'Recharger pour mettre à jour',

  'photo.unavailable': 'Photo indisponible',
  'photo.unavailableNamed': 'Photo indisponible\u202f: {alt}',
  'photo.viewFull': 'Voir la photo en grand',
  'photo.viewFullNamed': 'Voir la photo en grand\u202f: {alt}',

  'settings.textSize': 'Taille du texte {percent}',
  'settings.loading': 'Chargement des réglages…',
  'settings.reset': 'Réglages de lecture rétablis',
  'settings.lineSpacing': 'Interligne',
  'settings.textWidth': 'Largeur du texte',
  'settings.font': 'Police',
  'settings.theme': 'Thème',
  'settings.shortcuts': 'Raccourcis d’une touche pour la taille du texte (+, −, 0)',
  'settings.font.serif': 'Avec empattements',
  'settings.font.sans': 'Sans empattements',
  'settings.font.legible': 'Atkinson Hyperlegible',
  'settings.theme.system': 'Comme mon appareil',
  'settings.theme.light': 'Clair',
  'settings.theme.dark': 'Sombre',
  'settings.theme.sepia': 'Sépia',
  'settings.theme.contrast': 'Contraste élevé',

  'search.title': 'Recherche',
  'search.pageTitle': 'Recherche : {query}',
  'search.label': 'Rechercher des articles',
  'search.submit': 'Rechercher',
  'search.loading': 'Chargement de la recherche…',
  'search.searching': 'Recherche de « {query} »…',
  'search.found': {
    one: '{count} article trouvé pour « {query} ».',
    other: '{count} articles trouvés pour « {query} ».',
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
