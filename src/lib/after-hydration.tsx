import { useEffect, useState } from 'react'
import type { ComponentType, ReactNode } from 'react'

/**
 * A part that depends on this browser alone (stored reading places, available voices) renders nothing on the
 * server and at hydration anyway. Its code loads after the page has hydrated, so the first view's JavaScript
 * carries none of it, and the server HTML and the first client render still agree (both empty).
 */
export function afterHydration<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  /** Rendered (on the server too) until the code arrives: room held so its arrival moves nothing. */
  placeholder: ReactNode = null,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined
  return function AfterHydration(props: Props) {
    const [Component, setComponent] = useState<ComponentType<Props> | undefined>(() => loaded)
    useEffect(() => {
      if (Component) return
      let current = true
      load()
        .then((component) => {
          loaded = component
          if (current) setComponent(() => component)
        })
        // A part that can't load is simply not offered; the page around it is whole.
        .catch(() => undefined)
      return () => {
        current = false
      }
    }, [Component])
    return Component ? <Component {...props} /> : placeholder
  }
}
