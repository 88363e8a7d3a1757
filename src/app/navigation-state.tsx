import { createContext, useContext, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { useLocation } from 'react-router'

interface NavigationState {
  /** True once the reader has moved to another page inside the app. */
  hasNavigated: boolean
}

const NavigationContext = createContext<NavigationState>({ hasNavigated: false })

export function NavigationStateProvider({ children }: { children: ReactNode }) {
  const location = useLocation()
  const [firstKey] = useState(location.key)
  // Once away from the first page, Back to it is a navigation too: remember that it happened.
  const [leftFirstPage, setLeftFirstPage] = useState(false)
  const awayNow = location.key !== firstKey
  if (awayNow && !leftFirstPage) setLeftFirstPage(true)
  const value = useMemo(
    () => ({ hasNavigated: leftFirstPage || awayNow }),
    [leftFirstPage, awayNow],
  )
  return <NavigationContext value={value}>{children}</NavigationContext>
}

export function useNavigationState(): NavigationState {
  return useContext(NavigationContext)
}
