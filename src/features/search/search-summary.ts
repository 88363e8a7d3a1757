import { formatContentDate } from '../../content/dates'
import { interfaceLocale } from '../../i18n/interface'
import { t } from '../../i18n/on-demand/search'
import type { SearchState } from './use-search'

/** What the polite live region says for each state: read out when it changes. */
export function searchSummary(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return ''
    case 'searching':
      return t('search.searching', { query: state.query })
    case 'failed':
      return t('search.unavailable')
    case 'offline':
      return t('search.offline')
    case 'done':
      if (state.total === 0) return t('search.none', { query: state.query })
      // Counted in the newest stories only, until the reader asks for more (result-stream.ts).
      if (!state.complete && state.since)
        return t('search.foundSince', {
          count: state.total,
          query: state.query,
          date: formatContentDate(state.since, interfaceLocale),
        })
      return t('search.found', { count: state.total, query: state.query })
    default:
      return assertNever(state)
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled search state: ${JSON.stringify(value)}`)
}
