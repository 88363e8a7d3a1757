import type { SearchState } from './use-search'

/** What the polite live region says for each state: read out when it changes. */
export function searchSummary(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return ''
    case 'searching':
      return `Searching for “${state.query}”…`
    case 'failed':
      return 'Search is not available right now.'
    case 'done':
      return state.total === 0
        ? `No stories found for “${state.query}”.`
        : `${state.total.toLocaleString('en')} ${state.total === 1 ? 'story' : 'stories'} found for “${state.query}”.`
    default:
      return assertNever(state)
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled search state: ${JSON.stringify(value)}`)
}
