// The words of the search page (src/features/search), in English. They ship with that code, which loads on demand, not
// with the first view. One catalogue with ../en.ts: ids are unique across both (tests/unit/i18n).

export const en = {
  'search.title': 'Search',
  'search.pageTitle': 'Search: {query}',
  'search.label': 'Search stories',
  'search.submit': 'Search',
  'search.searching': 'Searching for “{query}”…',
  'search.found': {
    one: '{count} story found for “{query}”.',
    other: '{count} stories found for “{query}”.',
  },
  'search.foundSince': {
    one: '{count} story found for “{query}” since {date}.',
    other: '{count} stories found for “{query}” since {date}.',
  },
  'search.none': 'No stories found for “{query}”.',
  'search.noneHint': 'Try fewer words, or another spelling.',
  'search.unavailable': 'Search is not available right now.',
  'search.unavailableText':
    'The search index could not be loaded. Check your connection and try again; the front page and every story still work.',
  'search.offline': 'You’re offline: search will continue when you’re back online.',
  'search.offlineText':
    'Search needs the connection to look through every story. The stories you have read still open.',
  'search.resultsFor': 'Results for “{query}”',
  'search.more': 'Show more results',
} as const
