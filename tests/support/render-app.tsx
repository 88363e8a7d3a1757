import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { App } from '../../src/app/App'
import { createQueryClient } from '../../src/app/query-client'

/** The real app at a path, with a fresh QueryClient (no cache shared between tests) and the network mocked. */
export function renderApp(path: string) {
  const queryClient = createQueryClient()
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </QueryClientProvider>,
  )
  return { ...view, user, queryClient }
}
