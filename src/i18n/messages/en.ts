// The first view's words in English: the catalogue the others are checked against (fr.ts, ar.ts must have
// every id). Ids say where the words appear; {placeholders} are filled in by the translator. Words of code
// that loads on demand go in that part's catalogue (./listen, ./blocks, ./search, ./settings, ./photo-viewer,
// ./reading-place; read with its translator in ../on-demand/), words only the server writes in ./server:
// one id namespace across all of them (./whole-catalogue.ts, tests/unit/i18n).

export const en = {
  'site.skipToContent': 'Skip to content',
  'site.footerFormat': 'Article format (JSON Schema)',
  'site.loadingSite': 'Loading {site}…',

  'what.article': 'article',
  'what.frontPage': 'front page',
  'what.storyPage': 'page of stories',

  'site.navigation': 'Site',
  'site.frontPage': 'Front page',
  'site.search': 'Search',
  'site.sections': 'Sections',
  'what.section': 'section',
  'what.author': 'author’s page',
  'what.topic': 'topic',
  'listing.pageTitle': '{name}, page {page} of {pageCount}',
  'listing.loading': 'Loading the {what}…',
  'listing.section': 'Section',
  'listing.topic': 'Topic',

  'error.notFound.title': 'Page not found',
  'error.notFound.story':
    'There is no story at this address. It may have moved, or the link may be mistyped.',
  'error.notFound.page':
    'There is no page at this address. It may have moved, or the link may be mistyped.',
  'error.offline.title': 'You’re offline',
  'error.offline.text':
    'Your device isn’t connected to the internet. The {what} will load by itself when you’re back online.',
  'error.invalid.title': 'This {what} can’t be displayed',
  'error.invalid.text':
    'The {what} arrived, but something in it is broken, so we won’t show it in pieces.',
  'error.unreachable.title': 'We can’t reach the {what} right now',
  'error.timeout.text':
    'The server took too long to answer. It may be busy; trying again often works.',
  'error.network.text': 'The connection to the news server failed. It may be a passing problem.',
  'error.unknown.text': 'Something in this {what} stopped it from being shown.',
  'error.render.title': 'This page can’t be displayed',
  'error.render.text':
    'Something went wrong while showing this page. The rest of the site still works.',
  'error.tryAgain': 'Try again',
  'error.goToFrontPage': 'Go to the front page',
  'error.details.summary': 'Details for the publisher',
  'error.details.intro': 'The file {file} does not follow the article format:',
  'error.details.more': { one: '…and {count} more', other: '…and {count} more' },

  'frontPage.latest': 'Latest stories',
  'frontPage.older': 'Older stories, page {page} of {pageCount}',
  'frontPage.pageLabel': 'Page {page} of {pageCount}',
  'frontPage.loadingPage': 'Loading page {page} of stories…',
  'frontPage.empty': 'There are no stories yet.',
  'frontPage.newer': 'Newer stories',
  'frontPage.olderLink': 'Older stories',
  'frontPage.pages': 'Pages of stories',
  'frontPage.availableOffline': 'Available offline',
  // The row's title: its frame is also the room the first view reserves for it.
  'place.continueReading': 'Continue reading',
  // An article's offer to continue: the room the first view holds for it is made of the same words.
  'place.youRead': 'You read {percent} of this article before.',
  'place.continue': 'Continue where you left off',
  'place.top': 'Start from the top',

  'article.loading': 'Loading the article…',
  'article.by': 'By {names}',
  'article.updated': 'Updated {date}',
  'article.related': 'Related: ',
  'article.relatedUnavailable': 'Related stories are unavailable right now.',
  'article.partUnavailable':
    'This part of the article could not be loaded. Reload the page to try again.',
  'article.relatedHeading': 'Related stories',
  'article.externalSite': ' (external site)',
  'article.readingTime': { one: '{count} min read', other: '{count} min read' },
  'article.minutesLeft': { one: '{count} min left', other: '{count} min left' },
  'article.share': 'Share',
  'article.linkCopied': 'Link copied',
  'article.copyFailed': 'Couldn’t copy the link: copy it from the address bar.',

  'article.finished': 'finished',
  'update.ready': 'A new version of {site} is ready.',
  'update.reload': 'Reload to update',

  'photo.unavailable': 'Photo unavailable',
  'photo.unavailableNamed': 'Photo unavailable: {alt}',
  'photo.viewFull': 'View photo full size',
  'photo.viewFullNamed': 'View photo full size: {alt}',

  'settings.textSize': 'Text size {percent}',
  'settings.loading': 'Loading settings…',
  'settings.reset': 'Reading settings reset to their defaults',
  'search.loading': 'Loading search…',

  'site.about': '{site} is a reader for news published as open JSON.',

  'article.topics': 'Topics',
  'article.contents': 'Contents',
  'article.bySeparator': ', ',
  'article.byLastSeparator': ' and ',
  'article.authorTitle': ', {title}',
  'article.elsewhere': 'Elsewhere',

  'listing.storiesBy': 'Stories by {name}',
  'listing.latestIn': 'Latest in {name}',
  'listing.empty': 'There are no stories here yet.',
  'listing.elsewhere': '{name} elsewhere',

  'settings.open': 'Reading settings',
  'settings.unavailable': 'Reading settings couldn’t load. Check your connection and try again.',
  'settings.textSizeGroup': 'Text size',
  'settings.smaller': 'Smaller text',
  'settings.larger': 'Larger text',
  'settings.resetTextSize': 'Reset',
} as const
