import type { CatalogueOf } from '../catalogue-types'

// French: typographic apostrophes, a narrow no-break space before ; : ! ? and inside « », as French
// newspapers set them.

export const fr: CatalogueOf = {
  'site.skipToContent': 'Aller au contenu',
  'site.footerFormat': 'Format des articles (JSON Schema)',
  'site.loadingSite': 'Chargement de {site}…',

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
  'place.continueReading': 'Reprendre la lecture',
  'place.youRead': 'Vous avez déjà lu {percent} de cet article.',
  'place.continue': 'Reprendre là où vous en étiez',
  'place.top': 'Recommencer au début',

  'article.loading': 'Chargement de l’article…',
  'article.by': 'Par {names}',
  'article.updated': 'Mis à jour le {date}',
  'article.related': 'À lire aussi\u202f: ',
  'article.relatedUnavailable': 'Les articles liés sont indisponibles pour le moment.',
  'article.partUnavailable':
    'Cette partie de l’article n’a pas pu être chargée. Rechargez la page pour réessayer.',
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
  'search.loading': 'Chargement de la recherche…',

  'site.about': '{site} est un lecteur d’actualités publiées en JSON ouvert.',

  'article.topics': 'Thèmes',
  'article.contents': 'Sommaire',
  'article.bySeparator': ', ',
  'article.byLastSeparator': ' et ',
  'article.authorTitle': ', {title}',
  'article.elsewhere': 'Ailleurs',

  'listing.storiesBy': 'Articles de {name}',
  'listing.latestIn': 'Derniers articles\u202f: {name}',
  'listing.empty': 'Aucun article ici pour l’instant.',
  'listing.elsewhere': '{name} ailleurs',

  'settings.open': 'Réglages de lecture',
  'settings.unavailable':
    'Les réglages de lecture n’ont pas pu se charger. Vérifiez votre connexion et réessayez.',
  'settings.textSizeGroup': 'Taille du texte',
  'settings.smaller': 'Texte plus petit',
  'settings.larger': 'Texte plus grand',
  'settings.resetTextSize': 'Rétablir',
}
